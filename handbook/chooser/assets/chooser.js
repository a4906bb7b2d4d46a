/* "Which route?" chooser: the rules of handbook/routes.py, run on the published table.
 *
 * The table (data/routes.json, embedded in the page as #chooser-table) is the only source of the rules.
 * readAnswers, amountOn and evaluate mirror handbook/routes.py line for line; a browser test compares the
 * two over a grid of answers around every threshold. Change both or neither.
 */
(function () {
  "use strict";

  // -- the rules (mirrored in handbook/routes.py) ---------------------------------------------------

  function amountOn(threshold, date) {
    for (var i = 0; i < threshold.periods.length; i++) {
      var p = threshold.periods[i];
      if (p.from <= date && (!p.to || date <= p.to)) return p.amount;
    }
    return null;
  }

  function readAnswers(table, params) {
    var answers = {}, missing = [], errors = [];
    var spaces = new RegExp(table.number.spaces, "g"), pattern = new RegExp(table.number.pattern);
    table.questions.forEach(function (q) {
      var raw = params.get(q.id);
      if (raw === null || raw === "") {
        missing.push(q.id);
      } else if (q.kind === "number") {
        var digits = raw.replace(spaces, "");
        if (pattern.test(digits)) answers[q.id] = parseInt(digits, 10);
        else errors.push({param: q.id, value: raw, kind: "number"});
      } else if (q.options.some(function (o) { return o.id === raw; })) {
        answers[q.id] = raw;
      } else {
        errors.push({param: q.id, value: raw, kind: "choice"});
      }
    });
    return {answers: answers, missing: missing, errors: errors};
  }

  function holds(cond, answers, thresholds, date) {
    var value = answers[cond.answer];
    if (cond.op === "in") return cond.values.indexOf(value) !== -1;
    var amount = amountOn(thresholds[cond.threshold], date);
    switch (cond.op) {
      case "at-least": return value >= amount;
      case "above": return value > amount;
      case "below": return value < amount;
      case "at-most": return value <= amount;
    }
    throw new Error("unknown operator " + cond.op);
  }

  // params: a URLSearchParams (or anything with get(name) returning a string or null).
  function evaluate(table, params, date) {
    date = date || table.legal_state;
    var read = readAnswers(table, params);
    var result = {answers: read.answers, missing: read.missing, errors: read.errors, fits: [], fails: {}};
    if (read.missing.length || read.errors.length) return result;
    var thresholds = {};
    table.thresholds.forEach(function (t) { thresholds[t.id] = t; });
    table.routes.forEach(function (route) {
      var failed = [];
      route.conditions.forEach(function (cond, i) {
        if (!holds(cond, read.answers, thresholds, date)) failed.push(i);
      });
      if (failed.length) result.fails[route.id] = failed;
      else result.fits.push(route.id);
    });
    return result;
  }

  window.HandbookChooser = {amountOn: amountOn, readAnswers: readAnswers, evaluate: evaluate};

  // -- the page ---------------------------------------------------------------------------------------

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, k) { return values[k]; });
  }

  function start() {
    var root = document.getElementById("chooser");
    var tableNode = document.getElementById("chooser-table");
    if (!root || !tableNode) return;
    var table = JSON.parse(tableNode.textContent);
    var ui = JSON.parse(document.getElementById("chooser-ui").textContent);
    var lang = root.getAttribute("data-lang"), siteRoot = root.getAttribute("data-root");
    var form = document.getElementById("chooser-form");
    var results = document.getElementById("chooser-results");
    var rejected = document.getElementById("chooser-rejected");
    var messages = document.getElementById("chooser-messages");
    var answersBox = document.getElementById("chooser-answers");
    var questions = {}, thresholds = {};
    table.questions.forEach(function (q) { questions[q.id] = q; });
    table.thresholds.forEach(function (t) { thresholds[t.id] = t; });
    root.classList.add("chooser-js");

    // Absolute addresses, so that a printed result shows where each link leads.
    function href(url) { return new URL(siteRoot + url[lang], window.location.href).href; }

    function link(item) { return el("a", {href: href(item.url)}, [item.label[lang]]); }

    function restore(params) {
      table.questions.forEach(function (q) {
        var raw = params.get(q.id);
        if (q.kind === "number") {
          form.elements[q.id].value = raw === null ? "" : raw;
        } else {
          Array.prototype.forEach.call(form.querySelectorAll('input[name="' + q.id + '"]'), function (input) {
            input.checked = input.value === raw;
          });
        }
      });
    }

    function paramsFromForm() {
      var params = new URLSearchParams();
      table.questions.forEach(function (q) {
        var value = q.kind === "number" ? form.elements[q.id].value
          : (form.querySelector('input[name="' + q.id + '"]:checked') || {}).value;
        if (value) params.set(q.id, value);
      });
      return params;
    }

    function answerLabel(q, value) {
      if (q.kind === "number") return value.toLocaleString(ui.locale) + " " + ui.units[q.unit];
      return q.options.filter(function (o) { return o.id === value; })[0].label[lang];
    }

    function note(text, cls) { return el("p", {"class": cls || "chooser-unconfirmed"}, [ui.unconfirmed + ": " + text]); }

    function conditionItem(cond) {
      var item = el("li", {}, [cond.text[lang] + " – ", link(cond.provision)]);
      if (!cond.confirmed) item.appendChild(note(cond.unconfirmed[lang]));
      return item;
    }

    function thresholdItem(id) {
      var t = thresholds[id];
      var period = t.periods.filter(function (p) {
        return p.from <= table.legal_state && (!p.to || table.legal_state <= p.to);
      })[0];
      var item = el("li", {}, [t.label[lang] + ": " + t.text[lang] + " (" + ui.from + " " + period.from +
        (period.to ? ", " + ui.to + " " + period.to : "") + "; ", el("a", {href: period.source.url}, [period.source.title]),
        ") – ", link(t.provision)]);
      if (!period.confirmed) item.appendChild(note(period.unconfirmed[lang]));
      return item;
    }

    function section(title, items, ordered) {
      if (!items.length) return null;
      return el("div", {"class": "chooser-part"}, [el("h4", {}, [title]), el(ordered ? "ol" : "ul", {}, items)]);
    }

    function routeCard(route, index) {
      var limits = route.conditions.filter(function (c) { return c.op !== "in"; })
        .map(function (c) { return c.threshold; }).concat(route.limits)
        .filter(function (id, i, all) { return all.indexOf(id) === i; });
      var card = el("article", {"class": "chooser-route", "data-route": route.id, "aria-labelledby": "chooser-route-" + index}, [
        el("h3", {id: "chooser-route-" + index}, [route.title[lang]]),
        el("p", {}, [route.summary[lang]])
      ]);
      if (!route.confirmed) card.appendChild(el("p", {"class": "chooser-unconfirmed"}, [ui.route_unconfirmed]));
      [
        section(ui.provisions, route.provisions.map(function (p) { return el("li", {}, [link(p)]); })),
        section(ui.conditions_met, route.conditions.map(conditionItem)),
        section(ui.limits, limits.map(thresholdItem)),
        section(ui.to_check, route.checks.map(function (c) {
          var item = el("li", {}, [c.text[lang] + " – ", link(c.provision)]);
          if (!c.confirmed) item.appendChild(note(c.unconfirmed[lang]));
          return item;
        })),
        section(ui.steps, route.steps.map(function (s) { return el("li", {}, [s[lang]]); }), true),
        section(ui.cases, route.cases.length ? route.cases.map(function (c) {
          return el("li", {}, [el("a", {href: href(c.url)}, [c.title[lang]])]);
        }) : [el("li", {}, [ui.no_cases])])
      ].forEach(function (part) { if (part) card.appendChild(part); });
      return card;
    }

    function clear() {
      [results, rejected, messages, answersBox].forEach(function (node) { node.textContent = ""; });
      document.body.classList.remove("chooser-has-result");
    }

    function describe(param) { return format(ui.param, {param: param, label: questions[param].label[lang]}); }

    function render(params) {
      clear();
      var asked = table.questions.some(function (q) { return params.get(q.id) !== null; });
      if (!asked) return;
      var result = evaluate(table, params);
      if (result.errors.length || result.missing.length) {
        var list = el("ul", {}, []);
        result.errors.forEach(function (e) {
          var q = questions[e.param];
          list.appendChild(el("li", {"data-param": e.param}, [format(ui["bad_" + e.kind], {
            param: e.param, label: q.label[lang], value: e.value,
            allowed: e.kind === "choice" ? q.options.map(function (o) { return o.id; }).join(", ") : ""
          })]));
        });
        if (result.missing.length) {
          list.appendChild(el("li", {"data-missing": result.missing.join(" ")},
            [ui.missing + " " + result.missing.map(describe).join("; ") + "."]));
        }
        messages.appendChild(el("p", {}, [ui.no_route]));
        messages.appendChild(list);
        return;
      }
      document.body.classList.add("chooser-has-result");
      answersBox.appendChild(el("h2", {}, [ui.answers]));
      answersBox.appendChild(el("dl", {}, table.questions.reduce(function (out, q) {
        return out.concat([el("dt", {}, [q.label[lang]]), el("dd", {}, [answerLabel(q, result.answers[q.id])])]);
      }, [])));
      results.appendChild(el("h2", {id: "chooser-results-title", tabindex: "-1"},
        [format(ui.fits_count, {n: result.fits.length, total: table.routes.length})]));
      if (!result.fits.length) results.appendChild(el("p", {}, [ui.none_fit]));
      table.routes.forEach(function (route, i) {
        if (result.fits.indexOf(route.id) !== -1) results.appendChild(routeCard(route, i));
      });
      var others = table.routes.filter(function (r) { return result.fails[r.id]; });
      if (others.length) {
        rejected.appendChild(el("h2", {}, [ui.rejected]));
        rejected.appendChild(el("ul", {}, others.map(function (route) {
          return el("li", {"data-rejected": route.id}, [el("strong", {}, [route.title[lang]]), ": " + ui.fails + " ",
            result.fails[route.id].map(function (i) { return route.conditions[i].text[lang]; }).join("; ") + "."]);
        })));
      }
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var params = paramsFromForm();
      var query = params.toString();
      window.history.pushState(null, "", window.location.pathname + (query ? "?" + query : ""));
      render(params);
      // Keyboard and screen-reader users land on what changed: the count of routes, or the messages.
      (document.getElementById("chooser-results-title") || messages).focus();
    });
    window.addEventListener("popstate", function () {
      var params = new URLSearchParams(window.location.search);
      restore(params);
      render(params);
    });
    var initial = new URLSearchParams(window.location.search);
    restore(initial);
    render(initial);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
