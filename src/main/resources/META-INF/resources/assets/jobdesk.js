// Progressive enhancement only: every form works without this script.
(function () {
  "use strict";

  // Ask before steps that are hard to undo (forms marked data-confirm).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // Editable lists: add, remove and move rows in place instead of a round trip to the server.
  // The server reads rows in document order, so moving the elements is all it takes.
  function clearRow(row) {
    row.querySelectorAll("input, textarea").forEach(function (field) {
      field.value = "";
      field.removeAttribute("aria-invalid");
      field.removeAttribute("aria-describedby");
    });
    row.querySelectorAll(".error").forEach(function (message) { message.remove(); });
    row.classList.remove("has-error");
  }

  function renumber(list) {
    list.querySelectorAll(":scope > li").forEach(function (row, index) {
      row.querySelectorAll("[id]").forEach(function (element) {
        var id = element.id.replace(/-\d+$/, "-" + index);
        var label = row.querySelector("label[for='" + element.id + "']");
        element.id = id;
        if (label) { label.setAttribute("for", id); }
      });
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[name='edit']");
    if (!button || button.value === "level") {
      return;
    }
    var verb = button.value.split(":")[0];
    var list = verb === "add"
      ? button.closest("fieldset").querySelector("ol.rows")
      : button.closest("ol.rows");
    var row = button.closest("li");
    if (!list) {
      return;
    }
    event.preventDefault();
    if (verb === "add") {
      var template = list.querySelector(":scope > li:last-child");
      var added = template.cloneNode(true);
      clearRow(added);
      list.appendChild(added);
      renumber(list);
      var first = added.querySelector("input, textarea");
      if (first) { first.focus(); }
      return;
    }
    if (verb === "remove") {
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      if (next) { (next.querySelector("input, textarea") || next).focus(); }
    } else if (verb === "up" && row.previousElementSibling) {
      list.insertBefore(row, row.previousElementSibling);
      button.focus();
    } else if (verb === "down" && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
      button.focus();
    }
    renumber(list);
  });
}());
