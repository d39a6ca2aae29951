// /suivi: the in-place status forms work without JavaScript (a normal post that comes back
// to the same line). With it, the change is sent in the background and the line updated,
// so the table keeps its scroll and filters; any failure falls back to the normal post.
document.addEventListener("submit", async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.classList.contains("inline-status")) return;
  event.preventDefault();
  const select = form.querySelector("select");
  const note = document.getElementById("suivi-live");
  try {
    const response = await fetch(form.action, { method: "POST", body: new URLSearchParams(new FormData(form)), credentials: "same-origin" });
    if (!response.ok || !response.url.includes("enregistre=statut")) throw new Error("refused");
    const badge = form.parentElement.querySelector(".status");
    if (badge && select) {
      badge.textContent = select.options[select.selectedIndex].text;
      badge.className = "status status-" + select.value;
    }
    if (note) note.textContent = "Statut enregistré.";
  } catch {
    form.submit();
  }
});
