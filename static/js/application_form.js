// Progressive enhancement of the application form; without it the form works the same, with
// every section shown and "Add an end user" posting the form back for one more row.
(function () {
  "use strict";
  var form = document.querySelector(".application-form");
  if (!form) { return; }

  // Facial-recognition details: shown only when facial recognition is selected.
  var details = form.querySelector("[data-facial-recognition]");
  var frBox = form.querySelector('input[name="capabilities"][value="facial_recognition"]');
  var note = form.querySelector("[data-fr-note]");
  function toggleDetails() {
    if (!details || !frBox) { return; }
    details.hidden = !frBox.checked;
    if (note) { note.hidden = true; }
  }
  if (frBox) { frBox.addEventListener("change", toggleDetails); toggleDetails(); }

  // End users: add rows from the template, hide rows marked for removal.
  var rows = form.querySelector("[data-end-users]");
  var template = document.getElementById("end-user-template");
  var total = form.querySelector('input[name="end_users-TOTAL_FORMS"]');
  var addButton = form.querySelector("[data-add-end-user]");
  if (rows && template && total && addButton) {
    addButton.addEventListener("click", function (event) {
      event.preventDefault();
      var index = parseInt(total.value, 10) || 0;
      var html = template.innerHTML.replace(/__prefix__/g, String(index));
      var holder = document.createElement("div");
      holder.innerHTML = html;
      var row = holder.firstElementChild;
      rows.appendChild(row);
      total.value = String(index + 1);
      var first = row.querySelector("input[type=text]");
      if (first) { first.focus(); }
    });
  }
  if (rows) {
    rows.addEventListener("change", function (event) {
      var box = event.target;
      if (box.name && /-DELETE$/.test(box.name)) {
        var row = box.closest("[data-end-user-row]");
        if (row) { row.classList.toggle("removed", box.checked); }
      }
    });
  }
})();
