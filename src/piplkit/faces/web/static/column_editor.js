/* The dataset form's column editor: add and remove rows in place, and show the sensitivity
   the PI catalogue gives the chosen type (the server applies the same rule on save; without
   this script the form still works, with a few empty rows and a remove box per row). */
(function () {
  "use strict";

  function init(editor) {
    var tbody = editor.querySelector("tbody");
    var template = editor.querySelector("template.col-template");
    var add = editor.querySelector(".col-add");
    var max = parseInt(editor.getAttribute("data-max"), 10) || 500;
    var next = parseInt(editor.getAttribute("data-next"), 10) || 0;
    var rules = {};
    template.content.querySelectorAll("option[data-choice]").forEach(function (option) {
      rules[option.value] = {
        choice: option.getAttribute("data-choice"),
        sensitive: option.getAttribute("data-default") === "1",
        reason: option.getAttribute("data-reason") || ""
      };
    });
    // rows already on the page count from their highest index
    tbody.querySelectorAll("input.col-name").forEach(function (input) {
      var index = parseInt(input.name.split("-")[1], 10);
      if (index >= next) { next = index + 1; }
    });

    function renumber() {
      tbody.querySelectorAll("tr.col-row").forEach(function (row, i) {
        row.querySelector(".col-no").textContent = String(i + 1);
      });
    }

    function enhance(row) {
      var box = row.querySelector(".col-remove");
      var button = row.querySelector(".col-remove-btn");
      if (box && button) {
        box.hidden = true;
        box.querySelector("input").disabled = true;
        button.hidden = false;
      }
    }

    function apply(row) {
      var select = row.querySelector("select.col-type");
      var rule = rules[select.value];
      var box = row.querySelector("input.col-sensitive");
      var reason = row.querySelector(".col-reason");
      if (!rule) { return; }  // a stored type the catalogue no longer holds: leave it
      box.checked = rule.sensitive;
      box.disabled = rule.choice === "fixed";
      reason.textContent = rule.reason;
    }

    function addRow() {
      if (tbody.querySelectorAll("tr.col-row").length >= max) { return; }
      var fragment = template.content.cloneNode(true);
      var index = String(next++);
      fragment.querySelectorAll("[name]").forEach(function (element) {
        element.name = element.name.replace("__i__", index);
      });
      fragment.querySelectorAll("option").forEach(function (option) {
        option.removeAttribute("data-choice");
        option.removeAttribute("data-default");
        option.removeAttribute("data-reason");
      });
      var row = fragment.querySelector("tr");
      enhance(row);
      tbody.appendChild(fragment);
      renumber();
      row.querySelector("input.col-name").focus();
    }

    tbody.querySelectorAll("tr.col-row").forEach(enhance);
    add.hidden = false;
    add.addEventListener("click", addRow);
    tbody.addEventListener("change", function (event) {
      if (event.target.matches("select.col-type")) { apply(event.target.closest("tr")); }
    });
    tbody.addEventListener("click", function (event) {
      var button = event.target.closest(".col-remove-btn");
      if (!button) { return; }
      button.closest("tr").remove();
      renumber();
    });
  }

  function start() {
    document.querySelectorAll("[data-column-editor]").forEach(init);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
