// The actor network, drawn with cytoscape.js: nodes are actors, edges are
// events (actor → recipient, coloured by PLOVER type) and claims (source →
// the actors a claim mentions, coloured by certainty).

import cytoscape from "cytoscape";
import { Claim, EventView, get, Graph, Page } from "./api";
import { badge, clear, h } from "./dom";
import { docLink } from "./views";

// A fixed palette, assigned to edge types in order of first appearance so
// that colours are stable for one graph.
const palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"];
const certaintyColour: Record<string, string> = {
  certain: "#2b2b2b",
  probable: "#5a6b7d",
  possible: "#8a9aab",
  doubtful: "#c0a060",
  conditional: "#b0b0d0",
};
const nodeColour: Record<string, string> = {
  person: "#4e79a7",
  organization: "#f28e2b",
  country: "#59a14f",
  group: "#e15759",
  outlet: "#76b7b2",
  place: "#edc948",
  other: "#bab0ac",
};

export async function actorsView(root: HTMLElement, selected?: string): Promise<void> {
  const g = await get<Graph>("/api/v1/graph/actors", { docs: 200 });
  clear(root);
  const eventTypes = [...new Set(g.edges.filter((e) => e.kind === "event").map((e) => e.type))].sort();
  const colourOf = (kind: string, type: string) =>
    kind === "event" ? palette[eventTypes.indexOf(type) % palette.length] : certaintyColour[type] ?? "#999";
  const box = h("div", { id: "actor-graph", class: "graph" });
  const panel = h("aside", { id: "actor-panel", class: "side" }, h("p", { class: "hint" }, "Select an actor."));
  root.appendChild(h("h2", {}, "Actors"));
  root.appendChild(
    h(
      "p",
      { id: "graph-counts", class: "counts", "data-nodes": g.nodes.length, "data-edges": g.edges.length },
      `${g.nodes.length} actors, ${g.edges.length} edges, from the ${g.documents} most recent documents.`,
    ),
  );
  root.appendChild(
    h(
      "p",
      { class: "legend" },
      eventTypes.map((t) => [h("span", { class: "swatch", "data-colour": colourOf("event", t) }), `event: ${t} `]),
      Object.keys(certaintyColour).map((t) => [h("span", { class: "swatch dashed", "data-colour": certaintyColour[t] }), `claim: ${t} `]),
    ),
  );
  // Swatch colours are set through the CSSOM, which the page's
  // Content-Security-Policy allows (unlike style attributes in markup).
  for (const s of root.querySelectorAll<HTMLElement>(".swatch")) s.style.background = s.getAttribute("data-colour")!;
  root.appendChild(h("div", { class: "reader" }, box, panel));
  const cy = cytoscape({
    container: box,
    elements: [
      ...g.nodes.map((n) => ({ data: { id: n.id, label: n.label, type: n.type, weight: n.weight } })),
      ...g.edges.map((e) => ({
        data: { id: e.id, source: e.source, target: e.target, kind: e.kind, type: e.type, weight: e.weight, colour: colourOf(e.kind, e.type) },
      })),
    ],
    style: [
      {
        selector: "node",
        style: {
          label: "data(label)",
          "font-size": 10,
          width: "mapData(weight, 1, 20, 14, 44)",
          height: "mapData(weight, 1, 20, 14, 44)",
          "background-color": (n: any) => nodeColour[n.data("type")] ?? "#bab0ac",
        },
      },
      {
        selector: "edge",
        style: {
          width: "mapData(weight, 1, 10, 1, 6)",
          "line-color": "data(colour)",
          "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle",
          "curve-style": "bezier",
        },
      },
      { selector: 'edge[kind = "claim"]', style: { "line-style": "dashed" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#000" } },
    ],
    layout: { name: g.nodes.length > 300 ? "grid" : "cose", animate: false },
  });
  box.setAttribute("data-rendered-nodes", String(cy.nodes().length));
  box.setAttribute("data-rendered-edges", String(cy.edges().length));
  cy.on("tap", "node", (ev) => showActor(panel, ev.target.id(), ev.target.data("label")));
  if (selected && cy.getElementById(selected).nonempty()) {
    cy.getElementById(selected).select();
    showActor(panel, selected, cy.getElementById(selected).data("label"));
  }
}

async function showActor(panel: HTMLElement, id: string, name: string): Promise<void> {
  clear(panel);
  panel.setAttribute("data-actor", id);
  panel.appendChild(h("h3", {}, name));
  const claimList = (title: string, cs: Claim[], idp: string) => [
    h("h4", {}, `${title} (${cs.length})`),
    h(
      "ul",
      { id: idp, class: "actor-claims" },
      cs.map((c) => h("li", {}, badge(c.certainty, c.certainty), " ", h("a", { href: docLink(c.doc_id, c.local_id) }, c.text))),
    ),
  ];
  try {
    const [detail, evs] = await Promise.all([
      get<{ claims_by: Claim[]; claims_about: Claim[]; documents: number; type: string }>(`/api/v1/actors/${encodeURIComponent(id)}`),
      get<Page<EventView>>("/api/v1/events", { actor: name, docs: 200, limit: 100 }),
    ]);
    panel.appendChild(h("p", { class: "meta" }, `${detail.type} · in ${detail.documents} documents`));
    panel.appendChild(h("div", {}, claimList("Says", detail.claims_by, "actor-claims-by")));
    panel.appendChild(h("div", {}, claimList("Claims about", detail.claims_about, "actor-claims-about")));
    panel.appendChild(h("h4", {}, `Events (${evs.items.length})`));
    panel.appendChild(
      h(
        "ul",
        { id: "actor-events" },
        evs.items.map((e) =>
          h(
            "li",
            {},
            badge(e.certainty, e.certainty),
            ` ${e.date ? e.date.slice(0, 10) + " " : ""}${e.type}: ${e.actor?.name ?? "?"}${e.recipient ? " → " + e.recipient.name : ""} `,
            h("a", { href: docLink(e.doc_id) }, `“${e.trigger.text}”`),
          ),
        ),
      ),
    );
  } catch (e: any) {
    panel.appendChild(h("p", { class: "error" }, e.message ?? String(e)));
  }
}
