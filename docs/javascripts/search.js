/* Precedent Bank search: the header's box and the search page, on Pagefind's JS API.
   The site is indexed by Pagefind at build time (precedent_bank/site/search.py); a query loads
   only the index chunks it needs. The offline copy (file://) cannot run Pagefind: it uses a
   compact index loaded as a script (search/offline-index.js) that covers titles, facts, clause
   types and headings. Plain script, no dependencies. */
(function () {
  "use strict";

  var box = document.querySelector("[data-pb-search]");
  if (!box) return;
  var base = new URL((box.getAttribute("data-pb-base") || ".") + "/", location.href);
  var offline = box.getAttribute("data-pb-engine") === "offline";
  var searchPage = new URL(box.getAttribute("data-pb-search-url"), location.href);
  var FACT_LABELS = { firm: "Firm", date: "Date", document: "Document" };
  var HINT = offline ?
    "Offline copy: searches titles, facts and clause types, not the letters' text" :
    "Type to search: words, \"a phrase in quotes\", S-8, Rule 436";
  var HEADER_RESULTS = 8;
  var PAGE_RESULTS = 20;
  /* How long the box waits for more typing before it searches for one or two characters. */
  var SHORT_QUERY_WAIT_MS = 300;

  /* --- text helpers ------------------------------------------------------------------ */

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  /* The index reads "Rule~436^rule436" and "judgement^judgment" (search_terms.py), in titles
     as in excerpts: show the words as the letter has them. */
  function cleanTerms(html) {
    return html.replace(/\^[a-z0-9]+/g, "").replace(/([A-Za-z\u00a7])~(\d)/g, "$1 $2");
  }

  /* A direction control or zero-width character of a letter, isolated and shown by its code
     point, as on the letter's page (records/yamlio.py INVISIBLE; a test keeps the two alike):
     a right-to-left override in an excerpt would lay the words after it out backwards. */
  var INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff]/g;

  function shownInvisible(html) {
    return html.replace(INVISIBLE, function (c) {
      var code = "U+" + ("000" + c.charCodeAt(0).toString(16).toUpperCase()).slice(-4);
      return '<span class="pb-invisible" data-code="' + code + '">' + c + "</span>";
    });
  }

  function normalise(text) {
    return text.toLowerCase().replace(/[^a-z0-9\u00a7]/g, "");
  }

  /* The query as the index spells things: references as one term, synonyms as their group's. */
  function rewrite(query, rules) {
    var q = query.replace(new RegExp(rules.reference, "gi"), function (m, word, number) {
      return rules.referenceWords[word.toLowerCase()] + normalise(number);
    });
    Object.keys(rules.aliases).sort(function (a, b) { return b.length - a.length; })
      .forEach(function (variant) {
        var words = variant.split(" ").map(function (w) {
          return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        });
        var pattern = new RegExp("(^|[^\\w-])" + words.join("\\s+") + "(?![\\w-])", "gi");
        q = q.replace(pattern, function (m, before) { return before + rules.aliases[variant]; });
      });
    return q.replace(/\s+/g, " ").trim();
  }

  /* A step on the way to a first result, for bench/search.py to time (a mark costs nothing). */
  function mark(name) {
    if (window.performance && performance.mark) performance.mark("pb:" + name);
  }

  /* --- engines: Pagefind on a server, the compact index offline ------------------------- */

  var pagefind = null;
  var NEWEST = "newest";  /* the tag of the part of the index that holds the newest letters */

  function loadPagefind() {
    if (!pagefind) {
      pagefind = Promise.all([
        import(new URL("pagefind/pagefind.js", base).href),
        fetch(new URL("pagefind/search-rules.json", base)).then(function (r) { return r.json(); })
      ]).then(function (loaded) {
        var pf = loaded[0];
        var rules = loaded[1];
        var parts = rules.parts || [];
        var options = { baseUrl: base.pathname, excerptLength: 24 };
        mark("pagefind-script");
        var own = parts.length ? { mergeFilter: { part: NEWEST } } : {};
        return pf.options(Object.assign(own, options)).then(function () {
          return pf.init();
        }).then(function () {
          /* A large bank's letters are indexed in parts by date, the newest with the other
             pages (search_parts.py): each is merged into every search, and tagged so that
             browsing can take them newest first. */
          return Promise.all(parts.map(function (part) {
            var path = new URL("pagefind/" + part, base).pathname;
            return pf.mergeIndex(path, Object.assign({ mergeFilter: { part: part } }, options));
          }));
        }).then(function () {
          /* Pagefind's worker, its WebAssembly and the indexes' entries, before the first
             query: preloading no words resolves once they are in. */
          return pf.preload("");
        }).then(function () {
          mark("pagefind-ready");
          return { pf: pf, rules: rules, parts: parts.length ? [NEWEST].concat(parts) : [] };
        });
      });
    }
    return pagefind;
  }

  /* One search: {total, filters: {key: {value: n}}, results: [{data(), load() -> view}]}.
     The data of the first `first` results are fetched at once, side by side (they are shown
     next); it answers when the best result's data are in: they tell whether the query's words
     were found at all. */
  function runSearch(query, filters, wantCounts, first) {
    if (offline) return Promise.resolve(offlineSearch(query, filters));
    return loadPagefind().then(function (engine) {
      var q = query ? rewrite(query, engine.rules) : null;
      var options = { filters: pagefindFilters(filters) };
      if (!q) options.sort = { date: "desc" };
      var counts = wantCounts ? engine.pf.filters() : Promise.resolve(null);
      return counts.then(function () {
        var search = q || !engine.parts.length ? engine.pf.search(q, options) :
          newestFirst(engine.pf, engine.parts, options);
        return Promise.all([search, lettersFirst(engine.pf, q, options)]);
      }).then(function (both) {
        mark("searched");
        var s = both[0];
        var skip = engine.rules.skip || [];
        var results = reorder(s.results, both[1]).filter(function (r) {
          return skip.indexOf(r.id) < 0;  /* a part's word list, not a page */
        }).map(function (r) { return loader(r, q); });
        var early = results.slice(0, first).map(function (r) { return r.data(); });
        return (early[0] || Promise.resolve(null)).then(function (best) {
          mark("fragment");
          if (!holdsTheWords(best, q)) return { total: 0, filters: {}, results: [] };
          return { total: results.length, filters: s.filters || {}, results: results };
        });
      });
    });
  }

  /* A Pagefind result whose data (its fragment) is fetched once, however often it is asked. */
  function loader(result, q) {
    var data = null;
    var self = {
      data: function () { return data || (data = result.data()); },
      load: function () { return self.data().then(function (d) { return view(d, q); }); }
    };
    return self;
  }

  /* Pagefind looks for the longest start of a word it cannot find ("zebra" becomes "z"), so a
     query with a word no page has would return pages with some other word. Every page of a
     true result has a word that begins like each of the query's words: the best result
     (already loaded to be shown) is checked, and if it has none, nothing is found. */
  function holdsTheWords(data, q) {
    if (!data || !q || /^\s*".+"\s*$/.test(q)) return true;
    var starts = queryTerms(q).map(function (t) {
      return t.slice(0, Math.max(3, Math.ceil(t.length / 2)));
    });
    var words = (data.content || "").split(/\s+/);
    for (var i = 0; i < words.length && starts.length; i += 1) {
      /* Every form of a word lies within the word with its punctuation taken out: only the
         few words that hold a start need their forms worked out. */
      var flat = normalise(words[i]);
      if (!starts.some(function (s) { return flat.indexOf(s) >= 0; })) continue;
      var forms = wordForms(words[i]);
      starts = starts.filter(function (s) {
        return !forms.some(function (f) { return f.indexOf(s) === 0; });
      });
    }
    return starts.length === 0;
  }

  /* A page's word as the index knows it: whole, in its parts, and as its synonym's term. */
  function wordForms(word) {
    var alias = word.split("^")[1] || "";
    var clean = cleanTerms(word).toLowerCase();
    return [normalise(clean), normalise(alias)].concat(clean.split(/[^a-z0-9\u00a7]+/))
      .filter(Boolean);
  }

  /* Browsing a bank indexed in parts: Pagefind sorts each part by date, but merges the parts
     by each result's rank within its own part. The parts hold runs of dates, newest first, so
     the whole list, newest first, is each part's list in turn. */
  function newestFirst(pf, parts, options) {
    return Promise.all(parts.map(function (part) {
      var filters = Object.assign({}, options.filters, { part: { any: [part] } });
      return pf.search(null, Object.assign({}, options, { filters: filters }));
    })).then(function (found) {
      var filters = {};
      found.forEach(function (one) {
        Object.keys(one.filters || {}).forEach(function (key) {
          var counts = filters[key] || (filters[key] = {});
          Object.keys(one.filters[key]).forEach(function (value) {
            counts[value] = (counts[value] || 0) + one.filters[key][value];
          });
        });
      });
      var results = [].concat.apply([], found.map(function (one) { return one.results; }));
      return { results: results, filters: filters };
    });
  }

  /* Pagefind scores every page that holds a quoted phrase alike; the letters that use it come
     before the pages that quote or explain it. */
  function lettersFirst(pf, q, options) {
    if (!q || !/^\s*".+"\s*$/.test(q)) return Promise.resolve(null);
    var filters = Object.assign({}, options.filters, { page: "letter" });
    return pf.search(q, Object.assign({}, options, { filters: filters }));
  }

  function reorder(results, letters) {
    if (!letters) return results;
    var first = {};
    letters.results.forEach(function (r) { first[r.id] = true; });
    return letters.results.concat(results.filter(function (r) { return !first[r.id]; }));
  }

  function pagefindFilters(filters) {
    var out = {};
    Object.keys(filters).forEach(function (key) {
      if (filters[key].length) out[key] = { any: filters[key] };
    });
    return out;
  }

  /* A Pagefind result as we show it: the page, its facts, and its hits (clauses, sections). */
  function view(data, query) {
    var meta = data.meta || {};
    var phrase = /^\s*".+"\s*$/.test(query || "");
    var hits = meta.clauses ? clauseHits(data, meta, queryTerms(query), phrase) : sectionHits(data);
    return {
      url: data.url,
      title: cleanTerms(meta.title || data.url),
      kind: meta.kind || "",
      draft: meta.status === "Draft",
      facts: ["firm", "date", "document"].filter(function (k) { return meta[k]; })
        .map(function (k) { return [FACT_LABELS[k], meta[k]]; }),
      excerpt: query ? cleanTerms(data.excerpt || "") : "",
      hits: query ? hits : []
    };
  }

  /* Hits in a letter, grouped by the clause they fall in; clauses holding more of the query's
     words first, then more hits, then the letter's order. */
  function clauseHits(data, meta, terms, phrase) {
    var names = {};
    try { names = JSON.parse(meta.clauses); } catch (e) { /* no clause names: hits by page */ }
    var anchors = (data.anchors || []).filter(function (a) { return names[a.id]; })
      .sort(function (a, b) { return a.location - b.location; });
    var words = (data.content || "").split(/\s+/);
    var groups = [];
    var byId = {};
    var locations = phrase ? phraseLocations(words, terms) : data.locations || [];
    locations.forEach(function (loc) {
      if (!isWordOf(words[loc] || "", terms)) return;
      var i = -1;
      while (i + 1 < anchors.length && anchors[i + 1].location <= loc) i += 1;
      if (i < 0) return; /* a hit in the facts or summary: the page's own excerpt shows it */
      var anchor = anchors[i];
      var group = byId[anchor.id];
      if (!group) {
        var end = i + 1 < anchors.length ? anchors[i + 1].location : words.length;
        group = byId[anchor.id] = { anchor: anchor, end: end, locs: [], terms: {} };
        groups.push(group);
      }
      group.locs.push(loc);
      group.terms[normalise(cleanTerms(words[loc] || ""))] = true;
    });
    groups.sort(function (a, b) {
      return Object.keys(b.terms).length - Object.keys(a.terms).length ||
        b.locs.length - a.locs.length || a.anchor.location - b.anchor.location;
    });
    /* Only the clauses that hold the most of the query's words: with "fully paid and
       non-assessable", not every clause that says "and". */
    var most = groups.length ? Object.keys(groups[0].terms).length : 0;
    groups = groups.filter(function (g) { return Object.keys(g.terms).length === most; });
    return groups.map(function (g) {
      return {
        title: names[g.anchor.id],
        url: data.url + "#" + g.anchor.id,
        excerpt: excerpt(words, g.anchor.location, g.end, g.locs)
      };
    });
  }

  /* Every place the phrase's words stand one after another (Pagefind reports only the first). */
  function phraseLocations(words, terms) {
    var found = [];
    var cache = {};
    function forms(i) { return cache[i] || (cache[i] = wordForms(words[i])); }
    for (var i = 0; i + terms.length <= words.length; i += 1) {
      if (normalise(words[i]).indexOf(terms[0]) < 0) continue; /* no form of it is the term */
      var all = terms.every(function (t, k) { return forms(i + k).indexOf(t) >= 0; });
      if (all) for (var k = 0; k < terms.length; k += 1) found.push(i + k);
    }
    return found;
  }

  /* The query's terms as the index spells them (quotes and punctuation gone). */
  function queryTerms(query) {
    return (query || "").split(/\s+/).map(function (w) { return normalise(cleanTerms(w)); })
      .filter(Boolean);
  }

  /* Pagefind matches the start of words ("bank" finds "bankruptcy"); a clause is shown as a
     hit only for its query's words, or their plurals and other short endings ("judgments"). */
  function isWordOf(word, terms) {
    var parts = cleanTerms(word).toLowerCase().split(/[^a-z0-9\u00a7^]+/).concat([word])
      .map(normalise).concat((word.split("^")[1] || "").replace(/[^a-z0-9]/g, ""));
    return terms.some(function (t) {
      return parts.some(function (p) { return p.indexOf(t) === 0 && p.length - t.length <= 3; });
    });
  }

  /* Words around the first hit, inside the clause, the hits marked; everything escaped. */
  function excerpt(words, start, end, locs) {
    var from = Math.max(start, Math.min(densest(words, locs) - 8, end - 24));
    var to = Math.min(end, from + 24);
    var marked = {};
    locs.forEach(function (l) { marked[l] = true; });
    var out = [];
    for (var i = from; i < to; i += 1) {
      var word = escapeHtml(cleanTerms(words[i]));
      out.push(marked[i] ? "<mark>" + word + "</mark>" : word);
    }
    return (from > start ? "… " : "") + out.join(" ") + (to < end ? " …" : "");
  }

  /* The hit whose next two dozen words hold the most different query words. */
  function densest(words, locs) {
    var best = locs[0];
    var bestCount = 0;
    locs.forEach(function (loc) {
      var seen = {};
      locs.forEach(function (other) {
        if (other >= loc && other < loc + 16) seen[normalise(cleanTerms(words[other] || ""))] = true;
      });
      var count = Object.keys(seen).length;
      if (count > bestCount) { best = loc; bestCount = count; }
    });
    return best;
  }

  function sectionHits(data) {
    return (data.sub_results || []).filter(function (s) { return s.anchor; })
      .map(function (s) {
        return { title: cleanTerms(s.title), url: s.url, excerpt: cleanTerms(s.excerpt) };
      });
  }

  /* --- the compact offline index ---------------------------------------------------- */

  var offlineIndex = null;

  function loadOffline() {
    if (offlineIndex) return offlineIndex;
    offlineIndex = new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL("search/offline-index.js", base).href;
      script.onload = function () { resolve(expandOffline(window.pbOfflineIndex)); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
    return offlineIndex;
  }

  /* The compact index (search_offline.py) as pages with their words, filters and clauses. */
  function expandOffline(index) {
    var names = index.names;
    var pages = index.pages.map(function (p) {
      var filters = {};
      Object.keys(p.x || {}).forEach(function (k) {
        filters[k] = p.x[k].map(function (n) { return names[n]; });
      });
      var clauses = (p.c || []).map(function (c) {
        return [typeof c[0] === "number" ? "clause-" + c[0] : c[0], names[c[1]]];
      });
      var facts = p.f ? [names[p.f[0]], p.f[1], names[p.f[2]]] : [];
      var words = [p.t, p.s || ""].concat(facts, clauses.map(function (c) { return c[1]; }));
      Object.keys(filters).forEach(function (k) { words = words.concat(filters[k]); });
      return {
        url: p.u, title: p.t, kind: p.k || "letter", facts: facts, filters: filters,
        clauses: clauses,
        text: " " + words.join(" ").toLowerCase().split(/\s+/).map(normalise).join(" ")
      };
    });
    return { fields: index.fields, pages: pages };
  }

  function offlineSearch(query, filters) {
    return loadOffline().then(function (index) { return offlineMatch(index, query, filters); });
  }

  function offlineMatch(index, query, filters) {
    var words = (query || "").toLowerCase().replace(/["']/g, " ").split(/\s+/)
      .map(normalise).filter(Boolean);
    var fields = index.fields;
    var found = index.pages.filter(function (page) {
      var text = page.text;
      if (!words.every(function (w) { return text.indexOf(" " + w) >= 0; })) return false;
      return Object.keys(filters).every(function (key) {
        var wanted = filters[key];
        var have = page.filters[key] || [];
        return !wanted.length || wanted.some(function (v) { return have.indexOf(v) >= 0; });
      });
    });
    var counts = {};
    found.forEach(function (page) {
      Object.keys(page.filters).forEach(function (key) {
        counts[key] = counts[key] || {};
        page.filters[key].forEach(function (v) { counts[key][v] = (counts[key][v] || 0) + 1; });
      });
    });
    return {
      total: found.length,
      filters: counts,
      results: found.map(function (page) {
        return { load: function () { return Promise.resolve(offlineView(page, fields, words)); } };
      })
    };
  }

  function offlineView(page, fields, words) {
    return {
      url: page.url,
      title: page.title,
      kind: page.kind,
      draft: (page.filters.status || []).indexOf("Draft") >= 0,
      facts: page.facts.map(function (value, i) { return [fields[i], value]; })
        .filter(function (f) { return f[1]; }),
      excerpt: "",
      hits: page.clauses.filter(function (c) {
        return words.length && words.some(function (w) { return normalise(c[1]).indexOf(w) >= 0; });
      }).map(function (c) {
        return { title: c[1], url: page.url + "#" + c[0], excerpt: "" };
      })
    };
  }
  window.pbOfflineMatch = offlineMatch; /* for the tests */

  function href(url) {
    if (offline) return new URL(url, base).href;
    return url; /* Pagefind's URLs already start with the site's path */
  }

  /* --- showing results ---------------------------------------------------------------- */

  function resultHtml(result, hitLimit) {
    var facts = result.facts.map(function (f) {
      return '<span class="pb-field"><span class="pb-field-label">' + escapeHtml(f[0]) +
        "</span> " + shownInvisible(escapeHtml(f[1])) + "</span>";
    }).join("");
    var main = '<a href="' + escapeHtml(href(result.url)) + '" class="md-search-result__link" tabindex="-1">' +
      '<article class="md-search-result__article md-typeset">' +
      "<h1>" + shownInvisible(escapeHtml(result.title)) +
      (result.draft ? ' <span class="pb-draft-mark">Draft</span>' : "") + "</h1>" +
      (facts ? '<p class="pb-search-facts">' + facts + "</p>" : "") +
      (result.excerpt && !result.hits.length ? "<p>" + shownInvisible(result.excerpt) + "</p>" : "") +
      "</article></a>";
    var hits = result.hits.slice(0, hitLimit).map(function (hit) {
      return '<a href="' + escapeHtml(href(hit.url)) + '" class="md-search-result__link pb-search-hit" tabindex="-1">' +
        '<article class="md-search-result__article md-typeset">' +
        '<h2><span class="pb-search-clause">' + escapeHtml(hit.title) + "</span></h2>" +
        (hit.excerpt ? "<p>" + shownInvisible(hit.excerpt) + "</p>" : "") + "</article></a>";
    }).join("");
    return '<li class="md-search-result__item" data-pb-kind="' + escapeHtml(result.kind) + '">' +
      main + hits + "</li>";
  }

  /* --- the header box ---------------------------------------------------------------- */

  var input = box.querySelector("[data-pb-search-input]");
  var list = box.querySelector("[data-pb-search-list]");
  var meta = box.querySelector("[data-pb-search-meta]");
  var all = box.querySelector("[data-pb-search-all]");
  var toggle = document.getElementById("__search");
  var latest = 0;
  meta.textContent = HINT;

  function open() {
    if (toggle && !toggle.checked) toggle.checked = true;
    input.setAttribute("aria-expanded", "true");
    if (offline) loadOffline(); else loadPagefind();
  }

  function close() {
    if (toggle) toggle.checked = false;
    input.setAttribute("aria-expanded", "false");
    input.blur();
  }

  function pageUrl(query, filters) {
    var url = new URL(searchPage.href);
    if (query) url.searchParams.set("q", query);
    Object.keys(filters || {}).forEach(function (key) {
      filters[key].forEach(function (v) { url.searchParams.append(key, v); });
    });
    return url.href;
  }

  /* Search the box's words and show the results. Resolves once the first result is on screen
     (or the search failed); the others may still be on their way. */
  function update() {
    var query = input.value.trim();
    var mine = ++latest;
    if (!query) {
      list.innerHTML = "";
      meta.textContent = HINT;
      all.hidden = true;
      return Promise.resolve();
    }
    function failed(error) {
      if (mine === latest) meta.textContent = searchFailed(error);
    }
    meta.textContent = "Searching…";
    mark("query");
    return runSearch(query, {}, false, HEADER_RESULTS).then(function (found) {
      var shown = found.results.slice(0, HEADER_RESULTS);
      return (shown.length ? shown[0].load() : Promise.resolve(null)).then(function (best) {
        if (mine !== latest) return;
        showFirst(found, query, best, shown.length);
        showRest(shown.slice(1), mine).then(function (done) {
          if (!done) return;
          mark("all-results");
          list.setAttribute("data-pb-query", query); /* all the results of this query are shown */
        }).catch(failed);
      });
    }).catch(failed);
  }

  /* The best result on screen as soon as it is loaded, with a hidden place for each other. */
  function showFirst(found, query, best, count) {
    meta.textContent = found.total === 0 ? "No letter or page has all these words" :
      found.total === 1 ? "1 matching page" : found.total + " matching pages";
    list.innerHTML = (best ? resultHtml(best, 3) : "") + new Array(count).join("<li hidden></li>");
    all.href = pageUrl(query);
    all.textContent = "All " + found.total + " results, with filters";
    all.hidden = found.total === 0;
    list.setAttribute("data-pb-showing", query);
    list.removeAttribute("data-pb-query");
    mark("first-result");
  }

  /* The other results, each into its place as its fragment arrives; true once all are shown. */
  function showRest(results, mine) {
    var places = Array.prototype.slice.call(list.children, 1);
    return Promise.all(results.map(function (r, i) {
      return r.load().then(function (v) {
        if (mine === latest) places[i].outerHTML = resultHtml(v, 3);
      });
    })).then(function () { return mine === latest; });
  }

  function searchFailed(error) {
    if (location.protocol === "file:" && !offline) {
      return "Search needs the site served by a web server (see the hosting guide)";
    }
    return "Search could not load: " + (error && error.message ? error.message : error);
  }

  function links() {
    return Array.prototype.slice.call(box.querySelectorAll(".md-search-result__link, [data-pb-search-all]:not([hidden])"));
  }

  function move(step) {
    var items = links();
    if (!items.length) return;
    var at = items.indexOf(document.activeElement);
    var next = at + step;
    if (next < 0) { input.focus(); return; }
    items[Math.min(next, items.length - 1)].focus();
  }

  /* Fetch the index chunks for the words typed so far while the box waits to search. */
  function preload() {
    var query = input.value.trim();
    if (!query || offline) return;
    loadPagefind().then(function (engine) {
      return engine.pf.preload(rewrite(query, engine.rules));
    }).catch(function () { /* update() says why search failed */ });
  }

  /* Search as the reader types, at once but one search at a time: a keystroke during a search
     searches again when its first result is on screen. A query of one or two characters waits
     for a pause in the typing (its words' index chunks are many, and seldom wanted). */
  var timer = null;
  var busy = false;
  var again = false;

  function search() {
    if (busy) { again = true; return; }
    busy = true;
    update().then(function () {
      busy = false;
      if (again) { again = false; search(); }
    });
  }

  input.addEventListener("input", function () {
    mark("typed");
    clearTimeout(timer);
    preload();
    if (input.value.trim().length < 3) timer = setTimeout(search, SHORT_QUERY_WAIT_MS);
    else search();
  });
  input.addEventListener("focus", open);
  /* Load search before the reader types: once the page is idle, or when they reach for the
     box. Pagefind's script, WebAssembly and index entry are about 170 KB, fetched once (the
     browser keeps them for the next page); the offline index waits for the box. */
  function warmUp() {
    if (offline) loadOffline();
    else loadPagefind().catch(function () { /* update() says why search failed */ });
  }
  ["pointerover", "touchstart", "focusin"].forEach(function (type) {
    box.addEventListener(type, warmUp, { once: true, passive: true });
  });
  if (!offline && location.protocol !== "file:" && window.requestIdleCallback) {
    requestIdleCallback(warmUp, { timeout: 2000 });
  }
  box.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    var first = box.querySelector(".md-search-result__link");
    location.href = first ? first.href : pageUrl(input.value.trim());
  });
  box.querySelector("form").addEventListener("reset", function () {
    setTimeout(function () { update(); input.focus(); }, 0);
  });
  box.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
    else if (event.key === "Escape") { event.preventDefault(); close(); }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "/" || event.key === "s" || event.key === "f") {
      event.preventDefault();
      input.focus();
    }
  });
  if (toggle) {
    toggle.addEventListener("change", function () {
      if (toggle.checked) input.focus(); else input.setAttribute("aria-expanded", "false");
    });
  }

  /* --- the search page --------------------------------------------------------------- */

  var page = document.querySelector("[data-pb-search-page]");
  if (page) searchPageApp(page);

  function searchPageApp(root) {
    var labels = {};
    var order = JSON.parse(root.getAttribute("data-pb-filters")).map(function (pair) {
      labels[pair[0]] = pair[1];
      return pair[0];
    });
    var form = root.querySelector("[data-pb-search-form]");
    var queryInput = root.querySelector("[data-pb-search-query]");
    var status = root.querySelector("[data-pb-search-status]");
    var facets = root.querySelector("[data-pb-search-facets]");
    var results = root.querySelector("[data-pb-search-results]");
    var more = root.querySelector("[data-pb-search-more]");
    var covers = root.querySelector("[data-pb-search-covers]");
    if (offline) covers.textContent = covers.getAttribute("data-offline");
    var state = readUrl();
    var found = null;
    var shown = 0;
    var run = 0;

    function readUrl() {
      var params = new URLSearchParams(location.search);
      var filters = {};
      order.forEach(function (key) {
        var values = params.getAll(key);
        if (values.length) filters[key] = values;
      });
      return { query: params.get("q") || "", filters: filters };
    }

    function writeUrl() {
      history.replaceState(null, "", pageUrl(state.query, state.filters));
    }

    function go() {
      var mine = ++run;
      queryInput.value = state.query;
      status.textContent = "Searching…";
      runSearch(state.query, state.filters, true, PAGE_RESULTS).then(function (f) {
        if (mine !== run) return;
        found = f;
        shown = 0;
        results.innerHTML = "";
        var filtered = Object.keys(state.filters).length;
        status.textContent = (f.total === 1 ? "1 result" : f.total + " results") +
            (state.query ? " for " + state.query : "") +
          (filtered ? " with the filters chosen" : "") + (state.query ? "" : ", newest first");
        drawFacets(f.filters);
        return showMore().then(function () {
          if (mine === run) results.setAttribute("data-pb-shown", location.search);
        });
      }).catch(function (error) {
        if (mine === run) status.textContent = searchFailed(error);
      });
    }

    function showMore() {
      var next = found.results.slice(shown, shown + PAGE_RESULTS);
      shown += next.length;
      more.hidden = shown >= found.total;
      return Promise.all(next.map(function (r) { return r.load(); })).then(function (views) {
        results.insertAdjacentHTML("beforeend", views.map(function (v) { return resultHtml(v, 5); }).join(""));
      });
    }

    /* Below the width where the filters stack above the results (search.css), they start
       folded into one "Filters" line that names the values ticked, and inside it a group starts
       closed unless one of its values is ticked: open, they pushed the results off a phone's
       screen. What the reader opens or closes stays so when the counts are redrawn. */
    var stacked = window.matchMedia("(max-width: 50em)");

    function drawFacets(counts) {
      var was = {};
      facets.querySelectorAll("details[data-facet-group]").forEach(function (group) {
        was[group.getAttribute("data-facet-group")] = group.open;
      });
      var all = "" in was ? was[""] : !stacked.matches;
      var chosen = order.filter(function (key) { return state.filters[key]; }).map(function (key) {
        return labels[key] + ": " + state.filters[key].join(", ");
      }).join("; ");
      var groups = groupsHtml(counts, was);
      facets.innerHTML = groups && '<details class="pb-facets-all" data-facet-group=""' +
        (all ? " open" : "") + "><summary>Filters" + (chosen ? " (" + escapeHtml(chosen) + ")" : "") +
        "</summary>" + groups + "</details>";
    }

    function groupsHtml(counts, was) {
      return order.filter(function (key) {
        return counts[key] && Object.keys(counts[key]).length;
      }).map(function (key) {
        var values = Object.keys(counts[key]).filter(function (v) {
          return counts[key][v] > 0 || (state.filters[key] || []).indexOf(v) >= 0;
        });
        if (!values.length) return "";
        values.sort(key === "year" || key === "decade" ?
          function (a, b) { return b.localeCompare(a); } :
          function (a, b) { return counts[key][b] - counts[key][a] || a.localeCompare(b); });
        var items = values.map(function (v) {
          var on = (state.filters[key] || []).indexOf(v) >= 0;
          return '<li><label><input type="checkbox" data-facet="' + escapeHtml(key) + '" value="' +
            escapeHtml(v) + '"' + (on ? " checked" : "") + "> " + escapeHtml(v) +
            ' <span class="pb-facet-count">' + counts[key][v] + "</span></label></li>";
        }).join("");
        var open = key in was ? was[key] : !stacked.matches || (state.filters[key] || []).length > 0;
        return '<details class="pb-facet" data-facet-group="' + escapeHtml(key) + '"' +
          (open ? " open" : "") + "><summary>" + escapeHtml(labels[key]) +
          "</summary><ul>" + items + "</ul></details>";
      }).join("");
    }

    facets.addEventListener("change", function (event) {
      var box = event.target;
      var key = box.getAttribute("data-facet");
      if (!key) return;
      var values = (state.filters[key] || []).filter(function (v) { return v !== box.value; });
      if (box.checked) values.push(box.value);
      if (values.length) state.filters[key] = values; else delete state.filters[key];
      writeUrl();
      go();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      state.query = queryInput.value.trim();
      writeUrl();
      go();
    });
    more.addEventListener("click", showMore);
    go();
  }
})();
