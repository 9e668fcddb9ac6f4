// Hearsay's web UI: a single page whose views are addressed by the URL
// fragment, so the server needs only one HTML route.

import { APIError, setToken } from "./api";
import { actorsView } from "./actors";
import { clear, h } from "./dom";
import { analyseView, claimsView, documentsView, readerView, timelineView } from "./views";

const main = document.getElementById("main")!;

async function route(): Promise<void> {
  const hash = location.hash || "#/";
  const [path, query] = hash.slice(1).split("?", 2);
  const params = new URLSearchParams(query ?? "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  for (const a of document.querySelectorAll("nav a")) {
    a.classList.toggle("active", (a.getAttribute("href") ?? "").slice(2) === (parts[0] ?? ""));
  }
  // Each route renders into a fresh element; a slower earlier route that
  // finishes late then writes into a detached element, not over this one.
  clear(main);
  const view = h("div", { class: "view" });
  main.appendChild(view);
  main.setAttribute("aria-busy", "true");
  try {
    switch (parts[0] ?? "") {
      case "":
        await documentsView(view);
        break;
      case "doc":
        await readerView(view, parts[1], params.get("claim") ?? undefined);
        break;
      case "claims":
        await claimsView(view, params);
        break;
      case "actors":
        await actorsView(view, parts[1]);
        break;
      case "timeline":
        await timelineView(view);
        break;
      case "analyse":
        analyseView(view);
        break;
      default:
        view.appendChild(h("p", { class: "error" }, `No view ${path}.`));
    }
  } catch (e: any) {
    if (!view.isConnected) return;
    clear(view);
    if (e instanceof APIError && e.status === 401) {
      const input = h("input", { type: "password", id: "token", placeholder: "API token" });
      view.appendChild(
        h(
          "form",
          {
            class: "token",
            onsubmit: (ev: Event) => {
              ev.preventDefault();
              setToken(input.value);
              route();
            },
          },
          h("p", {}, "This server needs an API token."),
          input,
          h("button", { type: "submit" }, "Use token"),
        ),
      );
    } else {
      view.appendChild(h("p", { class: "error" }, e.message ?? String(e)));
    }
  } finally {
    main.setAttribute("aria-busy", "false");
  }
}

window.addEventListener("hashchange", route);
route();
