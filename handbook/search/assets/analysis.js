/* Search analysis of the handbook, running inside Material's search worker.
 *
 * HANDBOOK_SEARCH = {lang, rules, polish, ...} is prepended by handbook/search/worker.py:
 * `rules` is handbook/search/rules.json, `polish` Snowball's Polish tables exported
 * from the snowballstemmer package. handbook/search/analysis.py applies the same
 * rules in Python; tests/browser/test_search.py checks both give the same terms.
 */
(function (lunr, setup) {
  "use strict";

  var rules = setup.rules;
  var language = rules.languages[setup.lang];
  var separator = new RegExp(rules.separator);
  var edges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
  var marks = /\p{Mn}/gu;
  var letters = /^\p{L}+$/u;
  var porter = lunr.stemmer;

  function fold(term) {
    var bare = term.normalize("NFD").replace(marks, "");
    var out = "";
    for (var i = 0; i < bare.length; i++) {
      var c = bare.charAt(i);
      out += Object.prototype.hasOwnProperty.call(rules.fold, c) ? rules.fold[c] : c;
    }
    return out;
  }

  var stopWords = Object.create(null);
  language.stop_words.forEach(function (w) { stopWords[w] = true; stopWords[fold(w)] = true; });

  /* A port of Snowball's generated Polish stemmer (snowballstemmer 3.1.1,
   * polish_stemmer.py and basestemmer.py), statement by statement. */
  function polishStemmer(t) {
    var current, cursor, limit, limitBackward, bra, ket, p1;
    var vowels = Object.create(null);
    t.g_v.forEach(function (c) { vowels[c] = true; });
    var methods = { r_R1: function () { return p1 <= cursor; } };

    function goOutGrouping() {
      while (cursor < limit) { if (vowels[current.charAt(cursor)]) return true; cursor++; }
      return false;
    }
    function goInGrouping() {
      while (cursor < limit) { if (!vowels[current.charAt(cursor)]) return true; cursor++; }
      return false;
    }
    function findAmongB(v) {
      var i = 0, j = v.length, c = cursor, lb = limitBackward;
      var commonI = 0, commonJ = 0, firstKeyInspected = false;
      for (;;) {
        var k = i + ((j - i) >> 1), diff = 0, common = Math.min(commonI, commonJ), w = v[k];
        for (var i2 = w[0].length - 1 - common; i2 >= 0; i2--) {
          if (c - common === lb) { diff = -1; break; }
          diff = current.charCodeAt(c - 1 - common) - w[0].charCodeAt(i2);
          if (diff !== 0) break;
          common++;
        }
        if (diff < 0) { j = k; commonJ = common; } else { i = k; commonI = common; }
        if (j - i <= 1) {
          if (i > 0 || j === i || firstKeyInspected) break;
          firstKeyInspected = true;
        }
      }
      for (;;) {
        var a = v[i];
        if (commonI >= a[0].length) {
          cursor = c - a[0].length;
          if (a[3] === null) return a[2];
          if (methods[a[3]]()) { cursor = c - a[0].length; return a[2]; }
        }
        i = a[1];
        if (i < 0) return 0;
      }
    }
    function sliceFrom(s) {
      var adjustment = s.length - (ket - bra);
      current = current.slice(0, bra) + s + current.slice(ket);
      limit += adjustment;
      if (cursor >= ket) cursor += adjustment; else if (cursor > bra) cursor = bra;
      ket = bra + s.length;
    }
    function markRegions() {
      p1 = limit;
      if (!goOutGrouping()) return;
      cursor++;
      if (!goInGrouping()) return;
      cursor++;
      p1 = cursor;
    }
    function removeEndings() {
      var v1 = limit - cursor;
      if (cursor >= p1) {
        var v3 = limitBackward;
        limitBackward = p1;
        ket = cursor;
        if (findAmongB(t.a_0) === 0) {
          limitBackward = v3;
        } else {
          bra = cursor;
          limitBackward = v3;
          sliceFrom("");
        }
      }
      cursor = limit - v1;
      ket = cursor;
      var amongVar = findAmongB(t.a_2);
      if (amongVar === 0) return false;
      bra = cursor;
      if (amongVar === 1) {
        sliceFrom("");
      } else if (amongVar === 2) {
        sliceFrom("s");
      } else if (amongVar === 3) {
        var v4 = limit - cursor;
        if (methods.r_R1()) { sliceFrom(""); } else { cursor = limit - v4; sliceFrom("s"); }
      } else if (amongVar === 4) {
        sliceFrom("ł");
      } else {
        sliceFrom("");
        var v5 = limit - cursor;
        ket = cursor;
        amongVar = findAmongB(t.a_1);
        if (amongVar === 0) {
          cursor = limit - v5;
        } else {
          bra = cursor;
          sliceFrom(t.as_1[amongVar - 1]);
        }
      }
      var v6 = limit - cursor;
      ket = cursor;
      if (cursor <= limitBackward || current.charAt(cursor - 1) !== "'") {
        cursor = limit - v6;
      } else {
        cursor--;
        bra = cursor;
        sliceFrom("");
      }
      return true;
    }
    function normalizeConsonant() {
      ket = cursor;
      var amongVar = findAmongB(t.a_3);
      if (amongVar === 0) return false;
      bra = cursor;
      if (cursor <= limitBackward) return false;
      sliceFrom(t.as_3[amongVar - 1]);
      return true;
    }
    return function (word) {
      current = word; cursor = 0; limit = word.length; limitBackward = 0; bra = 0; ket = limit;
      var v1 = cursor;
      markRegions();
      cursor = v1;
      var v2 = cursor;
      if (cursor + 2 <= limit) {
        cursor += 2;
        limitBackward = cursor;
        cursor = limit;
        if (removeEndings()) return current;
      }
      cursor = v2;
      limitBackward = cursor;
      cursor = limit;
      normalizeConsonant();
      return current;
    };
  }

  var stemmers = {
    polish: polishStemmer(setup.polish),
    porter: function (word) { return porter(new lunr.Token(word)).toString(); }
  };
  var stem = stemmers[language.stemmer];

  var steps = {
    trim: function (s) { return s.replace(edges, ""); },
    stop: function (s) { return stopWords[s] ? "" : s; },
    // Identifiers (94, l2113) are kept whole: stemming is for words.
    stem: function (s) { return letters.test(s) ? stem(s) : s; },
    fold: fold
  };

  /* The index term of one lower-cased token, or "" when it is not indexed. */
  function analyse(token) {
    for (var i = 0; i < language.steps.length && token; i++) token = steps[language.steps[i]](token);
    return token;
  }

  /* The index is built in Python (handbook/search/prebuilt.py) with this analysis as its
   * pipeline function, serialised under the same label: lunr.Index.load finds it here. */
  function analysis(token) {
    var term = analyse(token.toString());
    return term ? token.update(function () { return term; }) : undefined;
  }
  lunr.Pipeline.registerFunction(analysis, "handbook-analysis-" + setup.lang);
  /* Whether an unmatched query term is worth listing as missing (not a stop word). */
  function isWord(term) {
    var s = steps.trim(term);
    return Boolean(s && !stopWords[s]);
  }

  /* Material's query syntax appends "*" to every query term, and lunr skips the pipeline
   * for wildcard terms: analyse each clause's term here, so that "spółdzielniami" or
   * "spoldzielnia" meet the analysed index term "spoldzieln". The typed word is kept for
   * typo tolerance; clauses made of index terms already (`analysed`) are left alone. */
  var clause = lunr.Query.prototype.clause;
  lunr.Query.prototype.clause = function (c) {
    var m = !c.analysed && typeof c.term === "string" ? /^(\*?)([^*]+)(\*?)$/.exec(c.term) : null;
    if (m) {
      var term = analyse(m[2]);
      if (!term) return this;
      c.word = steps.trim(m[2]);
      // "94" or "d" as prefixes would match 940 or every word in d: short terms match whole.
      var prefix = term.length >= rules.prefix_min_length ? m[3] : "";
      c.term = m[1] + term + prefix;
      c.usePipeline = false;
    }
    return clause.call(this, c);
  };

  lunr.handbook = { analyse: analyse, fold: fold, isWord: isWord, separator: separator };
})(self.lunr, HANDBOOK_SEARCH);
