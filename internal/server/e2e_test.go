package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/hearsaynews/hearsay/internal/link"
)

// browser starts headless Chromium ($HEARSAY_CHROMIUM, else
// /usr/bin/chromium) for t. Without a browser the test is skipped, unless
// HEARSAY_REQUIRE_BROWSER=1 (CI) makes that a failure.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := os.Getenv("HEARSAY_CHROMIUM")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("HEARSAY_REQUIRE_BROWSER") == "1" {
			t.Fatalf("no browser at %s (HEARSAY_REQUIRE_BROWSER=1): %v", path, err)
		}
		t.Skipf("no browser at %s; set HEARSAY_CHROMIUM", path)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelA() })
	// The first Run starts the browser and must not carry a timeout.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	return ctx
}

// artifacts is where screenshots go: $HEARSAY_ARTIFACTS, else a temporary
// directory of the test.
func artifacts(t *testing.T) string {
	dir := os.Getenv("HEARSAY_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func screenshot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

// eval runs a JavaScript expression and returns its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript predicate for up to 20 s.
func waitFor(t *testing.T, ctx context.Context, what, expr string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		page, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`location.hash + " | " + document.querySelector("#main")?.textContent.slice(0, 400)`))
		t.Fatalf("waiting for %s (%s): %v; page: %s", what, expr, err, page)
	}
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are not short")
	}
	f := apiFixture(t)
	ctx := browser(t)
	s := f.server(t, Options{})
	ts := httptest.NewServer(s)
	defer ts.Close()
	dir := artifacts(t)
	nav := func(hash string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"+hash)); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("example in the analyse view", func(t *testing.T) {
		nav("#/analyse")
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#analyse-example"))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, "the example text", `document.querySelector("#analyse-text").value.includes("Massoud")`)
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#analyse-run"))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, "the reader", `!!document.querySelector("#reader-text")`)
		a := f.example
		sources, cues, hedges := 0, 0, 0
		for _, at := range a.Attributions {
			if at.Source != nil && at.Source.End > at.Source.Start {
				sources++
			}
			if at.Cue.End > at.Cue.Start {
				cues++
			}
		}
		for _, c := range a.Claims {
			hedges += len(c.Hedges)
		}
		distinct := func(attr string) int {
			return eval[int](t, ctx, fmt.Sprintf(`new Set([...document.querySelectorAll("#reader-text [%s]")].map(e => e.getAttribute("%s"))).size`, attr, attr))
		}
		if got := distinct("data-source"); got != sources {
			t.Errorf("highlighted sources: %d, want %d", got, sources)
		}
		if got := distinct("data-cue"); got != cues {
			t.Errorf("highlighted cues: %d, want %d", got, cues)
		}
		if got := eval[int](t, ctx, `document.querySelectorAll("#reader-text sup.cert").length`); got != len(a.Claims) {
			t.Errorf("certainty badges: %d, want %d claims", got, len(a.Claims))
		}
		if got := eval[int](t, ctx, `document.querySelectorAll("#reader-text .mark-hedge").length`); (got > 0) != (hedges > 0) {
			t.Errorf("hedge marks: %d, analysis has %d hedges", got, hedges)
		}
		// The text shown is the document text, character for character.
		shown := eval[string](t, ctx, `[...document.querySelector("#reader-text").childNodes].filter(n => n.nodeName !== "SUP").map(n => n.textContent).join("")`)
		if shown != a.Document.Text {
			t.Errorf("reader text differs from the document text")
		}
		// Select the claim with the longest chain and check the tree.
		best, depth := "", 0
		for _, c := range a.Claims {
			if n := len(Chain(a, c.ID)); n > depth {
				best, depth = c.ID, n
			}
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(fmt.Sprintf(`#claim-list li[data-claim=%q]`, best)))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, "the chain tree", fmt.Sprintf(`document.querySelector("#chain-tree")?.getAttribute("data-claim") === %q`, best))
		if got := eval[int](t, ctx, `document.querySelectorAll("#chain-tree li").length`); got != depth {
			t.Errorf("chain tree of %s: %d nodes, want %d", best, got, depth)
		}
		if got := eval[int](t, ctx, `document.querySelectorAll("#reader-text .selected").length`); got == 0 {
			t.Errorf("selected claim %s not marked in the text", best)
		}
		screenshot(t, ctx, dir, "reader-example.png")
	})

	t.Run("stored claim with other carriers", func(t *testing.T) {
		id := f.multiCarrier(t)
		ref, _ := link.ParseRef(id)
		tr, err := f.links.Trace(context.Background(), ref)
		if err != nil {
			t.Fatal(err)
		}
		others := 0
		var walk func(n *link.TraceNode)
		walk = func(n *link.TraceNode) {
			if n.Kind == "document" && n.Ref != nil && n.Ref.Doc != ref.Doc {
				others++
			}
			for _, c := range n.Children {
				walk(c)
			}
		}
		for _, r := range tr.Roots {
			walk(r)
		}
		nav(fmt.Sprintf("#/doc/%s?claim=%s", ref.Doc, ref.Claim))
		waitFor(t, ctx, "the carriers", `document.querySelector("#carriers")?.hasAttribute("data-others")`)
		if got := eval[string](t, ctx, `document.querySelector("#carriers").getAttribute("data-others")`); got != fmt.Sprint(others) || others == 0 {
			t.Errorf("other documents: %s, want %d (>0)", got, others)
		}
		screenshot(t, ctx, dir, "reader-trace.png")
		// Follow the first other document.
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#carriers ul.others a"))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, "the other document", fmt.Sprintf(`location.hash.startsWith("#/doc/") && !location.hash.startsWith("#/doc/%s") && !!document.querySelector("#chain-tree")`, ref.Doc))
	})

	t.Run("claims view click through", func(t *testing.T) {
		nav("#/claims?certainty=certain")
		waitFor(t, ctx, "the claims table", `document.querySelectorAll("#claims tbody tr").length > 0`)
		var p page[claimView]
		getJSON(t, s, "/api/v1/claims?certainty=certain&limit=50", &p)
		if got := eval[int](t, ctx, `document.querySelectorAll("#claims tbody tr").length`); got != len(p.Items) {
			t.Errorf("claim rows: %d, want %d", got, len(p.Items))
		}
		first := p.Items[0]
		ind := "–"
		if first.Linked {
			ind = fmt.Sprint(*first.Independent)
		}
		cell := eval[string](t, ctx, `document.querySelector("#claims tbody tr td:nth-child(6)").textContent`)
		if !strings.HasPrefix(cell, ind) {
			t.Errorf("independent sources cell %q, want %s", cell, ind)
		}
		screenshot(t, ctx, dir, "claims.png")
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#claims tbody tr a.claim-link"))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, "the claim in the reader", fmt.Sprintf(`document.querySelector("#chain-tree")?.getAttribute("data-claim") === %q`, first.Local))
	})

	t.Run("actor graph", func(t *testing.T) {
		var g Graph
		getJSON(t, s, "/api/v1/graph/actors?docs=200", &g)
		nav("#/actors")
		waitFor(t, ctx, "the graph", `document.querySelector("#actor-graph")?.hasAttribute("data-rendered-nodes") && !!document.querySelector("#actor-graph canvas")`)
		nodes := eval[string](t, ctx, `document.querySelector("#actor-graph").getAttribute("data-rendered-nodes")`)
		edges := eval[string](t, ctx, `document.querySelector("#actor-graph").getAttribute("data-rendered-edges")`)
		if nodes != fmt.Sprint(len(g.Nodes)) || edges != fmt.Sprint(len(g.Edges)) || len(g.Nodes) == 0 {
			t.Errorf("graph drew %s nodes, %s edges; API has %d, %d", nodes, edges, len(g.Nodes), len(g.Edges))
		}
		// The canvas really has drawing on it: some pixels are not blank.
		painted := eval[int](t, ctx, `(() => { let n = 0; for (const c of document.querySelectorAll("#actor-graph canvas")) {
			const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
			for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) n++; } return n; })()`)
		if painted == 0 {
			t.Error("the graph canvas is blank")
		}
		screenshot(t, ctx, dir, "actors.png")
		// Selecting an actor lists its claims.
		var pick *GraphNode
		for i, n := range g.Nodes {
			var d actorDetail
			w := do(t, s, "GET", "/api/v1/actors/"+url.PathEscape(n.ID), nil)
			if w.Code == 200 && json.Unmarshal(w.Body.Bytes(), &d) == nil && len(d.ClaimsBy) > 0 {
				pick = &g.Nodes[i]
				break
			}
		}
		if pick == nil {
			t.Fatal("no graph actor makes claims")
		}
		var d actorDetail
		getJSON(t, s, "/api/v1/actors/"+url.PathEscape(pick.ID), &d)
		nav("#/actors/" + url.PathEscape(pick.ID))
		waitFor(t, ctx, "the actor panel", `!!document.querySelector("#actor-claims-by")`)
		if got := eval[int](t, ctx, `document.querySelectorAll("#actor-claims-by li").length`); got != len(d.ClaimsBy) {
			t.Errorf("actor %s: %d claims listed, want %d", pick.ID, got, len(d.ClaimsBy))
		}
		screenshot(t, ctx, dir, "actor-selected.png")
	})

	t.Run("timeline", func(t *testing.T) {
		var p page[eventView]
		getJSON(t, s, "/api/v1/events?docs=200&limit=500", &p)
		nav("#/timeline")
		waitFor(t, ctx, "the timeline", `!!document.querySelector("#timeline")`)
		if got := eval[int](t, ctx, `document.querySelectorAll("#timeline li.event").length`); got != len(p.Items) {
			t.Errorf("timeline: %d events, want %d", got, len(p.Items))
		}
		screenshot(t, ctx, dir, "timeline.png")
	})

	t.Run("hostile article is text", func(t *testing.T) {
		h := f.hostile
		nav(fmt.Sprintf("#/doc/%s", h.Document.ID))
		waitFor(t, ctx, "the hostile document", `!!document.querySelector("#reader-text")`)
		text := eval[string](t, ctx, `document.querySelector("#reader-text").textContent`)
		for _, want := range []string{"<script>", `onerror="window.__pwned='img'"`, `href="javascript:`} {
			if !strings.Contains(text, want) {
				t.Errorf("reader does not show %q as text", want)
			}
		}
		if got := eval[string](t, ctx, `document.querySelector("header.doc-head h2").textContent`); !strings.Contains(got, "onmouseover") {
			t.Errorf("title %q: markup not shown as text", got)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("#main script, #main img, #main b, #main [onerror], #main [onmouseover], #main a[href^='javascript']").length`); n != 0 {
			t.Errorf("%d elements from the document's markup made it into the page", n)
		}
		// HTML posted to the analyse view: scripts and handlers are dropped
		// by the extractor, and nothing in it runs.
		nav("#/analyse")
		html := `<html><body><article><p>The minister said <script>window.__pwned="post"</script> the talks failed.</p>` +
			`<p onclick="window.__pwned='click'">Officials said <a href="javascript:window.__pwned='a'">the vote</a> was delayed <img src=x onerror="window.__pwned='img2'">.</p></article></body></html>`
		if err := chromedp.Do(ctx,
			chromedp.SetValue(chromedp.CSS("#analyse-text"), html),
			chromedp.Click(chromedp.CSS("#analyse-html")),
			chromedp.Click(chromedp.CSS("#analyse-run")),
		); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, "the posted analysis", `!!document.querySelector("#analyse-result #reader-text")`)
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#analyse-result #reader-text"))); err != nil {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond) // give any handler a chance to run
		if got := eval[string](t, ctx, `String(window.__pwned)`); got != "undefined" {
			t.Errorf("a script from the article ran: window.__pwned = %s", got)
		}
		screenshot(t, ctx, dir, "hostile.png")
	})
}
