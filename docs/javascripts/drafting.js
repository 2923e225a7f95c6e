/* Precedent Bank: drafting from a letter - copy clauses as flowing text or as filed, several at
   once, and download the letter as a Word file made here in the browser (no server, works from
   the file system). On a clause page, the same Word files of the most used (market) form and of
   the firm's standard wording (their text is in data-pb-form-text, made at build time). The flowing rules are those of src/precedent_bank/records/drafting.py:
   - prose: every run of white space becomes one space;
   - short lines: a run holding a line break becomes one line break, other runs stay;
   - each paragraph loses its leading and trailing white space; empty ones are dropped;
     paragraphs are joined by a blank line. */
(function () {
  "use strict";

  var SPACE_RUN = /[ \t\n\r\v\f]+/g;
  var BREAK = /[\n\r\v\f]/;
  var EDGES = /^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g;
  var FILED_KEY = "pb-copy";
  var letter = document.querySelector("[data-pb-letter]");

  function separator(run, kind) {
    if (kind === "prose") return " ";
    return BREAK.test(run) ? "\n" : run;
  }

  function flowing(text, kind) {
    return text.replace(SPACE_RUN, function (run) { return separator(run, kind); })
      .replace(EDGES, "");
  }

  function paraKind(para) {
    return para.classList.contains("pb-lines") ? "lines" : "prose";
  }

  /* Clause anchors in letter order. */
  function anchors() {
    return Array.prototype.map.call(letter.querySelectorAll(".pb-clause[id]"), function (el) {
      return el.id;
    });
  }

  /* The anchors from one clause to another, inclusive, whichever comes first. */
  function range(from, to) {
    var all = anchors();
    var a = all.indexOf(from), b = all.indexOf(to);
    if (a < 0 || b < 0) return [to];
    return all.slice(Math.min(a, b), Math.max(a, b) + 1);
  }

  /* Each paragraph of the letter as [kind, [[anchor, text of its piece], ...]]. */
  function paragraphs() {
    return Array.prototype.map.call(letter.querySelectorAll(".pb-para"), function (para) {
      var pieces = Array.prototype.map.call(
        para.querySelectorAll(".pb-clause[data-clause] > .pb-text"), function (text) {
          return [text.parentNode.getAttribute("data-clause"), text.textContent];
        });
      return [paraKind(para), pieces];
    });
  }

  function flowingText(selected) {
    var out = [];
    paragraphs().forEach(function (para) {
      var text = para[1].filter(function (piece) { return selected.indexOf(piece[0]) >= 0; })
        .map(function (piece) { return piece[1]; }).join("");
      text = flowing(text, para[0]);
      if (text) out.push(text);
    });
    return out.join("\n\n");
  }

  /* As filed: every character of the clauses, their hidden line breaks included, in order. */
  function filedText(selected) {
    var parts = letter.querySelectorAll(".pb-clause[data-clause] > .pb-text, .pb-gap[data-clause]");
    return Array.prototype.filter.call(parts, function (el) {
      var holder = el.classList.contains("pb-gap") ? el : el.parentNode;
      return selected.indexOf(holder.getAttribute("data-clause")) >= 0;
    }).map(function (el) { return el.textContent; }).join("");
  }

  function asFiled() {
    try { return localStorage.getItem(FILED_KEY) === "filed"; } catch (e) { return false; }
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy refused"));
    });
  }

  var lastCopied = null;

  /* Shift-click copies every clause from the one copied last to this one. */
  function onCopy(button, event) {
    var anchor = button.getAttribute("data-pb-copy");
    var selected = event.shiftKey && lastCopied ? range(lastCopied, anchor) : [anchor];
    lastCopied = anchor;
    var text = asFiled() ? filedText(selected) : flowingText(selected);
    var title = selected.length > 1 ? "Copied " + selected.length + " clauses" : "Copied";
    copyText(text).then(function () {
      button.classList.add("pb-copied");
      button.setAttribute("title", title);
      setTimeout(function () {
        button.classList.remove("pb-copied");
        button.setAttribute("title", "Copy this clause (shift-click: from the last one copied)");
      }, 1600);
    }, function () { button.setAttribute("title", "Copying is blocked in this browser"); });
  }

  /* --- Word ------------------------------------------------------------------------------ */

  var W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  var REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  var PKG = "http://schemas.openxmlformats.org/package/2006/";
  var HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

  function xml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;");
  }

  /* A run of text: line breaks as <w:br/>, tabs as <w:tab/>, spaces kept. */
  function run(text) {
    var parts = text.split(/(\n|\t)/).filter(function (p) { return p !== ""; });
    return "<w:r>" + parts.map(function (p) {
      if (p === "\n") return "<w:br/>";
      if (p === "\t") return "<w:tab/>";
      return '<w:t xml:space="preserve">' + xml(p) + "</w:t>";
    }).join("") + "</w:r>";
  }

  /* One paragraph's pieces flowed as a whole, each piece's share kept apart so that a comment
     can mark it: a separator goes to the piece holding the next word. */
  function flowPieces(kind, pieces) {
    var out = [], pending = "", started = false;
    pieces.forEach(function (piece) {
      var text = "";
      piece[1].split(/([ \t\n\r\v\f]+)/).forEach(function (token, i) {
        if (token === "") return;
        if (i % 2 === 1) { if (started) pending += token; return; }
        if (pending) text += separator(pending, kind);
        pending = "";
        started = true;
        text += token;
      });
      out.push([piece[0], text]);
    });
    return out;
  }

  /* The record's note on a clause (not the site's findings shown beside it). */
  function noteText(anchor) {
    var note = letter.querySelector('.pb-note[data-for="' + anchor + '"] .pb-note-text');
    return note ? note.textContent.replace(SPACE_RUN, " ").replace(EDGES, "") : "";
  }

  function typeName(anchor) {
    var label = letter.querySelector('[id="' + anchor + '"] > .pb-label a');
    return label ? label.textContent : "";
  }

  function commentXml(id, anchor) {
    var paras = [typeName(anchor), noteText(anchor)].filter(Boolean);
    return '<w:comment w:id="' + id + '" w:author="Precedent Bank" w:initials="PB">' +
      paras.map(function (p) { return "<w:p>" + run(p) + "</w:p>"; }).join("") + "</w:comment>";
  }

  /* document.xml and comments.xml: one Word paragraph per paragraph of the letter that has
     words; a clause's comment runs from its first word to its last, across paragraphs. */
  function wordParts(withComments) {
    var ids = {}, order = [], body = [], open = null;
    function end() {
      if (open === null) return "";
      var id = ids[open];
      open = null;
      return '<w:commentRangeEnd w:id="' + id + '"/><w:r><w:commentReference w:id="' + id +
        '"/></w:r>';
    }
    paragraphs().forEach(function (para) {
      var runs = "";
      flowPieces(para[0], para[1]).forEach(function (piece) {
        if (!piece[1]) return;
        if (withComments && !(piece[0] in ids)) {
          runs += end();
          ids[piece[0]] = order.length;
          order.push(piece[0]);
          runs += '<w:commentRangeStart w:id="' + ids[piece[0]] + '"/>';
          open = piece[0];
        }
        runs += run(piece[1]);
      });
      if (runs) body.push(runs);
    });
    if (body.length) body[body.length - 1] += end();
    var parts = {
      "word/document.xml": HEAD + '<w:document xmlns:w="' + W + '"><w:body>' +
        body.map(function (runs) { return "<w:p>" + runs + "</w:p>"; }).join("") +
        "<w:sectPr/></w:body></w:document>"
    };
    if (withComments) {
      parts["word/comments.xml"] = HEAD + '<w:comments xmlns:w="' + W + '">' +
        order.map(function (anchor, id) { return commentXml(id, anchor); }).join("") +
        "</w:comments>";
    }
    return parts;
  }

  /* document.xml of a wording: one Word paragraph per paragraph (they are split by a blank line). */
  function formParts(text) {
    return {
      "word/document.xml": HEAD + '<w:document xmlns:w="' + W + '"><w:body>' +
        text.split("\n\n").map(function (p) { return "<w:p>" + run(p) + "</w:p>"; }).join("") +
        "<w:sectPr/></w:body></w:document>"
    };
  }

  /* The package around document.xml (and comments.xml, if the parts have it). */
  function packageParts(parts) {
    var withComments = "word/comments.xml" in parts;
    var comments = withComments ?
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' : "";
    parts["[Content_Types].xml"] = HEAD + '<Types xmlns="' + PKG + 'content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      comments + "</Types>";
    parts["_rels/.rels"] = HEAD + '<Relationships xmlns="' + PKG + 'relationships">' +
      '<Relationship Id="rId1" Type="' + REL + '/officeDocument" Target="word/document.xml"/>' +
      "</Relationships>";
    parts["word/_rels/document.xml.rels"] = HEAD + '<Relationships xmlns="' + PKG +
      'relationships">' + (withComments ?
        '<Relationship Id="rId1" Type="' + REL + '/comments" Target="comments.xml"/>' : "") +
      "</Relationships>";
    return parts;
  }

  /* --- a zip file, stored (not compressed): Word and LibreOffice read it as they read any --- */

  var CRC_TABLE = (function () {
    var table = [];
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      table.push(c >>> 0);
    }
    return table;
  })();

  function crc32(bytes) {
    var c = 0xFFFFFFFF;
    for (var i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xFF] ^ (c >>> 8);
    return (c ^ 0xFFFFFFFF) >>> 0;
  }

  function le(value, size) {
    var out = [];
    for (var i = 0; i < size; i++) out.push((value >>> (8 * i)) & 0xFF);
    return out;
  }

  /* Names in a fixed order, the date fixed at 1980-01-01: the same letter gives the same file. */
  function zip(files) {
    var encoder = new TextEncoder(), chunks = [], central = [], offset = 0;
    var names = ["[Content_Types].xml", "_rels/.rels", "word/document.xml",
      "word/_rels/document.xml.rels", "word/comments.xml"].filter(function (n) {
      return n in files;
    });
    names.forEach(function (name) {
      var nameBytes = encoder.encode(name), data = encoder.encode(files[name]);
      var crc = crc32(data);
      var common = [].concat(le(20, 2), le(0x0800, 2), le(0, 2), le(0, 2), le(0x21, 2),
        le(crc, 4), le(data.length, 4), le(data.length, 4), le(nameBytes.length, 2), le(0, 2));
      var local = new Uint8Array([].concat(le(0x04034b50, 4), common));
      chunks.push(local, nameBytes, data);
      central.push(new Uint8Array([].concat(le(0x02014b50, 4), le(20, 2), common,
        le(0, 2), le(0, 2), le(0, 2), le(0, 4), le(offset, 4))), nameBytes);
      offset += local.length + nameBytes.length + data.length;
    });
    var size = central.reduce(function (sum, c) { return sum + c.length; }, 0);
    var tail = new Uint8Array([].concat(le(0x06054b50, 4), le(0, 2), le(0, 2),
      le(names.length, 2), le(names.length, 2), le(size, 4), le(offset, 4), le(0, 2)));
    return new Blob(chunks.concat(central, [tail]), {
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    });
  }

  function recordName() {
    var parts = location.pathname.replace(/\/(index\.html)?$/, "").split("/");
    return decodeURIComponent(parts[parts.length - 1]).replace(/\.html$/, "") || "letter";
  }

  function save(blob, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }

  function download(withComments) {
    save(zip(packageParts(wordParts(withComments))),
      recordName() + (withComments ? "" : "-plain") + ".docx");
  }

  function downloadForm(holder) {
    var text = holder.getAttribute("data-pb-form-text") || "";
    save(zip(packageParts(formParts(text))), holder.getAttribute("data-pb-form-file") + ".docx");
  }

  /* --- controls --------------------------------------------------------------------------- */

  function button(label, title, attr, value) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "pb-button";
    b.textContent = label;
    b.title = title;
    b.setAttribute(attr, value);
    return b;
  }

  function syncFiled() {
    letter.querySelectorAll("[data-pb-copy-mode]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(asFiled()));
    });
  }

  function addControls() {
    var bar = letter && letter.querySelector(".pb-toolbar");
    if (!bar) return;
    var mode = button("Copy as filed",
      "Copy buttons give the text as filed, its line breaks and indents kept (off: flowing text " +
      "for Word)", "data-pb-copy-mode", "filed");
    bar.appendChild(mode);
    bar.appendChild(button("Download as Word",
      "The letter as a Word file, its paragraphs flowing, each clause's type and note as a comment",
      "data-pb-docx", "comments"));
    bar.appendChild(button("Word, no comments", "The letter as a Word file without comments",
      "data-pb-docx", "plain"));
    syncFiled();
  }

  /* Copying is this script's: precedents.js only adds the buttons (capture phase, so a click
     on a copy button goes no further). */
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!target.closest) return;
    var copy = target.closest("[data-pb-copy]");
    if (copy && letter && letter.contains(copy)) {
      event.stopPropagation();
      onCopy(copy, event);
      return;
    }
    var mode = target.closest("[data-pb-copy-mode]");
    if (mode) {
      try {
        if (asFiled()) localStorage.removeItem(FILED_KEY);
        else localStorage.setItem(FILED_KEY, "filed");
      } catch (e) { /* not remembered */ }
      syncFiled();
      return;
    }
    var docx = target.closest("[data-pb-docx]");
    if (docx && letter) download(docx.getAttribute("data-pb-docx") === "comments");
    var form = target.closest("[data-pb-docx-form]");
    if (form) downloadForm(form.parentNode);
  }, true);

  /* A clause page's wordings: a button in each holder the build made. */
  function addFormButtons() {
    document.querySelectorAll("[data-pb-form-text]").forEach(function (holder) {
      holder.appendChild(button("Download as Word",
        "This wording as a Word file, deal specifics as [bracketed] blanks to fill in",
        "data-pb-docx-form", holder.getAttribute("data-pb-form-file")));
    });
  }

  addControls();
  addFormButtons();
  if (!letter) return;
  window.pbDrafting = {
    flowing: flowing, flowingText: flowingText, filedText: filedText,
    wordFile: function (withComments) { return zip(packageParts(wordParts(withComments))); }
  };
})();
