/* On a page opened from a search result (?h=terms), mark the words whose analysed
 * form starts with a searched term. Material's own highlighter compares the page's
 * raw text with the terms, which the handbook's analysis has stemmed and folded:
 * "spoldzieln" never meets "spółdzielnia". HANDBOOK_FOLD (rules.json's extra
 * letters) is prepended by handbook/search/worker.py. */
(function (extra) {
  "use strict";
  var query = new URL(location.href).searchParams.get("h");
  if (!query) return;
  var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  var marks = /\p{Mn}/gu;

  function fold(word) {
    var bare = word.toLowerCase().normalize("NFD").replace(marks, "");
    return bare.replace(/./gu, function (c) { return extra[c] || c; });
  }
  function matches(word) {
    var folded = fold(word);
    return terms.some(function (t) { return folded.lastIndexOf(t, 0) === 0; });
  }
  function mark(node) {
    var text = node.nodeValue, words = /[\p{L}\p{N}]+/gu, found, last = 0, parts = [];
    while ((found = words.exec(text))) {
      if (!matches(found[0])) continue;
      parts.push(document.createTextNode(text.slice(last, found.index)));
      var m = document.createElement("mark");
      m.setAttribute("data-md-highlight", "");
      m.textContent = found[0];
      parts.push(m);
      last = found.index + found[0].length;
    }
    if (!parts.length) return;
    parts.push(document.createTextNode(text.slice(last)));
    node.replaceWith.apply(node, parts);
  }

  var content = document.querySelector(".md-content");
  if (!content) return;
  var walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      return node.parentElement.closest("mark, script, style, code") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    }
  });
  var nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  nodes.forEach(mark);
})(HANDBOOK_FOLD);
