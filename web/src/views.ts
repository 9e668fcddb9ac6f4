// The list views: documents, claims, timeline, analyse.

import { analyze, Analysis, Claim, EventView, get, Page } from "./api";
import { badge, clear, h } from "./dom";
import { renderReader } from "./reader";

export function docLink(doc: string, claim?: string): string {
  return `#/doc/${encodeURIComponent(doc)}` + (claim ? `?claim=${encodeURIComponent(claim)}` : "");
}

function pager(p: Page<unknown>, go: (offset: number) => void): HTMLElement {
  return h(
    "div",
    { class: "pager" },
    h("button", { type: "button", disabled: p.offset === 0, onclick: () => go(Math.max(0, p.offset - p.limit)) }, "‹ previous"),
    ` rows ${p.items.length ? p.offset + 1 : 0}–${p.offset + p.items.length} `,
    p.truncated ? "(search stopped early) " : "",
    h("button", { type: "button", disabled: p.next === null, onclick: () => p.next !== null && go(p.next) }, "next ›"),
  );
}

export async function documentsView(root: HTMLElement, offset = 0, q = ""): Promise<void> {
  const p = await get<Page<any>>("/api/v1/documents", { limit: 50, offset, q });
  clear(root);
  const input = h("input", { type: "search", name: "q", placeholder: "search titles and text", value: q });
  root.appendChild(h("h2", {}, "Documents"));
  root.appendChild(
    h(
      "form",
      {
        class: "filters",
        onsubmit: (e: Event) => {
          e.preventDefault();
          documentsView(root, 0, input.value);
        },
      },
      input,
      h("button", { type: "submit" }, "Search"),
    ),
  );
  root.appendChild(
    h(
      "table",
      { id: "documents", class: "rows" },
      h("thead", {}, h("tr", {}, ["Title", "Outlet", "Published", "Claims", "Events"].map((c) => h("th", {}, c)))),
      h(
        "tbody",
        {},
        p.items.map((d) =>
          h(
            "tr",
            {},
            h("td", {}, h("a", { href: docLink(d.id) }, d.title || d.id)),
            h("td", {}, d.outlet ?? ""),
            h("td", {}, (d.published ?? "").slice(0, 10)),
            h("td", { class: "num" }, d.claims),
            h("td", { class: "num" }, d.events),
          ),
        ),
      ),
    ),
  );
  if (!p.items.length) root.appendChild(h("p", { class: "hint" }, "No documents. hearsay ingest adds some; Analyse works without a store."));
  root.appendChild(pager(p, (o) => documentsView(root, o, q)));
}

export async function readerView(root: HTMLElement, id: string, claim?: string): Promise<void> {
  const a = await get<Analysis>(`/api/v1/documents/${encodeURIComponent(id)}/analysis`);
  renderReader(root, a, { stored: true, claim });
}

const claimFields: [string, string, string[]?][] = [
  ["q", "words"],
  ["about", "actor"],
  ["source", "source"],
  ["outlet", "outlet"],
  ["certainty", "certainty", ["", "certain", "probable", "possible", "doubtful", "conditional"]],
  ["since", "since (YYYY-MM-DD)"],
  ["until", "until (YYYY-MM-DD)"],
  ["contested", "contested", ["", "true", "false"]],
  ["circular", "circular", ["", "true", "false"]],
];

export async function claimsView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  clear(root);
  root.appendChild(h("h2", {}, "Claims"));
  const form = h("form", { id: "claim-filters", class: "filters" });
  for (const [name, label, opts] of claimFields) {
    const v = params.get(name) ?? "";
    const input = opts
      ? h("select", { name }, opts.map((o) => h("option", { value: o, selected: o === v }, o || `${label}: any`)))
      : h("input", { name, placeholder: label, value: v });
    form.appendChild(h("label", {}, input));
  }
  form.appendChild(h("button", { type: "submit" }, "Filter"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) q.set(k, String(v));
    location.hash = `#/claims?${q}`;
  });
  root.appendChild(form);
  const out = h("div", {}, h("p", { class: "hint" }, "Loading…"));
  root.appendChild(out);
  const query: Record<string, string> = {};
  for (const [k, v] of params) query[k] = v;
  try {
    const p = await get<Page<Claim>>("/api/v1/claims", { limit: 50, ...query });
    clear(out);
    out.appendChild(
      h(
        "table",
        { id: "claims", class: "rows" },
        h(
          "thead",
          {},
          h("tr", {}, ["Claim", "Source", "Outlet", "Date", "Certainty", "Independent sources", "Contradictions"].map((c) => h("th", {}, c))),
        ),
        h(
          "tbody",
          {},
          p.items.map((c) =>
            h(
              "tr",
              { "data-claim": c.id },
              h("td", {}, h("a", { class: "claim-link", href: docLink(c.doc_id, c.local_id) }, c.text)),
              h("td", {}, c.source_entity || c.source || ""),
              h("td", {}, c.outlet ?? ""),
              h("td", {}, (c.published ?? "").slice(0, 10)),
              h("td", {}, badge(c.certainty, c.certainty), c.polarity === "negative" ? badge("negative", "negative") : null),
              h("td", { class: "num" }, c.linked ? String(c.independent) : "–", c.circular ? [" ", badge("circular", "circular")] : null),
              h("td", { class: "num" }, c.linked ? String(c.contradictions) : "–"),
            ),
          ),
        ),
      ),
    );
    if (!p.items.length) out.appendChild(h("p", { class: "hint" }, "No claims match."));
    out.appendChild(
      pager(p, (o) => {
        params.set("offset", String(o));
        location.hash = `#/claims?${params}`;
      }),
    );
  } catch (e: any) {
    clear(out);
    out.appendChild(h("p", { class: "error" }, e.message ?? String(e)));
  }
}

export async function timelineView(root: HTMLElement): Promise<void> {
  const p = await get<Page<EventView>>("/api/v1/events", { limit: 500, docs: 200 });
  clear(root);
  root.appendChild(h("h2", {}, "Timeline"));
  root.appendChild(h("p", { class: "hint" }, "Events of the 200 most recent documents, by date (the event's own date where the text gives one)."));
  let day = "";
  const list = h("ol", { id: "timeline", class: "timeline" });
  for (const e of p.items) {
    const d = (e.date ?? "").slice(0, 10) || "undated";
    if (d !== day) {
      day = d;
      list.appendChild(h("li", { class: "day" }, d));
    }
    list.appendChild(
      h(
        "li",
        { class: `event cert-${e.certainty}`, "data-event": e.id },
        badge(e.certainty, e.certainty),
        " ",
        h("strong", {}, e.type),
        " ",
        e.actor ? e.actor.name : "",
        e.recipient ? ` → ${e.recipient.name}` : "",
        e.location ? ` @ ${e.location.name}` : "",
        " · ",
        h("a", { href: docLink(e.doc_id, e.claim ? e.claim.split(":").pop() : undefined) }, `“${e.trigger.text}”`),
        e.outlet ? ` (${e.outlet})` : "",
      ),
    );
  }
  root.appendChild(list);
  if (!p.items.length) root.appendChild(h("p", { class: "hint" }, "No events."));
}

export function analyseView(root: HTMLElement): void {
  clear(root);
  const area = h("textarea", { id: "analyse-text", rows: 12, placeholder: "Paste an article (plain text or HTML)" });
  const isHTML = h("input", { type: "checkbox", id: "analyse-html" });
  const published = h("input", { id: "analyse-published", placeholder: "published (YYYY-MM-DD)" });
  const outlet = h("input", { id: "analyse-outlet", placeholder: "outlet" });
  const file = h("input", { type: "file", id: "analyse-file", accept: ".txt,.html,.htm,text/plain,text/html" });
  const status = h("p", { id: "analyse-status", class: "hint" });
  const result = h("div", { id: "analyse-result" });
  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    if (!f) return;
    area.value = await f.text();
    isHTML.checked = /html?$/i.test(f.name) || f.type === "text/html";
  });
  const run = async () => {
    status.textContent = "Analysing…";
    clear(result);
    try {
      const a = await analyze(area.value, isHTML.checked, { published: published.value, outlet: outlet.value });
      status.textContent = "";
      renderReader(result, a, { stored: false });
    } catch (e: any) {
      status.textContent = e.message ?? String(e);
      status.className = "error";
    }
  };
  root.appendChild(h("h2", {}, "Analyse an article"));
  root.appendChild(
    h(
      "div",
      { class: "analyse-form" },
      area,
      h(
        "div",
        { class: "row" },
        file,
        h("label", {}, isHTML, " HTML"),
        published,
        outlet,
        h(
          "button",
          {
            type: "button",
            id: "analyse-example",
            onclick: async () => {
              area.value = await (await fetch("/assets/example.txt")).text();
              isHTML.checked = false;
            },
          },
          "Load the example",
        ),
        h("button", { type: "button", id: "analyse-run", class: "primary", onclick: run }, "Analyse"),
      ),
    ),
  );
  root.appendChild(status);
  root.appendChild(result);
}
