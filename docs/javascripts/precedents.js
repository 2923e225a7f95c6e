/* Precedent Bank: reading controls for letters, copy buttons, sortable tables.
   Plain script, no dependencies: the site must work offline and from the file system. */
(function () {
  "use strict";

  var root = document.documentElement;
  var TOGGLES = {
    annotations: { cls: "pb-cold", key: "pb-annotations", on: "hidden", pressedWhenSet: false },
    linebreaks: { cls: "pb-asfiled", key: "pb-linebreaks", on: "filed", pressedWhenSet: true }
  };

  function store(key, value) {
    try {
      if (value) localStorage.setItem(key, value); else localStorage.removeItem(key);
    } catch (e) { /* not remembered, still applied */ }
  }

  /* A toggle's title says what pressing it now does: the page gives one for each state. */
  function syncToggles() {
    document.querySelectorAll("[data-pb-toggle]").forEach(function (button) {
      var t = TOGGLES[button.getAttribute("data-pb-toggle")];
      var pressed = root.classList.contains(t.cls) === t.pressedWhenSet;
      button.setAttribute("aria-pressed", String(pressed));
      button.title = button.getAttribute(pressed ? "data-pb-title-pressed" : "data-pb-title-released");
    });
  }

  function onToggle(button) {
    var t = TOGGLES[button.getAttribute("data-pb-toggle")];
    var set = root.classList.toggle(t.cls);
    store(t.key, set ? t.on : null);
    syncToggles();
    placeNotes();
  }

  /* Wide screens: each note in the margin, level with the first line of its clause. A note
     taller than the room before the next noted clause is cut to that room (never below
     NOTE_MIN) with a "More" button, so notes never drift away from their clauses; an opened
     note pushes the ones below it down. The notes are absolutely placed, so placing them moves
     no text: read every position first, then write. */
  var WIDE = window.matchMedia("(min-width: 76.25em)");
  var NOTE_GAP = 12;
  var NOTE_MIN = 64;

  function placeNotes() {
    document.querySelectorAll("[data-pb-letter]").forEach(function (letter) {
      var notes = Array.prototype.slice.call(letter.querySelectorAll(".pb-note[data-for]"));
      var on = WIDE.matches && notes.length > 0 && !root.classList.contains("pb-cold");
      letter.classList.toggle("pb-placed", on);
      letter.style.minHeight = "";
      notes.forEach(function (note) {
        note.classList.remove("pb-clamped");
        note.style.maxHeight = "";
      });
      if (!on) return;
      var origin = letter.getBoundingClientRect().top + letter.clientTop;
      var wanted = notes.map(function (note) {
        var clause = document.getElementById(note.getAttribute("data-for"));
        return clause ? clause.getBoundingClientRect().top - origin : 0;
      });
      var heights = notes.map(function (note) { return note.offsetHeight; });
      var floor = 0;
      notes.forEach(function (note, i) {
        var top = Math.max(wanted[i], floor);
        var height = heights[i];
        var room = i + 1 < notes.length ? wanted[i + 1] - NOTE_GAP - top : Infinity;
        if (height > room && !note.classList.contains("pb-open")) {
          height = Math.max(room, NOTE_MIN);
          note.classList.add("pb-clamped");
          note.style.maxHeight = height + "px";
        }
        note.style.top = top + "px";
        floor = top + height + NOTE_GAP;
      });
      if (floor > letter.clientHeight) letter.style.minHeight = floor + 2 * NOTE_GAP + "px";
    });
  }

  /* Each note gets a button to show all of it when it is cut short (CSS shows it only then). */
  function addNoteButtons() {
    document.querySelectorAll(".pb-note[data-for]").forEach(function (note) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "pb-note-more";
      button.setAttribute("aria-expanded", "false");
      button.textContent = "More";
      note.appendChild(button);
    });
  }

  function onNoteMore(button) {
    var note = button.closest(".pb-note");
    var open = note.classList.toggle("pb-open");
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? "Less" : "More";
    placeNotes();
  }

  var placing = 0;
  function placeNotesSoon() {
    cancelAnimationFrame(placing);
    placing = requestAnimationFrame(placeNotes);
  }

  /* A clause may run over several paragraphs: light up all its pieces when linked to. */
  function highlightTarget() {
    document.querySelectorAll(".pb-target").forEach(function (el) {
      el.classList.remove("pb-target");
    });
    var anchor = decodeURIComponent(location.hash.slice(1));
    if (!anchor) return;
    document.querySelectorAll('.pb-clause[data-clause="' + anchor + '"]').forEach(function (el) {
      el.classList.add("pb-target");
    });
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.trim() : "";
  }

  function compare(a, b) {
    var x = parseFloat(a.replace(/[$,]/g, "")), y = parseFloat(b.replace(/[$,]/g, ""));
    // Numbers and amounts by value; dates (2022-03-29) are not numbers and sort as text.
    var numeric = /^[\d$.,\s-]+$/.test(a + b) && !/\d-\d/.test(a + b);
    if (!isNaN(x) && !isNaN(y) && numeric) return x - y;
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
  }

  function makeSortable(table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, index) {
      th.classList.add("pb-sortable");
      th.setAttribute("tabindex", "0");
      th.setAttribute("aria-sort", "none");
      function sort() {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var order = compare(cellValue(r1, index), cellValue(r2, index));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
      });
    });
  }

  document.addEventListener("click", function (event) {
    var toggle = event.target.closest("[data-pb-toggle]");
    if (toggle) return onToggle(toggle);
    var more = event.target.closest(".pb-note-more");
    if (more) return onNoteMore(more);
  });
  window.addEventListener("hashchange", highlightTarget);

  /* One copy button per clause label: it needs this script anyway, so the script adds it. */
  function addCopyButtons() {
    document.querySelectorAll(".pb-clause[id] > .pb-label").forEach(function (label) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "pb-copy";
      button.title = "Copy this clause";
      button.setAttribute("aria-label", "Copy the text of this clause");
      button.setAttribute("data-pb-copy", label.parentNode.id);
      label.appendChild(button);
    });
  }

  addCopyButtons();
  addNoteButtons();
  syncToggles();
  placeNotes();
  window.addEventListener("resize", placeNotesSoon);
  window.addEventListener("load", placeNotesSoon);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(placeNotesSoon);
  highlightTarget();
  document.querySelectorAll(".md-typeset table:not([class])").forEach(function (table) {
    if (table.tHead && table.tBodies.length) makeSortable(table);
  });
})();
