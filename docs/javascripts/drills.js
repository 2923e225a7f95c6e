/* Precedent Bank: training drills, made in the browser from the bank's confirmed letters.

   Data come as script files that call pbDrillData() (a page opened from the file system may not
   fetch files): training/data/shared.js (clause types, defects, statements, and which letters
   each kind of drill can use) and training/data/letters/K.js, one per letter - a drill loads
   only its own letter's. A drill has a number: a seeded generator (mulberry32, seeded from the
   kind and the number) picks the letter and everything else, so drill 12 is always the same
   drill for the same bank. Progress stays in this browser (localStorage "pb-training").
   Everything shown from the data goes in as text, never as HTML. */
(function () {
  "use strict";

  var container = document.querySelector("[data-pb-training]");
  var script = document.currentScript;
  if (!container || !script) return;
  var ROOT = new URL("../", script.src).href;
  var DATA = ROOT + "training/data/";
  var KEY = "pb-training";
  var KINDS = ["label", "missing", "kind", "defect"];
  var KIND_NAMES = {
    label: "Label the clauses", missing: "What is missing", kind: "Which kind of letter",
    defect: "Spot the defect"
  };
  var waiting = {};

  /* --- loading data ----------------------------------------------------------------------- */

  window.pbDrillData = function (data) {
    var key = data.shared ? "shared" : "letter-" + data.letter;
    if (waiting[key]) waiting[key].resolve(data);
  };

  var loaded = {};
  function load(key, src) {
    if (loaded[key]) return loaded[key];
    loaded[key] = new Promise(function (resolve, reject) {
      waiting[key] = { resolve: resolve };
      var tag = document.createElement("script");
      tag.src = DATA + src;
      tag.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(tag);
    });
    return loaded[key];
  }
  function shared() { return load("shared", "shared.js"); }
  function letter(k) { return load("letter-" + k, "letters/" + k + ".js"); }

  /* --- numbers to drills ------------------------------------------------------------------ */

  function hash(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return h >>> 0;
  }

  function mulberry32(seed) {
    var a = seed;
    return function () {
      a = (a + 0x6D2B79F5) | 0;
      var t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function pick(rng, list) { return list[Math.floor(rng() * list.length)]; }

  function pool(bitmap) {
    var bytes = atob(bitmap), out = [];
    for (var i = 0; i < bytes.length * 8; i++) {
      if (bytes.charCodeAt(i >> 3) & (1 << (i & 7))) out.push(i);
    }
    return out;
  }

  function types(data) {
    var out = {};
    data.families.forEach(function (f) {
      f.types.forEach(function (t) { out[t.slug] = { name: t.name, href: t.href, summary: t.summary, family: f }; });
    });
    return out;
  }

  /* Drill `n` of `kind`: a promise of everything the page and the answer key show. */
  function makeDrill(kind, n) {
    return shared().then(function (data) {
      var rng = mulberry32(hash(kind + ":" + n));
      var letters = pool(data.pools[kind]);
      if (!letters.length) return null;
      return letter(pick(rng, letters)).then(function (source) {
        var d = JSON.parse(JSON.stringify(source));
        var drill = { kind: kind, n: n, letter: d, data: data, types: types(data),
          paragraphs: d.paragraphs, clauses: d.clauses };
        BUILD[kind](drill, rng);
        return drill;
      });
    });
  }

  var BUILD = {
    label: function () {},
    missing: function (drill, rng) {
      var gone = pick(rng, drill.letter.missing);
      var text = [];
      drill.paragraphs = drill.paragraphs.map(function (para) {
        return [para[0], para[1].filter(function (piece) {
          if (piece[0] === gone) text.push(piece[1]);
          return piece[0] !== gone;
        })];
      }).filter(function (para) { return para[1].length; });
      drill.answer = { index: gone, type: drill.clauses[gone][0], text: text.join("\n") };
    },
    kind: function (drill, rng) {
      var statement = pick(rng, drill.data.statements);
      var verdict = statement.acceptable[drill.letter.kind];
      drill.answer = { kind: drill.letter.kind, statement: statement, acceptable: verdict[0],
        reason: verdict[1] };
    },
    defect: function (drill, rng) {
      var rule = pick(rng, drill.letter.defects);
      var defect = drill.data.defects.filter(function (d) { return d.rule === rule; })[0];
      var index = defect.injection.insert ? insert(drill, defect.injection.insert) :
        replace(drill, defect.injection.replace);
      drill.answer = { index: index, defect: defect };
    }
  };

  /* A new clause after the last clause of the first listed type the letter has. */
  function insert(drill, how) {
    var after = -1;
    how.after.some(function (type) {
      drill.clauses.forEach(function (c, i) { if (c[0] === type) after = i; });
      return after >= 0;
    });
    var index = drill.clauses.length, at = 0;
    drill.clauses.push([how.type, null]);
    drill.paragraphs.forEach(function (para, p) {
      if (para[1].some(function (piece) { return piece[0] === after; })) at = p + 1;
    });
    drill.paragraphs.splice(at, 0, ["prose", [[index, how.text]]]);
    return index;
  }

  /* The first match of the first pattern that matches a clause of the type, replaced. */
  function replace(drill, how) {
    var found = -1;
    drill.paragraphs.some(function (para) {
      return para[1].some(function (piece) {
        if (drill.clauses[piece[0]][0] !== how.type) return false;
        return how.patterns.some(function (pair) {
          var re = new RegExp(pair[0]);
          if (!re.test(piece[1])) return false;
          piece[1] = piece[1].replace(re, function () { return pair[1]; });
          found = piece[0];
          return true;
        });
      });
    });
    return found;
  }

  /* --- progress --------------------------------------------------------------------------- */

  function progress() {
    try {
      var saved = JSON.parse(localStorage.getItem(KEY) || "null");
      if (saved && saved.drills && saved.families) return saved;
    } catch (e) { /* start afresh */ }
    return { drills: {}, families: {} };
  }

  function record(drill, score, total, families) {
    var p = progress();
    p.drills[drill.kind + "-" + drill.n] = { score: score, total: total };
    families.forEach(function (pair) {
      var f = p.families[pair[0]] || [0, 0];
      p.families[pair[0]] = [f[0] + (pair[1] ? 1 : 0), f[1] + 1];
    });
    try { localStorage.setItem(KEY, JSON.stringify(p)); } catch (e) { /* not kept */ }
  }

  function nextNumber(kind) {
    var done = progress().drills, n = 1;
    while (done[kind + "-" + n]) n++;
    return n;
  }

  /* --- building the page ------------------------------------------------------------------ */

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function link(href, text) {
    var a = el("a", null, text);
    a.href = ROOT + href;
    return a;
  }

  /* The letter as paragraphs of clause spans; `mark(span, index)` decorates each clause start. */
  function letterView(drill, mark) {
    var box = el("div", "pb-drill-letter"), started = {};
    drill.paragraphs.forEach(function (para) {
      var p = el("div", "pb-drill-para pb-drill-" + para[0]);
      para[1].forEach(function (piece) {
        var span = el("span", "pb-drill-clause");
        span.setAttribute("data-clause", piece[0]);
        if (mark && !started[piece[0]]) mark(span, piece[0]);
        started[piece[0]] = true;
        span.appendChild(document.createTextNode(piece[1]));
        p.appendChild(span);
      });
      box.appendChild(p);
    });
    return box;
  }

  function typePicker(drill, label) {
    var select = el("select", "pb-pick");
    select.setAttribute("aria-label", label);
    select.appendChild(el("option", null, "Type…")).value = "";
    drill.data.families.forEach(function (f) {
      var group = el("optgroup");
      group.label = f.name;
      f.types.forEach(function (t) { group.appendChild(el("option", null, t.name)).value = t.slug; });
      select.appendChild(group);
    });
    return select;
  }

  function verdict(right, text) {
    return el("span", "pb-verdict " + (right ? "pb-right" : "pb-wrong"), (right ? "✓ " : "✗ ") + text);
  }

  function typeLink(drill, slug) { return link(drill.types[slug].href, drill.types[slug].name); }

  function checkButton(onCheck) {
    var b = el("button", "pb-button pb-check", "Check");
    b.type = "button";
    b.addEventListener("click", function () {
      var done = onCheck();
      if (done !== false) b.disabled = true;
    });
    return b;
  }

  function radios(name, options, legend) {
    var set = el("fieldset", "pb-choice");
    set.appendChild(el("legend", null, legend));
    options.forEach(function (o) {
      var label = el("label");
      var input = el("input");
      input.type = "radio";
      input.name = name;
      input.value = o[0];
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + o[1]));
      set.appendChild(label);
    });
    return set;
  }

  function chosen(root, name) {
    var input = root.querySelector('input[name="' + name + '"]:checked');
    return input ? input.value : null;
  }

  var SHOW = {
    label: function (drill, box) {
      var pickers = {};
      box.appendChild(letterView(drill, function (span, i) {
        pickers[i] = typePicker(drill, "Type of clause " + (i + 1));
        span.appendChild(pickers[i]);
      }));
      var feedback = el("div", "pb-feedback");
      box.appendChild(checkButton(function () {
        var right = 0, families = [];
        Object.keys(pickers).forEach(function (i) {
          var want = drill.clauses[i][0], got = pickers[i].value, ok = got === want;
          if (ok) right++;
          families.push([drill.types[want].family.slug, ok]);
          pickers[i].disabled = true;
          var mark = verdict(ok, ok ? "" : "Right type: ");
          mark.appendChild(typeLink(drill, want));
          pickers[i].parentNode.insertBefore(mark, pickers[i].nextSibling);
        });
        var total = Object.keys(pickers).length;
        feedback.appendChild(el("p", "pb-score", "Score: " + right + " of " + total + " clauses right."));
        record(drill, right, total, families);
      }));
      box.appendChild(feedback);
    },
    missing: function (drill, box) {
      box.appendChild(letterView(drill));
      var picker = typePicker(drill, "The type of the missing clause");
      var ask = el("p", "pb-question", "Which type of clause is missing? ");
      ask.appendChild(picker);
      box.appendChild(ask);
      var feedback = el("div", "pb-feedback");
      box.appendChild(checkButton(function () {
        if (!picker.value) { feedback.textContent = "Pick a type first."; return false; }
        feedback.textContent = "";
        var want = drill.answer.type, ok = picker.value === want;
        picker.disabled = true;
        var head = el("p");
        head.appendChild(verdict(ok, ok ? "Right: the missing clause is " : "Not quite: the missing clause is "));
        head.appendChild(typeLink(drill, want));
        feedback.appendChild(head);
        feedback.appendChild(el("p", "pb-why", "Why it matters: " + drill.types[want].summary));
        feedback.appendChild(el("blockquote", "pb-removed", drill.answer.text));
        feedback.appendChild(el("p", "pb-score", "Score: " + (ok ? 1 : 0) + " of 1."));
        record(drill, ok ? 1 : 0, 1, [[drill.types[want].family.slug, ok]]);
      }));
      box.appendChild(feedback);
    },
    kind: function (drill, box) {
      box.appendChild(letterView(drill));
      var kinds = drill.data.kinds;
      var q1 = radios("pb-kind", Object.keys(kinds).map(function (k) { return [k, kinds[k].name]; }),
        "1. Which kind of letter is this?");
      box.appendChild(q1);
      var s = drill.answer.statement;
      var q2 = radios("pb-acceptable", [["yes", "Acceptable here"], ["no", "Not acceptable here"]],
        "2. Would this be acceptable in this letter?");
      q2.insertBefore(el("blockquote", "pb-statement", s.text), q2.children[1]);
      box.appendChild(q2);
      var feedback = el("div", "pb-feedback");
      box.appendChild(checkButton(function () {
        var kind = chosen(box, "pb-kind"), yes = chosen(box, "pb-acceptable");
        if (!kind || !yes) { feedback.textContent = "Answer both questions first."; return false; }
        feedback.textContent = "";
        var a = drill.answer, ok1 = kind === a.kind, ok2 = (yes === "yes") === a.acceptable;
        box.querySelectorAll("input[type=radio]").forEach(function (r) { r.disabled = true; });
        var p1 = el("p");
        p1.appendChild(verdict(ok1, "It is a " + kinds[a.kind].name.toLowerCase() + ". "));
        p1.appendChild(document.createTextNode(kinds[a.kind].explanation));
        var p2 = el("p");
        p2.appendChild(verdict(ok2, (a.acceptable ? "Acceptable" : "Not acceptable") + " here. "));
        p2.appendChild(document.createTextNode(a.reason + " See "));
        p2.appendChild(typeLink(drill, s.type));
        p2.appendChild(document.createTextNode("."));
        feedback.appendChild(p1);
        feedback.appendChild(p2);
        var score = (ok1 ? 1 : 0) + (ok2 ? 1 : 0);
        feedback.appendChild(el("p", "pb-score", "Score: " + score + " of 2."));
        record(drill, score, 2, [[drill.types[s.type].family.slug, ok2]]);
      }));
      box.appendChild(feedback);
    },
    defect: function (drill, box) {
      box.appendChild(letterView(drill, function (span, i) {
        var label = el("label", "pb-point");
        var input = el("input");
        input.type = "radio";
        input.name = "pb-defect";
        input.value = String(i);
        input.setAttribute("aria-label", "The defect is in clause " + (i + 1));
        label.appendChild(input);
        label.appendChild(document.createTextNode(" here?"));
        span.appendChild(label);
      }));
      var feedback = el("div", "pb-feedback");
      box.appendChild(checkButton(function () {
        var got = chosen(box, "pb-defect");
        if (got === null) { feedback.textContent = "Point at a clause first."; return false; }
        feedback.textContent = "";
        var a = drill.answer, d = a.defect, ok = Number(got) === a.index;
        box.querySelectorAll("input[type=radio]").forEach(function (r) { r.disabled = true; });
        box.querySelectorAll('.pb-drill-clause[data-clause="' + a.index + '"]').forEach(function (s) {
          s.classList.add("pb-defective");
        });
        var head = el("p");
        head.appendChild(verdict(ok, ok ? "Found it. " : "Not that clause: the defect is marked. "));
        head.appendChild(el("strong", null, d.title));
        feedback.appendChild(head);
        feedback.appendChild(el("p", "pb-why", d.explanation));
        var sources = el("p", "pb-sources", "Rule " + d.rule + ". Sources: ");
        d.sources.forEach(function (src, i) {
          var a2 = el("a", null, src.cite);
          a2.href = src.url;
          a2.rel = "noreferrer";
          if (i) sources.appendChild(document.createTextNode("; "));
          sources.appendChild(a2);
        });
        sources.appendChild(document.createTextNode(". See "));
        sources.appendChild(typeLink(drill, d.clause));
        sources.appendChild(document.createTextNode("."));
        feedback.appendChild(sources);
        feedback.appendChild(el("p", "pb-score", "Score: " + (ok ? 1 : 0) + " of 1."));
        record(drill, ok ? 1 : 0, 1, [[drill.types[d.clause].family.slug, ok]]);
      }));
      box.appendChild(feedback);
    }
  };

  /* --- pages ------------------------------------------------------------------------------ */

  /* The drill's number is in the address as ?n=12 (a link a trainer can send). */
  function numberFromAddress() {
    var n = parseInt(new URLSearchParams(location.search).get("n"), 10);
    return n > 0 ? n : null;
  }

  function drillHeader(kind, n) {
    var bar = el("div", "pb-drill-bar");
    bar.appendChild(el("span", "pb-drill-number", KIND_NAMES[kind] + ", drill " + n));
    var form = el("form", "pb-drill-go");  /* a plain GET form: it loads ?n=NUMBER */
    var input = el("input");
    input.type = "number";
    input.name = "n";
    input.min = "1";
    input.required = true;
    input.value = String(n);
    input.setAttribute("aria-label", "Drill number");
    var go = el("button", "pb-button", "Go");
    go.type = "submit";
    form.appendChild(input);
    form.appendChild(go);
    bar.appendChild(form);
    var next = el("a", "pb-button pb-next", "Next drill");
    next.href = "?n=" + (n + 1);
    bar.appendChild(next);
    var done = progress().drills[kind + "-" + n];
    if (done) bar.appendChild(el("span", "pb-done", "Done before: " + done.score + " of " + done.total));
    return bar;
  }

  function showDrill(kind) {
    var n = numberFromAddress() || nextNumber(kind);
    container.textContent = "";
    container.appendChild(drillHeader(kind, n));
    var box = el("div", "pb-drill");
    box.setAttribute("data-pb-drill", kind);
    container.appendChild(box);
    makeDrill(kind, n).then(function (drill) {
      if (!drill) {
        box.textContent = "No confirmed letter in the bank fits this kind of drill yet.";
        return;
      }
      box.setAttribute("data-pb-record", drill.letter.id);
      box.setAttribute("data-pb-number", String(n));
      SHOW[kind](drill, box);
    }, function (error) { box.textContent = "The drill could not load: " + error.message; });
  }

  function showOverview() {
    shared().then(function (data) {
      var p = progress();
      container.textContent = "";
      container.appendChild(el("h2", null, "Your progress by clause family"));
      var table = el("table", "pb-progress");
      var head = table.appendChild(el("thead")).appendChild(el("tr"));
      ["Family", "Right", "Answered", ""].forEach(function (h) { head.appendChild(el("th", null, h)); });
      var body = table.appendChild(el("tbody"));
      data.families.forEach(function (f) {
        var got = p.families[f.slug] || [0, 0];
        var row = body.appendChild(el("tr"));
        row.setAttribute("data-family", f.slug);
        row.appendChild(el("td", null, f.name));
        row.appendChild(el("td", null, String(got[0])));
        row.appendChild(el("td", null, String(got[1])));
        var meter = el("meter");
        meter.max = 1;
        meter.value = got[1] ? got[0] / got[1] : 0;
        row.appendChild(el("td")).appendChild(meter);
      });
      container.appendChild(table);
      container.appendChild(el("h2", null, "Drills"));
      var list = el("ul", "pb-drill-list");
      KINDS.forEach(function (kind) {
        var done = Object.keys(p.drills).filter(function (k) { return k.indexOf(kind + "-") === 0; });
        var item = list.appendChild(el("li"));
        item.appendChild(link(data.pages[kind] + "?n=" + nextNumber(kind), KIND_NAMES[kind]));
        item.appendChild(document.createTextNode(" - " + done.length + " done"));
      });
      container.appendChild(list);
      var reset = el("button", "pb-button pb-reset", "Reset my progress");
      reset.type = "button";
      reset.addEventListener("click", function () {
        try { localStorage.removeItem(KEY); } catch (e) { /* nothing kept */ }
        showOverview();
      });
      container.appendChild(reset);
    });
  }

  /* --- the answer key --------------------------------------------------------------------- */

  function answerText(drill) {
    var a = drill.answer, t = drill.types;
    if (drill.kind === "label") {
      return drill.clauses.map(function (c, i) { return (i + 1) + ". " + t[c[0]].name; }).join("; ");
    }
    if (drill.kind === "missing") return t[a.type].name + " (clause " + (a.index + 1) + ")";
    if (drill.kind === "kind") {
      return drill.data.kinds[a.kind].name + "; \u201c" + a.statement.text + "\u201d is " +
        (a.acceptable ? "acceptable" : "not acceptable") + ": " + a.reason;
    }
    var start = drill.paragraphs.map(function (para) {
      return para[1].filter(function (p) { return p[0] === a.index; }).map(function (p) { return p[1]; }).join("");
    }).join("").trim().slice(0, 90);
    return a.defect.title + " - the clause beginning \u201c" + start + "\u2026\u201d (" + a.defect.rule + ")";
  }

  function showAnswers() {
    shared().then(function (data) {
      container.textContent = "";
      var form = el("form", "pb-answers-form");
      var kind = el("select");
      kind.setAttribute("aria-label", "Kind of drill");
      KINDS.forEach(function (k) { kind.appendChild(el("option", null, KIND_NAMES[k])).value = k; });
      var from = el("input");
      from.type = "number";
      from.min = "1";
      from.value = "1";
      from.setAttribute("aria-label", "First drill number");
      var show = el("button", "pb-button", "Show answers");
      show.type = "submit";
      form.appendChild(kind);
      form.appendChild(document.createTextNode(" drills "));
      form.appendChild(from);
      form.appendChild(document.createTextNode(" to " + "the next 10 "));
      form.appendChild(show);
      var table = el("table", "pb-answers");
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        fillAnswers(table, data, kind.value, Math.max(1, parseInt(from.value, 10) || 1));
      });
      container.appendChild(form);
      container.appendChild(table);
      fillAnswers(table, data, "label", 1);
    });
  }

  function fillAnswers(table, data, kind, from) {
    table.textContent = "";
    var head = table.appendChild(el("thead")).appendChild(el("tr"));
    ["Drill", "Letter", "Answer"].forEach(function (h) { head.appendChild(el("th", null, h)); });
    var body = table.appendChild(el("tbody"));
    var numbers = [];
    for (var n = from; n < from + 10; n++) numbers.push(n);
    Promise.all(numbers.map(function (n) { return makeDrill(kind, n); })).then(function (drills) {
      drills.forEach(function (drill, i) {
        var row = body.appendChild(el("tr"));
        row.setAttribute("data-drill", kind + "-" + numbers[i]);
        row.appendChild(el("td")).appendChild(link(data.pages[kind] + "?n=" + numbers[i],
          KIND_NAMES[kind] + " " + numbers[i]));
        if (!drill) { row.appendChild(el("td", null, "No letter fits this drill yet")); return; }
        row.appendChild(el("td")).appendChild(link(drill.letter.href, drill.letter.title));
        row.appendChild(el("td", "pb-answer", answerText(drill)));
      });
    });
  }

  var page = container.getAttribute("data-pb-training");
  if (page === "index") showOverview();
  else if (page === "answers") showAnswers();
  else if (BUILD[page]) showDrill(page);
  window.pbDrills = { makeDrill: makeDrill, progressKey: KEY };
})();
