/* The handbook's search worker: Material's worker protocol, a prebuilt lunr index, typo tolerance.
 *
 * Material's page code talks to its search worker in four messages (SETUP, READY, QUERY, RESULT);
 * this worker answers them as Material's own does (same query syntax, ranking and result shape),
 * with two differences. The index is not built here: handbook/search/prebuilt.py built it at build
 * time and this worker loads it with lunr.Index.load (SETUP's own documents are an empty stub). And a
 * query word that finds too little is tried again with one or two typing errors forgiven, by the
 * rule in rules.json's "typo", which handbook/search/harness.py applies in Python the same way.
 *
 * Prepended by handbook/search/worker.py: HANDBOOK_SEARCH (lang, rules, index: the index's URL
 * relative to this script), HANDBOOK_FETCH (the index's response, requested first), lunr.js, then the
 * analysis (assets/analysis.js).
 */
(function (lunr, setup) {
  "use strict";

  /* Performance marks (handbook:*) of loading and querying, read by tests/searching.py. */
  function timeMark(name) { if (self.performance && performance.mark) performance.mark("handbook:" + name); }
  timeMark("script");
  var timings = self.__handbookTimings = [];  // per query, milliseconds in each step
  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;  // Material's SearchMessageType
  // Marking words costs most of a query: mark the results Material shows first (10 pages, then 4
  // more at a time as the list is scrolled), and in each the texts it shows before "more on this page".
  var MARKED_PAGES = 10, MARKED_TEXTS = 3;
  /* What the page is sent: the result list whole, but texts only for the pages Material draws at once
   * (10). Sending every result's text cost most of a query at 1,000 cases (the page decodes it on its
   * main thread); assets/loader.js asks for later pages' texts (TEXTS) as the list is scrolled. */
  var SENT_PAGES = MARKED_PAGES, TEXTS = "handbook-texts";
  var typo = setup.rules.typo;
  var handbook = lunr.handbook;
  var here = typeof document !== "undefined" && document.currentScript
    ? document.currentScript.src : self.location.href;
  var url = new URL(setup.index, here.replace(/[?#].*$/, ""));

  /* Under file:// Material runs workers in an iframe (its iframe-worker shim) that can load
   * scripts but not fetch files: the index then comes as a script beside the JSON. */
  function loadIndex() {
    timeMark("fetch");
    if (url.protocol === "file:") {
      var script = url.href.replace(/\.json$/, ".js");
      return Promise.resolve(importScripts(script)).then(function () { timeMark("parsed"); return self.__handbookIndex; });
    }
    return (self.HANDBOOK_FETCH || fetch(url)).then(function (response) {  // HANDBOOK_FETCH: worker.py
      if (!response.ok) throw new Error("search index " + url + ": " + response.status);
      return response.text();
    }).then(function (text) { timeMark("fetched"); var data = JSON.parse(text); timeMark("parsed"); return data; });
  }

  /* lunr's idf of a term and its score in a field from its frequency there (prebuilt.idf and
   * prebuilt.score in Python): lunr's builder's formula with b = 0, to three decimals as lunr keeps it. */
  function idf(withTerm, documents) {
    var x = (documents - withTerm + 0.5) / (withTerm + 0.5);
    return Math.log(1 + Math.abs(x));
  }
  function score(tf, termIdf, boost, k1) {
    return Math.round(termIdf * ((k1 + 1) * tf) / (k1 + tf) * boost * 1000) / 1000;
  }

  /* The lunr.Index of the compact index (prebuilt.postings), made directly: what lunr.Index.load
   * would make of lunr's serialised form (prebuilt.expand in Python) without building that form,
   * which took most of the loading time. The field vectors are views into one array of (term,
   * score) pairs, filled in two passes over the postings; a term's posting (lunr's object of
   * field -> document -> metadata, the collector's heaviest load) is made when a query first
   * looks it up. No posting has metadata: all share one empty object. */
  var NO_METADATA = Object.freeze({});

  /* The lunr.TokenSet of a list of words, as a plain trie: lunr's TokenSet.Builder also merges equal
   * suffixes, which took most of the loading time (the Polish index's 6,400 terms, longer and more
   * than the English 5,200, made it the slower), and a query walks either graph alike. */
  function trie(words) {
    var root = new lunr.TokenSet();
    words.forEach(function (word) {
      var node = root;
      for (var i = 0; i < word.length; i++) {
        var c = word.charAt(i);
        node = node.edges[c] || (node.edges[c] = new lunr.TokenSet());
      }
      node.final = true;
    });
    return root;
  }
  function load(packed) {
    if (packed.version !== lunr.version) console.warn("Version mismatch when loading serialised index.");
    var fields = packed.fields, n = packed.documents, postings = packed.postings, f, i, ref;
    var boosts = packed.boosts, k1 = packed.k1;
    var ends = new Uint32Array(fields.length * n + 1);
    postings.forEach(function (cells) {
      for (f = 0; f < fields.length; f++)
        for (i = 0, ref = 0; i < cells[f].length; i += 2) ends[f * n + (ref += cells[f][i]) + 1] += 2;
    });
    for (i = 1; i < ends.length; i++) ends[i] += ends[i - 1];
    var pairs = new Float64Array(ends[ends.length - 1]), fill = ends.slice(0, -1);
    var numbers = new Map();
    packed.terms.forEach(function (term, number) {
      var cells = postings[number], withTerm = 0;
      for (f = 0; f < fields.length; f++) withTerm += cells[f].length / 2;
      var termIdf = idf(withTerm, n);
      for (f = 0; f < fields.length; f++) {
        var cell = cells[f], once = cell.length ? score(1, termIdf, boosts[f], k1) : 0;  // most terms occur once
        for (i = 0, ref = 0; i < cell.length; i += 2) {
          var at = fill[f * n + (ref += cell[i])], tf = cell[i + 1];
          pairs[at] = number;
          pairs[at + 1] = tf === 1 ? once : score(tf, termIdf, boosts[f], k1);
          fill[f * n + ref] = at + 2;
        }
      }
      numbers.set(term, number);
    });
    var vectors = {};
    for (f = 0; f < fields.length; f++)
      for (var d = 0; d < n; d++)
        vectors[fields[f] + "/" + d] = new lunr.Vector(pairs.subarray(ends[f * n + d], ends[f * n + d + 1]));
    function posting(number) {
      var out = { _index: number }, cells = postings[number];
      fields.forEach(function (field, f) {
        var docs = out[field] = {};
        for (var i = 0, ref = 0; i < cells[f].length; i += 2) docs[ref += cells[f][i]] = NO_METADATA;
      });
      return out;
    }
    var made = Object.create(null);
    var inverted = new Proxy(made, {
      get: function (target, term) {
        if (term in target || !numbers.has(term)) return target[term];
        return (target[term] = posting(numbers.get(term)));
      },
      has: function (target, term) { return numbers.has(term); }
    });
    return new lunr.Index({ invertedIndex: inverted, fieldVectors: vectors, tokenSet: trie(packed.terms),
                            fields: fields, pipeline: lunr.Pipeline.load(packed.pipeline) });
  }

  /* Material's query transformation (integrations/search/query/transform): quoted phrases become
   * required terms, stray operators go, and every term gets a trailing wildcard. */
  function transform(query, fn) {
    return query.trim()
      .split(/"([^"]+)"/g)
      .map(function (parts, index) {
        return index & 1 ? parts.replace(/^\b|^(?![^\x00-\x7F]|$)|\s+/g, " +") : parts;
      })
      .join("")
      .replace(/"|(?:^|\s+)[*+\-:^~]+(?=\s+|$)/g, "")
      .split(/\s+/g)
      .reduce(function (prev, term) { return prev.concat(fn(term)); }, [])
      .map(function (term) { return /([~^]$)/.test(term) ? term + "1" : term; })
      .map(function (term) { return /(^[+-]|[~^]\d+$)/.test(term) ? term : term + "*"; })
      .join(" ");
  }

  /* Material's term splitting (integrations/search/query): each query word is cut by the
   * index's separator, keeping its operators. */
  function transformSearchQuery(query) {
    var separator = new RegExp(handbook.separator.source, "g");
    return transform(query, function (part) {
      var terms = [];
      var lexer = new lunr.QueryLexer(part);
      lexer.run();
      lexer.lexemes.forEach(function (lexeme) {
        if (lexeme.type === "FIELD" && ["title", "text", "tags"].indexOf(lexeme.str) < 0) {
          part = part.slice(0, lexeme.end) + " " + part.slice(lexeme.end + 1);
        } else if (lexeme.type === "TERM") {
          lexeme.str.split(separator).forEach(function (piece) {
            if (piece) terms.push(part.slice(0, lexeme.start) + piece + part.slice(lexeme.end));
          });
        }
      });
      return terms;
    });
  }

  function Search(data) {
    var self = this;
    this.docs = data.docs;
    this.index = load(data.index);
    timeMark("loaded");
    this.page = data.docs.map(function (doc) { return doc.location.split("#")[0]; });
    this.article = {};  // page location -> number of its page-level document
    data.docs.forEach(function (doc, i) {
      if (!(self.page[i] in self.article)) self.article[self.page[i]] = i;
    });
    this.wordsOf = data.words;
    this.terms = null;  // folded word -> index terms it gives
    this.words = null;  // those words as a lunr.TokenSet, for fuzzy matching
    this.answered = 0;  // queries answered: the number of the last, whose unsent texts are kept
    this.unsent = [];
  }

  /* The words of typo tolerance, made when first needed (or when the worker is idle after READY):
   * only a word that finds too little needs them, and making them took a fifth of the loading time. */
  Search.prototype.typoWords = function () {
    if (this.words) return this.words;
    var terms = this.terms = Object.create(null), words = [], wordsOf = this.wordsOf;
    Object.keys(wordsOf).forEach(function (term) {
      wordsOf[term].forEach(function (word) {
        if (!terms[word]) { terms[word] = []; words.push(word); }
        terms[word].push(term);
      });
    });
    this.words = trie(words);
    timeMark("words");
    return this.words;
  };

  /* How many pages hold a term the clause matches, counted up to `enough`. */
  Search.prototype.pages = function (term, enough) {
    var index = this.index, pages = {}, count = 0, self = this;
    index.tokenSet.intersect(lunr.TokenSet.fromString(term)).toArray().some(function (t) {
      var posting = index.invertedIndex[t];
      return index.fields.some(function (field) {
        return Object.keys(posting[field]).some(function (ref) {
          var page = self.page[ref];
          if (!pages[page]) { pages[page] = true; count++; }
          return count >= enough;
        });
      });
    });
    return count;
  };

  /* The index terms of the words one or two typing errors away from the clause's word, when the
   * clause finds fewer pages than the rule asks for (rules.json "typo"). */
  Search.prototype.corrections = function (clause) {
    var word = handbook.fold(clause.word || "");
    if (clause.presence !== lunr.Query.presence.OPTIONAL || word.length < typo.min_length ||
        !/^\p{L}+$/u.test(word) || this.pages(clause.term, typo.retry_below) >= typo.retry_below) return [];
    var edits = word.length >= typo.long_length ? 2 : 1, own = clause.term.replace(/\*$/, ""), out = [], self = this;
    this.typoWords().intersect(lunr.TokenSet.fromFuzzyString(word, edits)).toArray().forEach(function (w) {
      self.terms[w].forEach(function (t) { if (t !== own && out.indexOf(t) < 0) out.push(t); });
    });
    return out.sort();
  };

  /* The query's clauses (analysed by assets/analysis.js), each with the terms it may be
   * corrected to, and lunr's results for all of them. */
  Search.prototype.query = function (text) {
    var query = new lunr.Query(this.index.fields);
    new lunr.QueryParser(text, query).parse();
    var clauses = query.clauses.slice(), extra = [], self = this, t = performance.now();
    clauses.forEach(function (clause) {
      clause.corrections = self.corrections(clause);
      clause.corrections.forEach(function (term) {
        extra.push({ term: term, analysed: true, usePipeline: false, boost: typo.boost,
                     presence: lunr.Query.presence.OPTIONAL, wildcard: lunr.Query.wildcard.NONE,
                     fields: self.index.fields });
      });
    });
    this.correcting = performance.now() - t;
    extra.forEach(function (c) { query.clause(c); });
    var results = this.index.query(function (q) { q.clauses = query.clauses; });
    return { clauses: clauses, results: results };
  };

  /* Material's getSearchQueryTerms: which query terms a document matched (a correction counts for
   * the term it stands for, under its own name, so that the page opened marks it), which non-stop-word
   * terms it misses, and the share of the query's terms it matched. */
  function queryTerms(clauses, matched) {
    var terms = {}, counted = 0, hits = 0;
    clauses.forEach(function (clause) {
      if (clause.presence === lunr.Query.presence.PROHIBITED) return;
      var term = clause.term.replace(/^\*|\*$/g, "");
      var fixed = clause.corrections.filter(function (c) { return matched.indexOf(c) >= 0; });
      if (matched.some(function (m) { return m.lastIndexOf(term, 0) === 0; })) terms[term] = true;
      else if (fixed.length) fixed.forEach(function (c) { terms[c] = true; });
      else if (handbook.isWord(term)) terms[term] = false;
      else return;
      counted++;
      if (terms[term] !== false) hits++;
    });
    return { terms: terms, share: counted ? hits / counted : 0 };
  }

  /* Top-level blocks of a document's HTML, as Material's extract() cuts them: [start, end). */
  function blocks(html) {
    var out = [], depth = 0, start = 0;
    var tags = /<(\/?)[^>]*?(\/?)>/g, m;
    while ((m = tags.exec(html))) {
      if (m[1]) { if (--depth === 0) out.push([start, tags.lastIndex]); }
      else if (!m[2]) { if (depth++ === 0) start = m.index; }
    }
    return out.length ? out : [[0, html.length]];
  }

  var analysed = new Map();  // word -> term: result texts repeat their words
  function termOf(word) {
    var term = analysed.get(word);
    if (term === undefined) analysed.set(word, term = handbook.analyse(word.toLowerCase()) || "");
    return term;
  }

  /* A tag, or a word: a run of what the separator (rules.json) does not match. The separator
   * is a character class ("[...]+|&[lg]t;"): its complement, in one pattern, marks a whole
   * fragment in one pass. */
  var separatorClass = /^\[(.*)\]\+(\|.*)?$/.exec(setup.rules.separator);
  var tagOrWord = new RegExp("<[^>]*>|[^<" + separatorClass[1] + "]+", "gu");

  /* Mark the words of an HTML fragment whose term is one of `terms`; returns null if none is. */
  function mark(html, terms) {
    var found = false;
    var out = html.replace(tagOrWord, function (piece) {
      if (piece.charCodeAt(0) === 60 || !terms[termOf(piece)]) return piece;  // 60: "<"
      found = true;
      return "<mark>" + piece + "</mark>";
    });
    return found ? out : null;
  }

  /* Material's result text: its first two blocks with a match, marked; otherwise the text as is. */
  function teaser(text, terms) {
    if (!Object.keys(terms).length) return text;
    var slices = [];
    blocks(text).some(function (b) {
      var marked = mark(text.slice(b[0], b[1]), terms);
      if (marked) slices.push(marked);
      return slices.length === 2;
    });
    return slices.length ? slices.join("") : text;
  }

  /* Material's Search.search: lunr's score boosted for pages and for the share of query terms
   * matched, results grouped by page, each group led by its page. */
  Search.prototype.search = function (text) {
    var query = transformSearchQuery(text);
    if (!query) return { items: [] };
    var t0 = performance.now();
    var found = this.query(query), clauses = found.clauses, self = this, groups = {}, order = [];
    var t1 = performance.now();
    found.results.map(function (result) {
      var matched = Object.keys(result.matchData.metadata), terms = queryTerms(clauses, matched);
      var top = self.article[self.page[result.ref]] === +result.ref ? 1 : 0;
      return { ref: +result.ref, score: result.score * (1 + Math.pow(top + terms.share, 2)), terms: terms.terms,
               matched: matched, metadata: result.matchData.metadata };
    })
      .sort(function (a, b) { return b.score - a.score; })
      .forEach(function (hit) {
        var page = self.page[hit.ref];
        if (!groups[page]) { groups[page] = []; order.push(page); }
        groups[page].push(hit);
      });
    var t2 = performance.now(), unsent = [];
    var out = {
      handbook: { query: ++this.answered, sent: SENT_PAGES },
      items: order.map(function (page, rank) {
        var hits = groups[page], article = self.article[page];
        if (!hits.some(function (h) { return h.ref === article; })) hits.push({ ref: article, score: 0, terms: {}, matched: [], metadata: {} });
        if (rank >= SENT_PAGES) unsent.push(hits.map(function (hit) { return hit.ref; }));
        return hits.map(function (hit, n) {
          var doc = self.docs[hit.ref], marks = { title: {}, text: {} };
          // As Material, a field is marked only for the terms matched in it.
          if (rank < MARKED_PAGES) hit.matched.forEach(function (t) {
            Object.keys(hit.metadata[t]).forEach(function (field) { if (marks[field]) marks[field][t] = true; });
          });
          var item = { location: doc.location, score: hit.score, terms: hit.terms,
                       title: mark(doc.title, marks.title) || doc.title,
                       text: rank >= SENT_PAGES ? "" : n < MARKED_TEXTS ? teaser(doc.text, marks.text) : doc.text };
          if (doc.tags) item.tags = doc.tags;
          return item;
        });
      })
    };
    this.unsent = unsent;  // per page from SENT_PAGES on, its documents' numbers
    timings.push({ corrections: this.correcting, query: t1 - t0 - this.correcting, rank: t2 - t1, assemble: performance.now() - t2, results: found.results.length });
    return out;
  };

  /* The texts of the last query's pages [from, to), as Material would have shown them: beyond the
   * pages it marks, a document's text as is. */
  Search.prototype.texts = function (query, from, to) {
    if (query !== this.answered) return null;  // a later query's results replaced them
    var docs = this.docs;
    return this.unsent.slice(from - SENT_PAGES, to - SENT_PAGES).map(function (refs) {
      return refs.map(function (ref) { return docs[ref].text; });
    });
  };

  var search, ready = loadIndex().then(function (data) { search = new Search(data); });

  addEventListener("message", function (ev) {
    var message = ev.data;
    if (message.type === SETUP) {
      ready.then(function () {
        postMessage({ type: READY });
        setTimeout(function () { search.typoWords(); }, 0);
      },
                 function (err) { console.warn(err); });
    } else if (message.type === TEXTS) {
      ready.then(function () {
        var texts = search.texts(message.query, message.from, message.to);
        if (texts) postMessage({ type: TEXTS, query: message.query, from: message.from, texts: texts });
      });
    } else if (message.type === QUERY) {
      ready.then(function () {
        var data;
        try { data = search.search(message.data); }
        catch (err) { console.warn("Invalid query: " + message.data, err); data = { items: [] }; }
        var t = performance.now();
        postMessage({ type: RESULT, data: data });
        if (timings.length) timings[timings.length - 1].post = performance.now() - t;
      });
    }
  });

  Search.prototype.transform = transformSearchQuery;
  lunr.handbook.Search = Search;
  lunr.handbook.load = load;
  lunr.handbook.score = score;
})(self.lunr, HANDBOOK_SEARCH);
