/* Search waits for the reader: no index and no worker until the search box is used.
 *
 * Material's page code starts its search worker and requests search/search_index.json as the page
 * loads. This script, which runs before Material's bundle (a page "polyfill", added by the hooks),
 * holds both back until the reader focuses the search box, opens the search toggle or arrives with
 * ?q= in the address: the worker (and with it the prebuilt index it loads) starts then, and the
 * held request goes out. Under file:// the Worker it wraps is the iframe-worker shim's.
 */
(function () {
  "use strict";
  var Base = window.Worker;
  var active = false, waiting = [];
  var SEARCH_WORKER = /\/handbook-search\.[\w-]+\.js(?:[?#]|$)/;
  var SEARCH_INDEX = /\/search\/search_index\.json(?:[?#]|$)/;

  function activate() {
    if (active) return;
    active = true;
    waiting.splice(0).forEach(function (start) { start(); });
  }

  /* The worker sends the texts of the first pages of results only (assets/search.js): the others'
   * come when asked for, AHEAD pages at a time, while the list Material draws (10 pages, then 4 more
   * at each scroll to its end) comes within AHEAD / 2 of the pages that have their texts. */
  var TEXTS = "handbook-texts", AHEAD = 20;
  function Texts(worker) {
    var result = null, filled = 0, asked = 0;
    function ask() {
      if (!result || asked > filled || filled >= result.items.length) return;
      var drawn = document.querySelectorAll(".md-search-result__list > .md-search-result__item").length;
      if (drawn + AHEAD / 2 < filled) return;
      asked = filled + AHEAD;
      worker.postMessage({ type: TEXTS, query: result.handbook.query, from: filled, to: asked });
    }
    document.addEventListener("scroll", ask, { capture: true, passive: true });
    return {
      result: function (data) { result = data; filled = asked = data.handbook.sent; ask(); },
      texts: function (data) {
        if (!result || data.query !== result.handbook.query) return;
        data.texts.forEach(function (texts, k) {
          result.items[data.from + k].forEach(function (item, n) { item.text = texts[n]; });
        });
        filled = data.from + data.texts.length;
        ask();
      }
    };
  }

  /* A worker that starts when search is wanted (or is first sent a message), queueing messages till then. */
  function LazyWorker(url, options) {
    var target = new EventTarget(), real = null, queue = [];
    function start() {
      if (real) return;
      real = new Base(url, options);
      var texts = Texts(real);
      ["message", "error", "messageerror"].forEach(function (type) {
        real.addEventListener(type, function (ev) {
          var data = ev.data;
          if (type === "message" && data && data.type === TEXTS) return texts.texts(data);
          if (type === "message" && data && data.type === 3 && data.data && data.data.handbook) texts.result(data.data);
          var copy = type === "error" ? new ErrorEvent("error", ev) : new MessageEvent(type, { data: ev.data });
          target.dispatchEvent(copy);
          if (typeof target["on" + type] === "function") target["on" + type](copy);
        });
      });
      queue.splice(0).forEach(function (args) { real.postMessage.apply(real, args); });
    }
    target.postMessage = function () {
      if (real) return real.postMessage.apply(real, arguments);
      queue.push(arguments);
      start();
    };
    target.terminate = function () { if (real) real.terminate(); };
    if (active) start(); else waiting.push(start);
    return target;
  }

  window.Worker = function (url, options) {
    return SEARCH_WORKER.test(String(url)) ? LazyWorker(url, options) : new Base(url, options);
  };
  window.Worker.prototype = Base.prototype;

  /* Material's request for the index stub is held until search is wanted. */
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.handbookSearch = SEARCH_INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this, args = arguments;
    if (!xhr.handbookSearch || active) return send.apply(xhr, args);
    waiting.push(function () { send.apply(xhr, args); });
  };

  if (new URLSearchParams(location.search).has("q")) activate();  // Material opens search with it
  document.addEventListener("focusin", function (ev) {
    if (ev.target.closest && ev.target.closest("form[name=search]")) activate();
  });
  document.addEventListener("change", function (ev) {
    if (ev.target.id === "__search" && ev.target.checked) activate();  // the search toggle, on small screens
  });
})();
