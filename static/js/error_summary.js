// A form's error summary: focused when the page loads, so screen readers read it and keyboard
// users start there; its links move focus to the field itself (a fragment link only scrolls).
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) { return; }
  var details = summary.closest("details");
  if (details) { details.open = true; }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest('a[href^="#"]');
    if (!link) { return; }
    var field = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (!field) { return; }
    event.preventDefault();
    var section = field.closest("details");
    if (section) { section.open = true; }
    field.focus();
    field.scrollIntoView({ block: "center" });
  });
})();
