/* Compare two letters: the "Compare with..." picker on every letter's page and the Compare page.
 *
 * Data comes as scripts (compare/data/ID.js, compare/catalogue.js) that call
 * window.pbCompare.receive(): a <script> tag loads from file:// where fetch() cannot, so the
 * offline copy works. The Compare page loads only the two letters named in its URL
 * (?a=ID&b=ID); the catalogue the pickers search is loaded only when a picker is used.
 * Letter text is only ever set as text (textContent), never parsed as HTML.
 */
(function () {
  "use strict";

  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/; // a record id (its file name), as records/models.py checks
  // Words and marks as precedent_bank/market/redline.py cuts them (whitespace is not a word).
  var TOKEN = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*|\S/gu;
  var MAX_CELLS = 4000000; // the word-by-word table of one pair; larger pairs are shown unredlined
  var MAX_MATCHES = 20;

  var letters = {};
  var waiting = {};
  var catalogue = null;
  var catalogueWaiting = [];

  window.pbCompare = {
    receive: function (data) {
      if (data.catalogue) {
        catalogue = data.catalogue;
        catalogueWaiting.splice(0).forEach(function (f) { f(); });
      } else if (data.id) {
        letters[data.id] = data;
        (waiting[data.id] || []).splice(0).forEach(function (f) { f(data); });
      }
    },
  };

  function load(src, onerror) {
    var script = document.createElement("script");
    script.src = src;
    script.onerror = onerror;
    document.head.appendChild(script);
  }

  function loadLetter(base, id, done, failed) {
    if (letters[id]) return done(letters[id]);
    (waiting[id] = waiting[id] || []).push(done);
    load(base + "data/" + id + ".js", function () { failed(id); });
  }

  function withCatalogue(src, done) {
    if (catalogue) return done();
    catalogueWaiting.push(done);
    if (catalogueWaiting.length === 1) load(src, function () {});
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* --- searching the catalogue ------------------------------------------------------- */

  // Rows are [id, title, firm, issuer, year]; every word typed must occur in one of them.
  function search(query, except) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    var found = [];
    for (var i = 0; i < catalogue.length && found.length < MAX_MATCHES; i++) {
      var row = catalogue[i];
      if (row[0] === except) continue;
      var hay = (row[1] + " " + row[2] + " " + row[3] + " " + row[4]).toLowerCase();
      if (words.every(function (w) { return hay.indexOf(w) >= 0; })) found.push(row);
    }
    return found;
  }

  function showMatches(list, rows, href) {
    list.replaceChildren();
    rows.forEach(function (row) {
      var item = el("li");
      var link = el("a", null, row[1]);
      link.href = href(row[0]);
      item.appendChild(link);
      item.appendChild(document.createTextNode(" · " + (row[2] || "Unknown firm") + ", " + (row[4] || "undated")));
      list.appendChild(item);
    });
    list.hidden = rows.length === 0;
  }

  function compareUrl(base, a, b) {
    return base + "?a=" + encodeURIComponent(a) + "&b=" + encodeURIComponent(b);
  }

  function picker(box) {
    var input = box.querySelector("input");
    var list = box.querySelector(".pb-compare-matches");
    var self = box.dataset.this;
    function update() {
      withCatalogue(box.dataset.catalogue, function () {
        showMatches(list, search(input.value, self), function (id) {
          return compareUrl(box.dataset.compare, self, id);
        });
      });
    }
    box.addEventListener("toggle", function () { if (box.open) { input.focus(); update(); } });
    input.addEventListener("input", update);
  }

  /* --- word-level redline ------------------------------------------------------------ */

  function tokens(text) {
    var out = [];
    var m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      var end = m.index + m[0].length;
      out.push({ text: m[0], key: m[0].toLowerCase(), space: end < text.length && /\s/.test(text[end]) });
    }
    return out;
  }

  // Longest common subsequence of word keys; a replacement is a deletion then an insertion,
  // as in redline.py. Clauses are a few hundred words, so the full table is small.
  function redline(a, b) {
    var n = a.length, m = b.length;
    if (n * m > MAX_CELLS) return null;
    var width = m + 1;
    var table = new Uint32Array((n + 1) * width);
    for (var i = n - 1; i >= 0; i--) {
      for (var j = m - 1; j >= 0; j--) {
        table[i * width + j] = a[i].key === b[j].key
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
      }
    }
    var ops = [];
    i = 0; j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i].key === b[j].key) { ops.push(["equal", b[j]]); i++; j++; }
      else if (j >= m || (i < n && table[(i + 1) * width + j] >= table[i * width + j + 1])) { ops.push(["delete", a[i]]); i++; }
      else { ops.push(["insert", b[j]]); j++; }
    }
    return ops;
  }

  function redlineNode(ops) {
    var p = el("p", "pb-wording pb-redline");
    var tags = { equal: "span", delete: "del", insert: "ins" };
    var run = null, op = null;
    ops.forEach(function (pair) {
      if (pair[0] !== op) { op = pair[0]; run = el(tags[op]); p.appendChild(run); }
      run.textContent += pair[1].text + (pair[1].space ? " " : "");
    });
    return p;
  }

  /* --- aligning two letters ---------------------------------------------------------- */

  // Clauses pair by type and order: the k-th clause of a type in one letter with the k-th of
  // that type in the other. Rows follow the first letter; the second letter's unmatched
  // clauses come where they stand in it.
  function align(a, b) {
    function keys(clauses) {
      var seen = {};
      return clauses.map(function (c) { seen[c[0]] = (seen[c[0]] || 0) + 1; return c[0] + "#" + seen[c[0]]; });
    }
    var ka = keys(a), kb = keys(b), where = {};
    kb.forEach(function (k, j) { where[k] = j; });
    var rows = [], done = {};
    function flushB(upto) {
      for (var j = 0; j < upto; j++) {
        if (!done[j] && !(ka.indexOf(kb[j]) >= 0)) { done[j] = true; rows.push([null, j]); }
      }
    }
    ka.forEach(function (k, i) {
      if (k in where) { flushB(where[k]); done[where[k]] = true; rows.push([i, where[k]]); }
      else rows.push([i, null]);
    });
    flushB(kb.length);
    return rows;
  }

  function clauseCell(clause, otherTitle) {
    var cell = el("td", "pb-compare-clause");
    if (clause) cell.appendChild(el("div", "pb-compare-text", clause[1]));
    else cell.appendChild(el("p", "pb-compare-missing", "No clause of this type here" + otherTitle));
    return cell;
  }

  function render(root, a, b) {
    var types = JSON.parse(root.dataset.types);
    var letterUrl = root.dataset.letterUrl;
    var result = root.querySelector(".pb-compare-result");
    result.replaceChildren();
    var table = el("table", "pb-compare-table");
    var head = el("tr");
    head.appendChild(el("th", null, "Clause"));
    [a, b].forEach(function (letter) {
      var th = el("th");
      var link = el("a", null, letter.title);
      link.href = letterUrl.replace("{id}", letter.id);
      th.appendChild(link);
      if (letter.draft) {
        th.appendChild(document.createTextNode(" "));
        th.appendChild(el("span", "pb-draft-mark", "Draft"));
      }
      th.appendChild(el("span", "pb-compare-meta", " · " + letter.meta));
      head.appendChild(th);
    });
    var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
    var body = el("tbody");
    var counts = { pair: 0, a: 0, b: 0 };
    align(a.clauses, b.clauses).forEach(function (row) {
      var ca = row[0] === null ? null : a.clauses[row[0]];
      var cb = row[1] === null ? null : b.clauses[row[1]];
      var type = (ca || cb)[0];
      var tr = el("tr", ca && cb ? "pb-compare-pair" : "pb-compare-unmatched");
      var th = el("th", null, types[type] || type);
      th.scope = "row";
      if (!(ca && cb)) th.appendChild(el("span", "pb-compare-only", ca ? "only in the first letter" : "only in the second letter"));
      tr.appendChild(th);
      tr.appendChild(clauseCell(ca, ""));
      tr.appendChild(clauseCell(cb, ""));
      body.appendChild(tr);
      if (ca && cb) {
        counts.pair++;
        var ops = redline(tokens(ca[1]), tokens(cb[1]));
        var red = el("tr", "pb-compare-redline");
        red.appendChild(el("th", null, "Redline"));
        var td = el("td"); td.colSpan = 2;
        td.appendChild(ops ? redlineNode(ops) : el("p", null, "Too long to redline here; compare the two texts above."));
        red.appendChild(td);
        body.appendChild(red);
      } else counts[ca ? "a" : "b"]++;
    });
    table.appendChild(body);
    result.appendChild(table);
    root.querySelector(".pb-compare-status").textContent =
      counts.pair + " clauses matched, " + counts.a + " only in the first letter, " + counts.b + " only in the second.";
    root.querySelector('input[data-side="a"]').value = a.title;
    root.querySelector('input[data-side="b"]').value = b.title;
  }

  function comparePage(root) {
    var params = new URLSearchParams(location.search);
    var ids = { a: params.get("a") || "", b: params.get("b") || "" };
    var status = root.querySelector(".pb-compare-status");
    var list = root.querySelector(".pb-compare-matches");
    root.querySelectorAll("input[data-side]").forEach(function (input) {
      input.addEventListener("input", function () {
        withCatalogue("catalogue.js", function () {
          var side = input.dataset.side;
          showMatches(list, search(input.value, null), function (id) {
            return side === "a" ? compareUrl("", id, ids.b) : compareUrl("", ids.a, id);
          });
        });
      });
    });
    var bad = [ids.a, ids.b].filter(function (id) { return id && !ID.test(id); });
    if (bad.length) { status.textContent = "Not a letter's id: " + bad.join(", "); return; }
    if (!ids.a || !ids.b) return;
    status.textContent = "Loading the two letters…";
    var got = {};
    function failed(id) { status.textContent = "There is no letter '" + id + "' in the bank."; }
    ["a", "b"].forEach(function (side) {
      loadLetter("", ids[side], function (data) {
        got[side] = data;
        if (got.a && got.b) render(root, got.a, got.b);
      }, failed);
    });
  }

  function start() {
    document.querySelectorAll(".pb-compare-picker").forEach(picker);
    var root = document.getElementById("pb-compare");
    if (root) comparePage(root);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
