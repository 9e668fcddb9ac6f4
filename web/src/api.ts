// The JSON API client. A bearer token, when the server asks for one, is
// kept in sessionStorage for the tab.

export class APIError extends Error {
  constructor(public status: number, public code: string, message: string) {
    super(message);
  }
}

export function token(): string {
  return sessionStorage.getItem("hearsay-token") ?? "";
}

export function setToken(t: string): void {
  sessionStorage.setItem("hearsay-token", t);
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const t = token();
  if (t) headers.set("Authorization", `Bearer ${t}`);
  const res = await fetch(path, { ...init, headers });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const e = body?.error;
    throw new APIError(res.status, e?.code ?? "error", e?.message ?? res.statusText);
  }
  return body as T;
}

export function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  const qs = q.toString();
  return call<T>(qs ? `${path}?${qs}` : path);
}

export function analyze(text: string, html: boolean, meta: Record<string, string>): Promise<Analysis> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(meta)) if (v) q.set(k, v);
  return call<Analysis>(`/api/v1/analyze?${q}`, {
    method: "POST",
    headers: { "Content-Type": html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8" },
    body: text,
  });
}

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  next: number | null;
  truncated?: boolean;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Analysis {
  document: {
    id: string;
    url: string | null;
    outlet: string | null;
    title: string | null;
    published: string | null;
    text: string;
    relays: { outlet: string; evidence: Span } | null;
  };
  entities: { id: string; name: string; type: string; mentions: (Span & { kind: string })[] }[];
  attributions: {
    id: string;
    source: (Span & { kind: string; entity: string | null }) | null;
    cue: Span & { type: string };
    content: Span & { parts?: Span[] };
    parent: string | null;
  }[];
  claims: {
    id: string;
    span: Span;
    attribution: string | null;
    certainty: string;
    polarity: string;
    hedges: Span[];
  }[];
  events: { id: string; type: string; trigger: Span; certainty: string }[];
}

export interface Claim {
  id: string;
  doc_id: string;
  local_id: string;
  text: string;
  certainty: string;
  polarity: string;
  source?: string;
  source_entity?: string;
  cue?: string;
  outlet?: string;
  title?: string;
  published?: string;
  linked: boolean;
  carriers?: number;
  independent?: number;
  circular: boolean;
  contested: boolean;
  contradictions: number;
}

export interface TraceNode {
  kind: string;
  key: string;
  ref?: { doc: string; claim: string };
  outlet?: string;
  published?: string;
  text?: string;
  name?: string;
  how?: string;
  children?: TraceNode[];
}

export interface TraceView {
  claim: Claim;
  linked: boolean;
  note?: string;
  trace: {
    carriers: number;
    independent: number;
    circular: boolean;
    contested: boolean;
    roots: TraceNode[];
    contradictions?: { reason: string; claim: { doc: string; claim: string }; text: string; outlet: string }[];
  } | null;
}

export interface Graph {
  documents: number;
  nodes: { id: string; label: string; type: string; weight: number }[];
  edges: { id: string; source: string; target: string; kind: string; type: string; weight: number }[];
}

export interface EventView {
  id: string;
  doc_id: string;
  local_id: string;
  type: string;
  mode?: string;
  trigger: Span;
  actor?: { id: string; name: string };
  recipient?: { id: string; name: string };
  location?: { id: string; name: string };
  claim?: string;
  certainty: string;
  date?: string;
  outlet?: string;
  title?: string;
}
