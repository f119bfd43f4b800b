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

  // The site menu is a disclosure on a phone; on a wide screen it is simply open.
  var menu = document.querySelector("details.site-menu");
  if (menu && window.matchMedia("(min-width: 48rem)").matches) {
    menu.open = true;
  }

  // Fields that grow with their text, where the browser cannot do it with CSS (field-sizing).
  var sizesItself = window.CSS && CSS.supports && CSS.supports("field-sizing", "content");
  function fit(field) {
    if (!sizesItself && field.matches("textarea.grow")) {
      field.style.height = "auto";
      field.style.height = field.scrollHeight + 2 + "px";
    }
  }
  document.querySelectorAll("textarea.grow").forEach(fit);
  document.addEventListener("input", function (event) { fit(event.target); });

  // A section opens when the outline or a checklist link leads into it.
  function reveal(hash) {
    var target = hash && hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    var section = target && target.closest("details");
    if (section) { section.open = true; }
  }
  reveal(window.location.hash);
  window.addEventListener("hashchange", function () { reveal(window.location.hash); });

  // Leaving the editor with changes not saved asks first. The page itself says when what it shows
  // is not saved yet (after a list button or Apply level without this script).
  var editor = document.querySelector("form.editor");
  var dirty = editor && editor.getAttribute("data-unsaved") === "true";
  var submitting = false;
  function markDirty() {
    dirty = true;
    var state = editor.querySelector(".save-state");
    if (state) { state.textContent = "Unsaved changes"; }
  }
  if (editor) {
    editor.addEventListener("input", markDirty);
    editor.addEventListener("change", markDirty);
    editor.addEventListener("submit", function () { submitting = true; });
    window.addEventListener("beforeunload", function (event) {
      if (dirty && !submitting) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  }

  // Editable lists: add, remove and move rows in place instead of a round trip to the server.
  // The server reads rows in document order, so moving the elements is all it takes.
  function clearRow(row) {
    row.querySelectorAll("input, textarea").forEach(function (field) {
      field.value = "";
      field.removeAttribute("aria-invalid");
      field.removeAttribute("aria-describedby");
      fit(field);
    });
    row.querySelectorAll(".error").forEach(function (message) { message.remove(); });
    row.classList.remove("has-error");
  }

  // Ids, labels ("Metric 3") and which arrows can move follow each row's place in the list.
  function renumber(list) {
    var rows = list.querySelectorAll(":scope > li");
    rows.forEach(function (row, index) {
      row.querySelectorAll("[id]").forEach(function (element) {
        var id = element.id.replace(/-\d+$/, "-" + index);
        var label = row.querySelector("label[for='" + element.id + "']");
        element.id = id;
        if (label) {
          label.setAttribute("for", id);
          var numbered = label.getAttribute("data-numbered");
          if (numbered) { label.textContent = numbered + " " + (index + 1); }
        }
      });
      row.querySelectorAll("button[name='edit']").forEach(function (button) {
        var parts = button.value.split(":");
        var verb = parts[0];
        button.value = verb + ":" + parts[1] + ":" + index;
        if (verb === "up") { button.disabled = index === 0; }
        if (verb === "down") { button.disabled = index === rows.length - 1; }
        var label = button.getAttribute("aria-label");
        if (label) { button.setAttribute("aria-label", label.replace(/\d+( (up|down))?$/, (index + 1) + "$1")); }
      });
    });
  }

  // An Add button follows the list it adds to (a fieldset may hold several, as a template's levels do).
  function listBefore(button) {
    var element = button.previousElementSibling;
    while (element && !element.matches("ol.rows")) { element = element.previousElementSibling; }
    return element;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[name='edit']");
    if (!button || button.value === "level") {
      return;
    }
    var verb = button.value.split(":")[0];
    var list = verb === "add" ? listBefore(button) : button.closest("ol.rows");
    var row = button.closest("li");
    if (!list) {
      return;
    }
    event.preventDefault();
    if (editor) { markDirty(); }
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
    } else if (verb === "down" && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
    }
    renumber(list);
    if (verb !== "remove") {
      // The pressed arrow may have become disabled at the end of the list: keep the focus on the row.
      (button.disabled ? row.querySelector("textarea, input") : button).focus();
    }
  });
}());
