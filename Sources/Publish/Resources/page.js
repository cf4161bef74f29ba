// index.html's script, inlined into the page. The page is complete without it; it only adds
// sorting to the data tables and, when the page is served over HTTP, the stage times of
// manifest.json (a file:// page may not read other files, so there the manifest stays a link).
(function () {
  "use strict";

  function sortKey(cell) {
    var key = cell.getAttribute("data-sort");
    if (key === null) { return cell.textContent.trim().toLowerCase(); }
    return key === "" ? null : Number(key);
  }

  function compare(a, b) {
    if (a === b) { return 0; }
    if (a === null) { return 1; }          // unknown values sort last, whichever the direction
    if (b === null) { return -1; }
    if (typeof a === "number" && typeof b === "number") { return a - b; }
    return String(a) < String(b) ? -1 : 1;
  }

  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var order = compare(sortKey(r1.cells[column]), sortKey(r2.cells[column]));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function showStageTimes() {
    var box = document.getElementById("stage-times");
    if (!box || !/^https?:$/.test(window.location.protocol) || !window.fetch) { return; }
    fetch("manifest.json").then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (manifest) {
      if (!manifest || !Array.isArray(manifest.stages) || manifest.stages.length === 0) { return; }
      var body = box.querySelector("tbody");
      manifest.stages.forEach(function (stage) {
        var row = body.insertRow();
        // The stage's name is manifest.json's key, shown as one; the seconds as the page's language writes them.
        row.insertCell().appendChild(document.createElement("code")).textContent = String(stage.name);
        var seconds = row.insertCell();
        seconds.className = "num";
        seconds.textContent = Number(stage.seconds).toFixed(2).replace(".", box.getAttribute("data-decimal-separator") || ".");
      });
      box.hidden = false;
    }).catch(function () { /* the link to manifest.json is still there */ });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), makeSortable);
  showStageTimes();
}());
