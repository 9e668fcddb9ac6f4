// Package linktest is the conformance suite for link.Index implementations:
// Run links one generated corpus into the index under test and into a
// link.MemIndex and checks that both give the same clusters, traces,
// relations and citations. store/sqlite runs it always, store/postgres when
// HEARSAY_TEST_POSTGRES is set.
package linktest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/storygen"
)

// Run checks idx, which must be empty.
func Run(t *testing.T, idx link.Index) {
	ctx := context.Background()
	corpus := storygen.Generate(storygen.Options{Seed: 11, Stories: 12, Noise: 6})
	want := link.New(link.NewMemIndex(), link.Options{})
	got := link.New(idx, link.Options{})
	var refs []link.Ref
	for _, a := range corpus.Articles {
		rw, err := want.Add(ctx, a.Oracle)
		if err != nil {
			t.Fatal(err)
		}
		rg, err := got.Add(ctx, a.Oracle)
		if err != nil {
			t.Fatalf("add %s: %v", a.ID, err)
		}
		if len(rw.Claims) != len(rg.Claims) || len(rw.Relations) != len(rg.Relations) || len(rw.Citations) != len(rg.Citations) {
			t.Fatalf("add %s: %d claims, %d relations, %d citations; memory index gave %d, %d, %d",
				a.ID, len(rg.Claims), len(rg.Relations), len(rg.Citations), len(rw.Claims), len(rw.Relations), len(rw.Citations))
		}
		for _, c := range rg.Claims {
			refs = append(refs, c.Ref)
		}
	}
	if len(refs) == 0 {
		t.Fatal("nothing linked")
	}
	for _, c := range []struct {
		doc  string
		want bool
	}{{corpus.Articles[0].ID, true}, {"never-added", false}} {
		if got, err := idx.Linked(ctx, c.doc); err != nil || got != c.want {
			t.Errorf("Linked(%s) = %v, %v; want %v", c.doc, got, err, c.want)
		}
	}
	for _, r := range refs {
		tw, err := want.Trace(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		tg, err := got.Trace(ctx, r)
		if err != nil {
			t.Fatalf("trace %s: %v", r, err)
		}
		if a, b := summary(tg), summary(tw); a != b {
			t.Errorf("trace %s:\n got %s\nwant %s", r, a, b)
		}
	}
	sw, err := want.Stats(ctx, refs)
	if err != nil {
		t.Fatal(err)
	}
	sg, err := got.Stats(ctx, refs)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(sg, sw) {
		t.Errorf("stats differ from the memory index")
	}
	// Citations, both ways.
	doc := corpus.Articles[1].ID
	cw, _ := want.Index().Citations(ctx, doc)
	cg, err := idx.Citations(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(cg) != len(cw) || len(cg) == 0 {
		t.Errorf("citations of %s: got %d, want %d (> 0)", doc, len(cg), len(cw))
	} else {
		by, err := idx.CitedBy(ctx, cg[0].Target.Key, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(by, func(c link.Citation) bool { return c.Doc == doc }) {
			t.Errorf("CitedBy(%s) does not list %s", cg[0].Target.Key, doc)
		}
	}
	// Errors.
	if _, err := idx.ClaimByRef(ctx, link.Ref{Doc: "no-such-doc", Claim: "c1"}); !errors.Is(err, link.ErrNotFound) {
		t.Errorf("ClaimByRef of a missing claim: %v, want ErrNotFound", err)
	}
	if res, err := got.Add(ctx, corpus.Articles[0].Oracle); err != nil || !res.Skipped || len(res.Claims) != 0 {
		t.Errorf("adding a document twice: %+v, %v; want it skipped", res, err)
	}
}

func summary(t *link.Trace) string {
	origin := ""
	if t.Origin != nil {
		origin = t.Origin.Key
	}
	var contra []string
	for _, c := range t.Contradictions {
		contra = append(contra, c.Reason+" "+c.Claim.String())
	}
	slices.Sort(contra)
	return fmt.Sprintf("carriers %d independent %d circular %v contested %v origin %s roots %d contradictions %v",
		t.Carriers, t.Independent, t.Circular, t.Contested, origin, len(t.Roots), contra)
}
