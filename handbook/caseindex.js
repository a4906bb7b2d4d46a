/* Case index filters (handbook/caseindex.py writes the page and inlines this script).
   Each <select name=N data-attr=A> keeps the cards whose data-A lists its value; filters combine.
   The choice lives in the address (?N=value&...), so a filtered view can be linked and is restored on load.
   The script knows no vocabulary: options and card attributes come from the same Python data. */
(function () {
  "use strict";
  var form = document.getElementById("case-filters");
  var list = document.getElementById("case-list");
  if (!form || !list) { return; }
  var cards = Array.prototype.slice.call(list.children);
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var count = document.getElementById("case-count");
  var empty = document.getElementById("case-empty");
  var mapped = Array.prototype.slice.call(document.querySelectorAll(".hb-map [data-case]"));

  function keeps(card, select) {
    if (!select.value) { return true; }
    var values = (card.getAttribute("data-" + select.getAttribute("data-attr")) || "").split(" ");
    return values.indexOf(select.value) !== -1;
  }

  function restore() {
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var wanted = params.get(select.name) || "";
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === wanted; });
      select.value = known ? wanted : "";  // an unknown value is dropped from the address below
    });
  }

  function remember() {
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      if (select.value) { params.set(select.name, select.value); } else { params.delete(select.name); }
    });
    var query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
  }

  function apply() {
    var visible = {};
    var shown = 0;
    cards.forEach(function (card) {
      var keep = selects.every(function (select) { return keeps(card, select); });
      card.hidden = !keep;
      if (keep) { shown += 1; visible[card.getAttribute("data-case")] = true; }
    });
    mapped.forEach(function (item) {  // markers and the map's list follow the filters
      var keep = visible[item.getAttribute("data-case")] === true;
      if (item.tagName.toLowerCase() === "li") { item.hidden = !keep; } else { item.style.display = keep ? "" : "none"; }
    });
    count.textContent = count.getAttribute("data-template")
      .replace("{shown}", String(shown)).replace("{total}", String(cards.length));
    empty.hidden = shown !== 0;
    remember();
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.getElementById("case-filters-reset").addEventListener("click", function () {
    selects.forEach(function (select) { select.value = ""; });
    apply();
    selects[0].focus();
  });
  form.hidden = false;
  restore();
  apply();
}());
