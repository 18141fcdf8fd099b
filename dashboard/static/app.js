// SlotKeeper's front desk: the little the pages need beyond HTML. Everything works without it, only less live.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Pickers that apply at once (the language, the location).
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.form.submit());
  }
  // A form is sent once: a second click while the first is on its way does nothing.
  for (const form of document.querySelectorAll("form[method=post]")) {
    form.addEventListener("submit", (event) => {
      if (form.dataset.sent) { event.preventDefault(); return; }
      form.dataset.sent = "1";
    });
  }
  // New escalations and answers appear without a reload: the server says when the inbox changed.
  const inbox = document.getElementById("inbox");
  // Only the inbox listens: one stream per browser tab on the escalations page, not one per page open.
  if (!window.EventSource || !inbox) return;
  const badge = document.getElementById("open-count");
  const events = new EventSource("/desk/events");
  events.addEventListener("escalations", async (event) => {
    const news = JSON.parse(event.data);
    if (badge) badge.textContent = news.open > 0 ? String(news.open) : "";
    if (inbox.dataset.signature === news.signature) return;
    // Don't replace the list under someone typing an answer.
    const typing = inbox.contains(document.activeElement) && document.activeElement.value;
    if (typing) return;
    const response = await fetch("/desk/escalations?fragment=inbox", { credentials: "same-origin" });
    // Signed out meanwhile (the answer is the sign-in page): reload, which asks to sign in.
    if (response.redirected) { window.location.reload(); return; }
    if (!response.ok) return;
    inbox.innerHTML = await response.text();
    inbox.dataset.signature = news.signature;
  });
});
