/* supervision — small vanilla JS: autosave, PHI highlighting, preview, idle warning, confirmations.
   Pages work without it; it makes writing safe and quick. No inline script (CSP). */
(function () {
  "use strict";

  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";

  function postJSON(url, payload) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf, "Accept": "application/json" },
      body: JSON.stringify(payload)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, data: data, redirected: response.redirected };
      });
    });
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      var args = arguments, self = this;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(self, args); }, ms);
    };
  }

  /* ---------- confirmations ---------- */
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });

  /* ---------- idle warning ---------- */
  var idle = parseInt(document.body.dataset.idleTimeout || "0", 10);
  if (idle > 0) {
    var warning = document.getElementById("idle-warning");
    var stay = document.getElementById("stay-signed-in");
    var check = function () {
      fetch("/session", { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (s) {
          if (!s.signed_in) { warning.hidden = true; return; }
          warning.hidden = s.remaining_seconds > 120;
        }).catch(function () {});
    };
    setInterval(check, 30000);
    if (stay) {
      stay.addEventListener("click", function () {
        postJSON("/session/keepalive", {}).then(function () { warning.hidden = true; });
      });
    }
  }

  /* ---------- PHI warnings on comments, replies and reasons others read ---------- */
  Array.prototype.forEach.call(document.querySelectorAll("textarea.phi-warn, input.phi-warn"), function (area) {
    var note = area.form.querySelector(".phi-warning");
    if (!note) {
      note = document.createElement("p");
      note.className = "phi-warning";
      note.setAttribute("role", "status");
      note.hidden = true;
      area.insertAdjacentElement("afterend", note);
    }
    area.addEventListener("input", debounce(function () {
      if (!area.value.trim()) { note.hidden = true; return; }
      postJSON("/notes/phi-scan", { text: area.value }).then(function (res) {
        var allowed = area.dataset.phiAllow;  // a dismissal's reason may name what it dismisses
        var found = ((res.data && res.data.findings) || []).filter(function (f) { return f.text !== allowed; });
        if (found.length) {
          note.textContent = "Possible identifiers: " + found.map(function (f) {
            return f.kind.toLowerCase() + " \u201c" + f.text + "\u201d";
          }).join(", ") + ". Please rephrase with client codes.";
          note.hidden = false;
        } else {
          note.hidden = true;
        }
      });
    }, 500));
  });

  /* ---------- keyboard shortcuts on a note (listed on /help) ---------- */
  var shortcuts = document.getElementById("shortcuts");
  if (shortcuts) {
    document.addEventListener("keydown", function (event) {
      var tag = (event.target.tagName || "").toLowerCase();
      if (event.ctrlKey || event.metaKey || event.altKey || tag === "input" || tag === "textarea" || tag === "select" || event.target.isContentEditable) { return; }
      if (event.key === "n" && shortcuts.dataset.next) { window.location.assign(shortcuts.dataset.next); }
      else if (event.key === "?") { window.location.assign(shortcuts.dataset.help); }
      else if (event.key === "c") {
        var summary = document.querySelector("#review textarea[name=summary]");
        if (summary) { event.preventDefault(); summary.scrollIntoView({ block: "center" }); summary.focus(); }
      } else if (event.key === "s") {
        var attest = document.querySelector("#review input[name=attestation]");
        if (attest) { event.preventDefault(); attest.scrollIntoView({ block: "center" }); attest.focus(); }
      }
    });
  }

  /* ---------- annotations: select text, annotate; marks and margin cards point at each other ---------- */
  var annotatable = document.getElementById("annotatable");
  if (annotatable) {
    var flash = function (el) {
      el.classList.add("flash");
      setTimeout(function () { el.classList.remove("flash"); }, 1500);
    };
    annotatable.addEventListener("click", function (event) {
      var mark = event.target.closest("mark.hl");
      if (!mark || String(window.getSelection()).length) { return; }
      var card = document.getElementById("annotation-" + mark.dataset.ids.split(" ")[0]);
      if (card) { card.scrollIntoView({ behavior: "smooth", block: "center" }); card.focus({ preventScroll: true }); flash(card); }
    });
    Array.prototype.forEach.call(document.querySelectorAll(".quote-link"), function (link) {
      link.addEventListener("click", function (event) {
        var mark = document.getElementById("mark-" + link.dataset.mark);
        if (!mark) { return; }
        event.preventDefault();
        mark.scrollIntoView({ behavior: "smooth", block: "center" });
        Array.prototype.forEach.call(annotatable.querySelectorAll("mark.hl"), function (m) {
          if ((" " + m.dataset.ids + " ").indexOf(" " + link.dataset.mark + " ") !== -1) { flash(m); }
        });
      });
    });

    var trigger = document.getElementById("annotate-selection");
    var annForm = document.getElementById("annotation-form");
    var pending = null;
    var readSelection = function () {
      var sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return null; }
      var range = sel.getRangeAt(0);
      if (!annotatable.contains(range.startContainer) || !annotatable.contains(range.endContainer)) { return null; }
      var before = document.createRange();
      before.setStart(annotatable, 0);
      before.setEnd(range.startContainer, range.startOffset);
      var start = before.toString().length; // UTF-16 units, as the server expects from a browser
      var text = annotatable.textContent;
      var end = start + range.toString().length;
      if (!text.slice(start, end).trim()) { return null; }
      return { start: start, end: end, exact: text.slice(start, end),
               prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), rect: range.getBoundingClientRect() };
    };
    var openForm = function (found) {
      if (!annForm || !found) { return; }
      annForm.closest("details").open = true;
      annForm.elements.exact.value = found.exact;
      annForm.elements.start.value = found.start;
      annForm.elements.end.value = found.end;
      annForm.elements.prefix.value = found.prefix;
      annForm.elements.suffix.value = found.suffix;
      if (trigger) { trigger.hidden = true; }
      annForm.elements.body.focus();
    };
    if (annForm) {
      // Typing or pasting a quote by hand drops the offsets: the server then finds the words itself.
      annForm.elements.exact.addEventListener("input", function () { annForm.elements.start.value = ""; annForm.elements.end.value = ""; });
      var onSelect = function () {
        pending = readSelection();
        if (!trigger) { return; }
        if (!pending) { trigger.hidden = true; return; }
        var box = annotatable.closest(".text-panel").getBoundingClientRect();
        trigger.hidden = false;
        trigger.style.top = (pending.rect.bottom - box.top + 6) + "px";
        trigger.style.left = Math.max(0, pending.rect.left - box.left) + "px";
      };
      annotatable.addEventListener("mouseup", onSelect);
      annotatable.addEventListener("keyup", onSelect);
      document.addEventListener("selectionchange", debounce(onSelect, 150));
      if (trigger) { trigger.addEventListener("click", function () { openForm(pending || readSelection()); }); }
      document.addEventListener("keydown", function (event) {
        var tag = (event.target.tagName || "").toLowerCase();
        if (event.key !== "a" || event.ctrlKey || event.metaKey || event.altKey || tag === "input" || tag === "textarea" || tag === "select") { return; }
        var found = readSelection();
        if (found) { event.preventDefault(); openForm(found); }
      });
    }
  }

  /* ---------- the note editor ---------- */
  var form = document.getElementById("note-form");
  if (!form) { return; }
  var body = document.getElementById("body");
  var versionInput = document.getElementById("version");
  var state = document.getElementById("save-state");
  var highlights = document.getElementById("highlights");
  var storageKey = "supervision:draft:" + form.dataset.noteId;
  var dirty = false, saving = null, conflict = false;

  function fields() {
    var data = { version: parseInt(versionInput.value, 10), body: body.value };
    ["client_code", "session_date", "duration_minutes", "session_type", "setting", "hours_category"].forEach(function (name) {
      var el = form.elements[name];
      if (el) { data[name] = el.value; }
    });
    return data;
  }

  function setState(text, isError) {
    state.textContent = text;
    state.classList.toggle("error", !!isError);
  }

  function keepLocally() {
    try { localStorage.setItem(storageKey, JSON.stringify({ body: body.value, version: versionInput.value, at: Date.now() })); } catch (e) {}
  }

  function setVersion(v) {
    versionInput.value = v;
    Array.prototype.forEach.call(document.querySelectorAll(".js-version input[name=version]"), function (el) { el.value = v; });
  }

  function showConflict(current) {
    conflict = true;
    var box = document.getElementById("conflict-box");
    if (!box) {
      box = document.createElement("section");
      box.id = "conflict-box";
      box.className = "callout conflict";
      box.setAttribute("role", "alert");
      var h = document.createElement("h2");
      h.textContent = "This note was saved in another window";
      var p = document.createElement("p");
      p.textContent = "Your text stays in the editor. The other saved version is shown below. Choose which to keep:";
      var pre = document.createElement("pre");
      pre.className = "saved-copy";
      var mine = document.createElement("button");
      mine.type = "button"; mine.className = "button primary"; mine.textContent = "Keep my text (overwrite)";
      var theirs = document.createElement("button");
      theirs.type = "button"; theirs.className = "button"; theirs.textContent = "Use the other version";
      box.append(h, p, pre, mine, document.createTextNode(" "), theirs);
      form.insertAdjacentElement("beforebegin", box);
      mine.addEventListener("click", function () {
        setVersion(box.dataset.version); conflict = false; box.remove(); dirty = true; save();
      });
      theirs.addEventListener("click", function () {
        body.value = box.querySelector("pre").textContent; setVersion(box.dataset.version);
        conflict = false; box.remove(); dirty = false; refreshFindings(); setState("Loaded the other version.");
      });
    }
    box.dataset.version = current.version;
    box.querySelector("pre").textContent = current.body;
    setState("Not saved: changed in another window.", true);
  }

  function save() {
    // A save in flight is returned even when nothing new is dirty, so "save, then submit" waits for it.
    if (saving) { return saving; }
    if (!dirty || conflict) { return Promise.resolve(); }
    dirty = false;
    keepLocally();
    setState("Saving…");
    saving = postJSON(form.dataset.autosaveUrl, fields()).then(function (res) {
      saving = null;
      if (res.status === 200) {
        setVersion(res.data.version);
        try { localStorage.removeItem(storageKey); } catch (e) {}
        setState("Saved " + new Date().toLocaleTimeString([], { hour: "numeric", minute: "2-digit" }));
        renderFindings(res.data.findings, res.data.open_count);
      } else if (res.status === 409 && res.data.current) {
        dirty = true;
        showConflict(res.data.current);
      } else if (res.status === 401 || res.redirected) {
        dirty = true;
        setState("Signed out. Your text is kept in this browser: sign in again in another tab, then come back and it will save.", true);
      } else {
        dirty = true;
        var msg = (res.data.error && res.data.error.message) || "Could not save.";
        setState(msg + " Your text is kept in this browser.", true);
      }
    }).catch(function () {
      saving = null; dirty = true;
      setState("Offline? Not saved yet; your text is kept in this browser and will save when the connection is back.", true);
    });
    return saving;
  }

  /* PHI highlighting: the server scans, the browser paints marks behind the textarea. */
  function paint(findings) {
    var text = body.value, out = document.createDocumentFragment(), pos = 0;
    var cps = Array.from(text); // server offsets are code points
    (findings || []).filter(function (f) { return !f.dismissed; }).forEach(function (f) {
      if (f.start < pos) { return; }
      out.appendChild(document.createTextNode(cps.slice(pos, f.start).join("")));
      var mark = document.createElement("mark");
      mark.textContent = cps.slice(f.start, f.end).join("");
      out.appendChild(mark);
      pos = f.end;
    });
    out.appendChild(document.createTextNode(cps.slice(pos).join("") + "\n"));
    highlights.replaceChildren(out);
    syncScroll();
  }

  function renderFindings(findings, openCount) {
    paint(findings);
    var count = document.getElementById("findings-count");
    if (count) { count.textContent = openCount; }
    var empty = document.getElementById("findings-empty");
    if (empty) { empty.hidden = openCount > 0; }
    var submit = document.getElementById("submit-button");
    var reason = document.getElementById("submit-reason");
    if (submit) {
      submit.disabled = openCount > 0;
      submit.setAttribute("aria-disabled", openCount > 0 ? "true" : "false");
    }
    if (reason) {
      reason.hidden = openCount === 0;
      var n = document.getElementById("submit-count");
      if (n) { n.textContent = openCount; }
    }
    var list = document.getElementById("finding-list");
    if (list) {
      var template = list.querySelector("li.finding:not(.dismissed)");
      Array.prototype.forEach.call(list.querySelectorAll("li.finding"), function (li) {
        // Rows whose text is no longer flagged disappear; new ones are added after a save (page actions need ids).
        var still = (findings || []).some(function (f) {
          return String(f.start) === li.dataset.start && String(f.end) === li.dataset.end;
        });
        li.hidden = !still;
      });
    }
  }

  var scanned = 0;
  var refreshFindings = debounce(function () {
    var text = body.value, ticket = ++scanned;
    postJSON(form.dataset.phiUrl, { body: text }).then(function (res) {
      // Only the answer for the text still in the editor may paint: a late answer for older text is dropped.
      if (res.status === 200 && ticket === scanned && text === body.value) { renderFindings(res.data.findings, res.data.open_count); }
    });
  }, 350);

  function syncScroll() {
    highlights.parentElement.scrollTop = body.scrollTop;
  }

  var scheduleSave = debounce(save, 2000);
  function onEdit() { dirty = true; keepLocally(); setState("Unsaved changes"); scheduleSave(); refreshFindings(); paint([]); }
  body.addEventListener("input", onEdit);
  body.addEventListener("scroll", syncScroll);
  Array.prototype.forEach.call(form.querySelectorAll("fieldset input, fieldset select"), function (el) {
    el.addEventListener("change", function () { dirty = true; save(); });
    el.addEventListener("blur", function () { if (dirty) { save(); } });
  });
  body.addEventListener("blur", function () { if (dirty) { save(); } });
  setInterval(function () { if (dirty) { save(); } }, 10000);
  window.addEventListener("beforeunload", function (event) {
    if (dirty) { keepLocally(); event.preventDefault(); event.returnValue = ""; }
  });

  /* Before a page action (redact, dismiss, submit) save what was typed, then send the fresh version. */
  Array.prototype.forEach.call(document.querySelectorAll("form.js-version"), function (actionForm) {
    actionForm.addEventListener("submit", function (event) {
      if (!dirty && !saving) { return; }
      event.preventDefault();
      Promise.resolve(save()).then(function () { if (!dirty) { actionForm.submit(); } });
    });
  });

  /* A copy kept in this browser that the server never got (a timeout, a lost connection): offer it. */
  try {
    var kept = JSON.parse(localStorage.getItem(storageKey) || "null");
    if (kept && kept.body !== body.value) {
      var offer = document.createElement("section");
      offer.className = "callout";
      offer.setAttribute("role", "alert");
      var p = document.createElement("p");
      p.textContent = "This browser kept unsaved text from " + new Date(kept.at).toLocaleString() + ". Restore it?";
      var restore = document.createElement("button");
      restore.type = "button"; restore.className = "button primary"; restore.textContent = "Restore my unsaved text";
      var discard = document.createElement("button");
      discard.type = "button"; discard.className = "button"; discard.textContent = "Discard it";
      offer.append(p, restore, document.createTextNode(" "), discard);
      form.insertAdjacentElement("beforebegin", offer);
      restore.addEventListener("click", function () { body.value = kept.body; offer.remove(); onEdit(); });
      discard.addEventListener("click", function () { localStorage.removeItem(storageKey); offer.remove(); });
    } else if (kept) {
      localStorage.removeItem(storageKey);
    }
  } catch (e) {}

  /* Preview */
  var tabWrite = document.getElementById("tab-write"), tabPreview = document.getElementById("tab-preview");
  var panelWrite = document.getElementById("panel-write"), panelPreview = document.getElementById("panel-preview");
  function select(preview) {
    tabWrite.setAttribute("aria-selected", String(!preview));
    tabPreview.setAttribute("aria-selected", String(preview));
    panelWrite.hidden = preview;
    panelPreview.hidden = !preview;
    if (preview) {
      panelPreview.textContent = "Rendering…";
      postJSON(form.dataset.previewUrl, { body: body.value }).then(function (res) {
        // The server returns HTML already sanitized by bleach against a strict allowlist.
        panelPreview.innerHTML = res.data.html || "<p>(empty)</p>";
      });
    }
  }
  tabWrite.addEventListener("click", function () { select(false); });
  tabPreview.addEventListener("click", function () { select(true); });

  refreshFindings();
})();
