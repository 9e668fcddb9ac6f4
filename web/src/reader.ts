// The reader: the article text with sources, cues and contents
// highlighted, hedges marked and each claim's certainty shown; selecting a
// claim shows its chain as a tree and the other documents carrying it.

import { Analysis, get, TraceNode, TraceView } from "./api";
import { badge, clear, h } from "./dom";

interface Mark {
  start: number;
  end: number;
  cls: string;
  att?: string;
  claim?: string;
}

export interface ChainNode {
  kind: string;
  label: string;
  detail?: string;
}

// chainOf mirrors server.Chain: document → outlet(s) → each source from the
// outermost in → the content.
export function chainOf(a: Analysis, claimID: string): ChainNode[] {
  const c = a.claims.find((x) => x.id === claimID);
  if (!c) return [];
  const d = a.document;
  const out: ChainNode[] = [{ kind: "document", label: d.title || d.id }];
  if (d.outlet) out.push({ kind: "outlet", label: d.outlet });
  if (d.relays) out.push({ kind: "outlet", label: d.relays.outlet, detail: "retells" });
  const atts = new Map(a.attributions.map((t) => [t.id, t]));
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const path = [];
  const seen = new Set<string>();
  for (let id = c.attribution; id && !seen.has(id); ) {
    const t = atts.get(id);
    if (!t) break;
    seen.add(id);
    path.push(t);
    id = t.parent;
  }
  for (const t of path.reverse()) {
    const s = t.source;
    const who = s ? (s.entity && names.get(s.entity)) || s.text : "(unnamed source)";
    out.push({ kind: s ? s.kind : "unnamed", label: who, detail: t.cue.text });
  }
  out.push({ kind: "content", label: c.span.text, detail: c.certainty + (c.polarity === "negative" ? ", negative" : "") });
  return out;
}

// codePoints splits text by Unicode code point, the unit of every offset.
function codePoints(s: string): string[] {
  return Array.from(s);
}

function marksOf(a: Analysis): Mark[] {
  const m: Mark[] = [];
  for (const t of a.attributions) {
    if (t.source && t.source.end > t.source.start) m.push({ start: t.source.start, end: t.source.end, cls: "src", att: t.id });
    if (t.cue.end > t.cue.start) m.push({ start: t.cue.start, end: t.cue.end, cls: "cue", att: t.id });
    // A content its own cue interrupts is marked piece by piece.
    for (const p of t.content.parts ?? [t.content]) {
      if (p.end > p.start) m.push({ start: p.start, end: p.end, cls: "content", att: t.id });
    }
  }
  for (const c of a.claims) {
    m.push({ start: c.span.start, end: c.span.end, cls: "claim", claim: c.id });
    for (const hd of c.hedges) m.push({ start: hd.start, end: hd.end, cls: "hedge", claim: c.id });
  }
  return m;
}

export interface ReaderOptions {
  stored: boolean; // the document is in the store: fetch its traces
  claim?: string; // claim to select at once
}

export function renderReader(root: HTMLElement, a: Analysis, opts: ReaderOptions): void {
  clear(root);
  const cps = codePoints(a.document.text);
  const marks = marksOf(a);
  const bounds = new Set<number>([0, cps.length]);
  for (const m of marks) {
    bounds.add(Math.max(0, Math.min(m.start, cps.length)));
    bounds.add(Math.max(0, Math.min(m.end, cps.length)));
  }
  const bs = [...bounds].sort((x, y) => x - y);
  const ends = new Map<number, Analysis["claims"]>();
  for (const c of a.claims) {
    const l = ends.get(c.span.end) ?? [];
    l.push(c);
    ends.set(c.span.end, l);
  }
  const text = h("div", { id: "reader-text", class: "reader-text" });
  const chainBox = h("div", { id: "chain", class: "chain" }, h("p", { class: "hint" }, "Select a claim to see its chain."));
  const claimList = h("ol", { id: "claim-list", class: "claim-list" });

  const select = (id: string) => {
    for (const el of text.querySelectorAll(".selected")) el.classList.remove("selected");
    for (const el of text.querySelectorAll(`[data-claim="${CSS.escape(id)}"]`)) el.classList.add("selected");
    for (const el of claimList.querySelectorAll("li")) el.classList.toggle("selected", el.getAttribute("data-claim") === id);
    showChain(chainBox, a, id, opts.stored);
  };

  for (let i = 0; i < bs.length; i++) {
    const b = bs[i];
    for (const c of ends.get(b) ?? []) {
      text.appendChild(
        h("sup", { class: `cert cert-${c.certainty}`, "data-claim": c.id, title: `${c.id}: ${c.certainty}`, onclick: () => select(c.id) }, c.certainty),
      );
    }
    if (i === bs.length - 1) break;
    const e = bs[i + 1];
    const seg = cps.slice(b, e).join("");
    const active = marks.filter((m) => m.start <= b && m.end >= e);
    if (active.length === 0) {
      text.appendChild(document.createTextNode(seg));
      continue;
    }
    const cls = new Set(active.map((m) => m.cls));
    const span = h("span", { class: [...cls].map((c) => "mark-" + c).join(" ") }, seg);
    const src = active.find((m) => m.cls === "src");
    if (src) span.setAttribute("data-source", src.att!);
    const cue = active.find((m) => m.cls === "cue");
    if (cue) span.setAttribute("data-cue", cue.att!);
    const content = active.filter((m) => m.cls === "content").sort((x, y) => x.end - x.start - (y.end - y.start))[0];
    if (content) span.setAttribute("data-content", content.att!);
    const claims = active.filter((m) => m.cls === "claim").sort((x, y) => x.end - x.start - (y.end - y.start));
    if (claims.length) {
      const id = claims[0].claim!;
      span.setAttribute("data-claim", id);
      span.addEventListener("click", () => select(id));
    }
    text.appendChild(span);
  }

  for (const c of a.claims) {
    claimList.appendChild(
      h(
        "li",
        { "data-claim": c.id, onclick: () => select(c.id) },
        badge(c.certainty, c.certainty),
        c.polarity === "negative" ? badge("negative", "negative") : null,
        " ",
        c.span.text,
      ),
    );
  }
  const d = a.document;
  const hedges = a.claims.reduce((n, c) => n + c.hedges.length, 0);
  const sources = a.attributions.filter((t) => t.source && t.source.end > t.source.start).length;
  root.appendChild(
    h(
      "header",
      { class: "doc-head" },
      h("h2", {}, d.title || "Untitled document"),
      h(
        "p",
        { class: "meta" },
        [d.outlet, d.published, d.id].filter(Boolean).join(" · "),
        d.url ? [" · ", h("a", { href: d.url, rel: "noopener noreferrer nofollow" }, "original")] : null,
      ),
      h(
        "p",
        { id: "reader-counts", class: "counts", "data-sources": sources, "data-claims": a.claims.length, "data-hedges": hedges },
        `${a.attributions.length} attributions (${sources} named sources) · ${a.claims.length} claims · ${hedges} hedges · ${a.entities.length} actors · ${a.events.length} events`,
      ),
      h(
        "p",
        { class: "legend" },
        h("span", { class: "mark-src" }, "source"),
        " ",
        h("span", { class: "mark-cue" }, "cue"),
        " ",
        h("span", { class: "mark-content" }, "content"),
        " ",
        h("span", { class: "mark-hedge" }, "hedge"),
      ),
    ),
  );
  root.appendChild(
    h(
      "div",
      { class: "reader" },
      text,
      h("aside", { class: "side" }, h("h3", {}, "Chain"), chainBox, h("h3", {}, `Claims (${a.claims.length})`), claimList),
    ),
  );
  if (opts.claim) select(opts.claim);
}

function showChain(box: HTMLElement, a: Analysis, id: string, stored: boolean): void {
  clear(box);
  const chain = chainOf(a, id);
  // The chain is a path; it is drawn as a tree of nested lists, each step
  // hanging under the one it came through.
  let parent: HTMLElement = h("ul", { id: "chain-tree", class: "tree", "data-claim": id, "data-depth": chain.length });
  const top = parent;
  for (const n of chain) {
    const li = h(
      "li",
      { class: `node node-${n.kind}` },
      badge(n.kind, n.kind),
      " ",
      h("span", { class: "label" }, n.label),
      n.detail ? h("span", { class: "detail" }, ` (${n.detail})`) : null,
    );
    parent.appendChild(li);
    const ul = h("ul", {});
    li.appendChild(ul);
    parent = ul;
  }
  box.appendChild(top);
  const carriers = h("div", { id: "carriers", class: "carriers" });
  box.appendChild(carriers);
  if (!stored) {
    carriers.appendChild(h("p", { class: "hint" }, "Not stored: other documents are known for stored documents only."));
    return;
  }
  carriers.appendChild(h("p", { class: "hint" }, "Looking for other documents…"));
  get<TraceView>(`/api/v1/claims/${encodeURIComponent(a.document.id + ":" + id)}/trace`)
    .then((tv) => renderCarriers(carriers, tv, a.document.id))
    .catch((e) => {
      clear(carriers);
      carriers.appendChild(h("p", { class: "error" }, String(e.message ?? e)));
    });
}

function renderCarriers(box: HTMLElement, tv: TraceView, self: string): void {
  clear(box);
  const t = tv.trace;
  if (!t) {
    box.setAttribute("data-others", "0");
    box.appendChild(h("p", { class: "hint" }, tv.note ?? "Not linked."));
    return;
  }
  const others: TraceNode[] = [];
  const walk = (n: TraceNode) => {
    if (n.kind === "document" && n.ref && n.ref.doc !== self) others.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  t.roots.forEach(walk);
  box.setAttribute("data-others", String(others.length));
  box.appendChild(
    h(
      "p",
      { class: "stats" },
      `${t.carriers} documents carry it · ${t.independent} independent origin(s)`,
      t.circular ? [" · ", badge("circular", "circular")] : null,
      t.contested ? [" · ", badge("contested", "contested")] : null,
    ),
  );
  if (others.length) {
    box.appendChild(h("h4", {}, "Other documents"));
    box.appendChild(
      h(
        "ul",
        { class: "others" },
        others.map((n) =>
          h(
            "li",
            {},
            h("a", { href: `#/doc/${encodeURIComponent(n.ref!.doc)}?claim=${encodeURIComponent(n.ref!.claim)}` }, n.outlet || n.ref!.doc),
            n.published ? ` ${n.published.slice(0, 10)}` : "",
            n.how ? ` (${n.how})` : "",
            n.text ? h("div", { class: "quote" }, n.text) : null,
          ),
        ),
      ),
    );
  }
  if (t.contradictions?.length) {
    box.appendChild(h("h4", {}, "Contradicted by"));
    box.appendChild(
      h(
        "ul",
        { class: "contradictions" },
        t.contradictions.map((c) =>
          h(
            "li",
            {},
            badge("contested", c.reason),
            " ",
            h("a", { href: `#/doc/${encodeURIComponent(c.claim.doc)}?claim=${encodeURIComponent(c.claim.claim)}` }, c.outlet || c.claim.doc),
            h("div", { class: "quote" }, c.text),
          ),
        ),
      ),
    );
  }
}
