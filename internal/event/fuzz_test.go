package event

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// FuzzRun feeds arbitrary text (with a mention on every capitalised word)
// to the stage without syntax: it must not panic and every span must lie
// in the text. Run longer with go test -fuzz FuzzRun ./internal/event.
func FuzzRun(f *testing.F) {
	for _, s := range []string{"Kenya deployed 300 soldiers in Somalia.", "If Iran attacked, , Israel", "by by by 27",
		"Tajikistan, which has , has started providing assistance to X", "“Ёжик” attacked Ü. ,", "the helicopters flew from"} {
		f.Add(s)
	}
	st, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8Valid(text) {
			return
		}
		d := doc.New(text)
		d.Published = "2020-01-02"
		off := 0
		for _, w := range strings.Fields(text) {
			i := strings.Index(text[off:], w)
			b := off + i
			off = b + len(w)
			if w[0] >= 'A' && w[0] <= 'Z' {
				d.Entities = append(d.Entities, doc.Entity{ID: w, Type: doc.EntityCountry,
					Mentions: []doc.Mention{{Span: d.SpanOfBytes(b, off), Kind: doc.MentionName}}})
			}
		}
		d.Claims = []doc.Claim{{ID: "c1", Span: doc.Span{Start: 0, End: d.Len()}}}
		if err := st.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Events {
			if e.Trigger.Start < 0 || e.Trigger.End > d.Len() || e.Trigger.Empty() {
				t.Fatalf("bad trigger %+v in %q", e.Trigger, text)
			}
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// TestBrokenParses gives the stage parses with random heads and relations,
// cycles included: it must finish without panicking and keep its spans in
// the text.
func TestBrokenParses(t *testing.T) {
	s, _ := New(Options{})
	deps := []string{"nsubj", "obj", "obl", "nmod", "amod", "acl", "acl:relcl", "xcomp", "advcl", "conj", "case", "det", "root", "nsubj:pass", "obl:agent", "mark", "nummod", "punct"}
	seed := uint32(7)
	rnd := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	for _, f := range []string{"shelled", "accused", "providing", "according", "rootnoun"} {
		for round := 0; round < 200; round++ {
			d := docFromCoNLLU(t, filepath.Join("testdata", f+".conllu"), true)
			for i := range d.Tokens {
				if round%2 == 0 {
					// Anything at all (read by position, as implausible).
					d.Tokens[i].Head = rnd(len(d.Tokens)+1) - 1
					d.Tokens[i].Dep = deps[rnd(len(deps))]
				} else if d.Tokens[i].Head >= 0 {
					// Sound relations on random heads, cycles included:
					// this passes as plausible and is read as a parse.
					d.Tokens[i].Head = rnd(len(d.Tokens))
				}
			}
			if err := s.Run(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			for _, e := range d.Events {
				if e.Trigger.End > d.Len() {
					t.Fatalf("%s: trigger %v outside the text", f, e.Trigger)
				}
			}
		}
	}
}
