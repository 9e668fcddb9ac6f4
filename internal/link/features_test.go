package link

import (
	"context"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hearsaynews/hearsay/internal/doc"
)

func TestWordsAndStems(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Government forces shelled the city, killing 13,600 people.", "government forces shelled the city killing 13600 people"},
		{"The ministry's statement: 2.5 tonnes", "the ministry statement 2.5 tonnes"},
		{"Kherson’s mayor", "kherson mayor"},
	} {
		if got := strings.Join(words(c.in), " "); got != c.want {
			t.Errorf("words(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"shelled", "shell"}, {"shelling", "shell"}, {"shells", "shell"}, {"supplies", "supply"},
		{"killed", "kill"}, {"stopped", "stop"}, {"aid", "aid"},
	} {
		if got := stem(c.in); got != c.want {
			t.Errorf("stem(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestContentOf(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Djibo came under attack, and 27 people died, Tariq Moreno, the regional health director, said", "Djibo came under attack, and 27 people died"},
		{"27 people died, officials said.", "27 people died"},
		{"Fighting continued, and 27 people died", "Fighting continued, and 27 people died"},
		{"He said", "He said"},
	} {
		if got := contentOf(c.in); got != c.want {
			t.Errorf("contentOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNames(t *testing.T) {
	got := names("At least 27 civilians died after the Northern Salvation Army hit Djibo on Monday and Port-au-Prince")
	want := []string{"n:northern salvation army", "n:djibo", "n:port-au-prince"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("names = %v, want %v", got, want)
	}
}

func TestWidenName(t *testing.T) {
	text := "The East African wrote that Agence France-Presse reported it."
	d := doc.New(text)
	for _, c := range []struct{ part, want string }{
		{"African", "The East African"},
		{"Presse", "Agence France-Presse"},
		{"The", "The"},
		{"reported", "reported"},
	} {
		i := strings.Index(text, c.part)
		sp := doc.Span{Start: i, End: i + len(c.part)}
		if got := d.Slice(widenName(d, sp)); got != c.want {
			t.Errorf("widen %q = %q, want %q", c.part, got, c.want)
		}
	}
}

func TestLeadSource(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Balkan Daily reported that a blaze gutted three warehouses", "Balkan Daily"},
		{"According to the Black Sea Courier, a fire destroyed", "Black Sea Courier"},
		{"The New York Times said on Monday that", "The New York Times"},
		{"Government forces shelled the city", ""},
		{"Police arrested 14 people", ""},
		{"According to officials, 12 died", ""},
	} {
		if got := leadSource(c.in); got != c.want {
			t.Errorf("leadSource(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseRef(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Ref
		ok   bool
	}{
		{"3f2a9c0d1e4b5a67:c4", Ref{"3f2a9c0d1e4b5a67", "c4"}, true},
		{"doc:with:colons:c1", Ref{"doc:with:colons", "c1"}, true},
		{"c4", Ref{}, false},
		{"doc:", Ref{}, false},
		{":c1", Ref{}, false},
	} {
		got, err := ParseRef(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseRef(%q) = %v, %v", c.in, got, err)
		}
		if c.ok && got.String() != c.in {
			t.Errorf("%v.String() = %q, want %q", got, got.String(), c.in)
		}
	}
}

// TestMinHashEstimate checks that signature similarity tracks the true
// Jaccard similarity of shingle sets within the error 60 hashes allow.
func TestMinHashEstimate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, j := range []float64{0.1, 0.5, 0.9} {
		var errSum float64
		for trial := 0; trial < 20; trial++ {
			// Two sets of 100 with |A∩B| = 200j/(1+j).
			shared := int(200 * j / (1 + j))
			var a, b []uint64
			for i := 0; i < shared; i++ {
				x := r.Uint64()
				a, b = append(a, x), append(b, x)
			}
			for len(a) < 100 {
				a = append(a, r.Uint64())
				b = append(b, r.Uint64())
			}
			est := similarity(minhash(a), minhash(b))
			errSum += est - float64(shared)/float64(200-shared)
		}
		if mean := errSum / 20; mean > 0.05 || mean < -0.05 {
			t.Errorf("Jaccard %.1f: mean estimate error %.3f", j, mean)
		}
	}
}

func TestConflicts(t *testing.T) {
	if !numbersConflict([]float64{12}, []float64{40}) || numbersConflict([]float64{12, 40}, []float64{40}) || numbersConflict(nil, []float64{3}) {
		t.Error("numbersConflict")
	}
	if timesConflict([]string{"2024-03-04"}, []string{"2024-03-10"}, 7*24*time.Hour) ||
		!timesConflict([]string{"2024-03-04"}, []string{"2024-03-20"}, 7*24*time.Hour) ||
		timesConflict([]string{"2024-03"}, nil, time.Hour) {
		t.Error("timesConflict")
	}
	a := &Record{Text: "Japan sent aid to Goma", F: Features{Agents: []Agent{{Key: "c:JP", Forms: []string{"japan"}}}}}
	b := &Record{Text: "Kenya sent aid to Goma", F: Features{Agents: []Agent{{Key: "c:KE", Forms: []string{"kenya"}}}}}
	c := &Record{Text: "Aid from Japan reached Goma", F: Features{}}
	if !agentConflict(a, b) || agentConflict(a, c) {
		t.Error("agentConflict")
	}
}

// TestTraceCycle checks that two outlets each naming the other still give
// a tree with a root.
func TestTraceCycle(t *testing.T) {
	ctx := context.Background()
	mk := func(id, outlet, cites, pub string) *doc.Doc {
		text := cites + " reported that rebels shelled the town of Ostrava, killing 12 people."
		d := doc.New(text)
		d.ID, d.Outlet, d.Published = id, outlet, pub
		d.Entities = []doc.Entity{{ID: "e1", Name: cites, Type: doc.EntityOutlet, Mentions: []doc.Mention{{Span: doc.Span{Start: 0, End: len([]rune(cites))}}}}}
		cs := len([]rune(cites + " reported that "))
		d.Attributions = []doc.Attribution{{ID: "a1", Source: doc.Source{Span: doc.Span{Start: 0, End: len([]rune(cites))}, Kind: doc.SourceOutlet, Entity: "e1"},
			Cue: doc.Cue{Span: doc.Span{Start: len([]rune(cites)) + 1, End: len([]rune(cites)) + 9}, Type: doc.CueStatement}, Content: doc.Span{Start: cs, End: d.Len() - 1}}}
		d.Claims = []doc.Claim{{ID: "c1", Span: doc.Span{Start: cs, End: d.Len() - 1}, Attribution: "a1", Polarity: doc.Positive}}
		return d
	}
	l := New(NewMemIndex(), Options{})
	for _, d := range []*doc.Doc{
		mk("x", "Alpha Gazette", "Beta Herald", "2024-03-04T10:00:00Z"),
		mk("y", "Beta Herald", "Alpha Gazette", "2024-03-04T11:00:00Z"),
	} {
		if _, err := l.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	tr, err := l.Trace(ctx, Ref{"y", "c1"})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Carriers != 2 || tr.Independent != 1 || len(tr.Roots) != 1 || tr.Origin == nil || tr.Origin.Ref.Doc != "x" {
		t.Errorf("trace: %d carriers, %d origins, %d roots, origin %+v", tr.Carriers, tr.Independent, len(tr.Roots), tr.Origin)
	}
	// x names Beta Herald, which is not in the store before x: the root is
	// the outlet Beta Herald, under which x hangs, and y cites x.
	if tr.Roots[0].Kind != "outlet" || len(tr.Roots[0].Children) != 1 || len(tr.Roots[0].Children[0].Children) != 1 {
		t.Errorf("tree: %+v", tr.Roots[0])
	}
	if _, err := l.Add(ctx, &doc.Doc{}); err == nil {
		t.Error("a document without an ID was linked")
	}
}

func TestStatsByID(t *testing.T) {
	ctx := context.Background()
	l := New(NewMemIndex(), Options{})
	mk := func(id, outlet, text, pub string) *doc.Doc {
		d := doc.New(text)
		d.ID, d.Outlet, d.Published = id, outlet, pub
		d.Claims = []doc.Claim{{ID: "c1", Span: doc.Span{Start: 0, End: d.Len()}, Polarity: doc.Positive}}
		return d
	}
	for _, d := range []*doc.Doc{
		mk("a", "Alpha Gazette", "A fire destroyed three warehouses at the port of Varna on Sunday night", "2025-06-02T06:00:00Z"),
		mk("b", "Beta Herald", "A fire destroyed three warehouses at the port of Varna on Sunday night", "2025-06-02T08:00:00Z"),
		mk("c", "Gamma Post", "A fire destroyed three warehouses at the port of Varna on Sunday night", "2025-06-02T09:00:00Z"),
		mk("d", "Delta News", "The central bank of Estonia raised its main interest rate on Wednesday", "2025-06-02T09:00:00Z"),
	} {
		if _, err := l.Add(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	st, err := l.StatsByID(ctx, []string{"c:c1", "d:c1", "nope", "zz:c1"})
	if err != nil {
		t.Fatal(err)
	}
	if s := st["c:c1"]; s.Carriers != 3 || s.Independent != 1 || !s.Circular || s.Contested {
		t.Errorf("copied claim: %+v, want 3 carriers, 1 origin, circular", s)
	}
	if s := st["d:c1"]; s.Carriers != 1 || s.Circular {
		t.Errorf("single claim: %+v", s)
	}
	if len(st) != 2 {
		t.Errorf("stats for %d claims, want 2: %v", len(st), st)
	}
}
