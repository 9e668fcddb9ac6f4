package export

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
)

func linker(st *sqlite.Store) *link.Linker { return link.New(st.LinkIndex(), link.Options{}) }

func TestPROV(t *testing.T) {
	st, docs := openFixture(t)
	qs := quads(t, exportString(t, st, "prov", Filter{}, Options{Provenance: &LinkProvenance{L: linker(st)}}))
	for _, term := range []string{"Entity", "Agent", "Person", "Organization"} {
		if len(triples(qs, rdfType, provNS+term)) == 0 {
			t.Errorf("no prov:%s", term)
		}
	}
	for _, p := range []string{"wasQuotedFrom", "wasDerivedFrom", "hadPrimarySource", "wasAttributedTo"} {
		if len(triples(qs, provNS+p, "")) == 0 {
			t.Errorf("no prov:%s statement", p)
		}
	}
	// Every attributed claim is quoted from the statement of its outermost
	// attribution, and a nested attribution's statement is quoted from
	// the inner one: "state television: Tehran accused ...".
	quoted := triples(qs, provNS+"wasQuotedFrom", "")
	nested := 0
	for _, a := range docs {
		x := index(a)
		for i := range a.Claims {
			ch := x.chain(&a.Claims[i])
			if len(ch) == 0 {
				continue
			}
			c := "<urn:hearsay:claim:" + a.Document.ID + ":" + a.Claims[i].ID + ">"
			want := "<urn:hearsay:statement:" + a.Document.ID + ":" + ch[0].ID + ">"
			if got := quoted[c]; len(got) != 1 || got[0] != want {
				t.Errorf("%s wasQuotedFrom %v, want %s", c, got, want)
			}
			if len(ch) > 1 {
				nested++
				s := "<urn:hearsay:statement:" + a.Document.ID + ":" + ch[0].ID + ">"
				in := "<urn:hearsay:statement:" + a.Document.ID + ":" + ch[1].ID + ">"
				if got := quoted[s]; len(got) != 1 || got[0] != in {
					t.Errorf("%s wasQuotedFrom %v, want %s", s, got, in)
				}
			}
		}
	}
	if nested == 0 {
		t.Error("the fixture has no nested attribution: the chain check ran on nothing")
	}
}

// A document that retells another outlet's article has it as primary
// source; the outlet is an agent.
func TestPROVRelay(t *testing.T) {
	text := "Svobodnaya Pressa writes that the valley fell."
	outlet := "Daily Example"
	a := &contract.Analysis{Document: contract.Document{ID: "d1", Text: text, Outlet: &outlet,
		Relays: &contract.Relay{Outlet: "Svobodnaya Pressa", Evidence: contract.Span{Start: 0, End: 17, Text: "Svobodnaya Pressa"}}},
		Claims: []contract.Claim{{ID: "c1", Span: contract.Span{Start: 34, End: 46, Text: "valley fell."}, Certainty: "certain", Polarity: "positive"}}}
	var b bytes.Buffer
	w := NewPROV(&b, Options{Base: "https://example.org/hearsay/"})
	if err := w.WriteDoc(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	qs := quads(t, b.String())
	doc := "<https://example.org/hearsay/doc:d1>"
	src := triples(qs, provNS+"hadPrimarySource", "")[doc]
	if len(src) != 1 || !strings.Contains(src[0], "relayed:d1") {
		t.Fatalf("document primary source %v, want the relayed article", src)
	}
	by := triples(qs, provNS+"wasAttributedTo", "")[src[0]]
	if len(by) != 1 || by[0] != "<https://example.org/hearsay/agent:outlet:svobodnaya-pressa>" {
		t.Errorf("relayed article attributed to %v", by)
	}
	if got := triples(qs, provNS+"hadPrimarySource", "")["<https://example.org/hearsay/claim:d1:c1>"]; len(got) != 1 || got[0] != src[0] {
		t.Errorf("unattributed claim of a retelling document: primary source %v, want %s", got, src[0])
	}
	if len(triples(qs, rdfType, provNS+"Organization")) != 2 {
		t.Errorf("want both outlets as prov:Organization")
	}
}
