package link

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/storygen"
)

// Scores are the linking measures of the issue.
type Scores struct {
	Items                            int
	PairP, PairR, PairF              float64 // pairwise cluster precision, recall, F1
	B3P, B3R, B3F                    float64 // B-cubed
	OriginAcc                        float64 // multi-document clusters whose origin is right
	Origins                          int
	CircP, CircR, CircF              float64
	ContraP, ContraR, ContraF        float64
	ContraTrue, ContraPred, ContraOK int
}

func (s Scores) String() string {
	return fmt.Sprintf("items %d | cluster pairwise P %.3f R %.3f F1 %.3f | B3 P %.3f R %.3f F1 %.3f | origin acc %.3f (%d) | circular P %.3f R %.3f F1 %.3f | contradiction P %.3f R %.3f F1 %.3f (true %d, found %d, right %d)",
		s.Items, s.PairP, s.PairR, s.PairF, s.B3P, s.B3R, s.B3F, s.OriginAcc, s.Origins, s.CircP, s.CircR, s.CircF,
		s.ContraP, s.ContraR, s.ContraF, s.ContraTrue, s.ContraPred, s.ContraOK)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// matchClaim finds the linked claim of d that best covers span: the one
// overlapping most of it, provided it covers at least 30 per cent (the
// analysis may cut a sentence into several claims; the linker is measured
// on the piece that carries most of the scored claim), ties broken by the
// tighter fit. Claims too short to link are passed over.
func matchClaim(d *doc.Doc, span doc.Span) string {
	best, bestCover, bestFit := "", 0.3, 0.0
	for _, c := range d.Claims {
		inter := min(c.Span.End, span.End) - max(c.Span.Start, span.Start)
		if inter <= 0 {
			continue
		}
		union := max(c.Span.End, span.End) - min(c.Span.Start, span.Start)
		cover := float64(inter) / float64(span.Len())
		fit := float64(inter) / float64(union)
		if cover > bestCover || (cover == bestCover && fit > bestFit) {
			best, bestCover, bestFit = c.ID, cover, fit
		}
	}
	return best
}

// evaluate scores what l has linked from docs against truth.
func evaluate(ctx context.Context, t testing.TB, l *Linker, docs map[string]*doc.Doc, truth storygen.Truth, rels []Relation) Scores {
	var s Scores
	type item struct {
		truth string
		pred  ClusterID // negative: unmatched, a singleton of its own
		ref   Ref
	}
	items := make([]item, 0, len(truth.Claims))
	for i, tc := range truth.Claims {
		it := item{truth: tc.Cluster, pred: ClusterID(-1 - i)}
		if d := docs[tc.Doc]; d != nil {
			if cid := matchClaim(d, tc.Span); cid != "" {
				it.ref = Ref{tc.Doc, cid}
				if rec, err := l.idx.ClaimByRef(ctx, it.ref); err == nil {
					cl, err := l.idx.ClusterOf(ctx, []ClaimID{rec.ID})
					if err != nil {
						t.Fatal(err)
					}
					it.pred = cl[0]
				}
			}
		}
		items = append(items, it)
	}
	s.Items = len(items)
	// Pairwise and B-cubed over the scored claims.
	var tp, fp, fn int
	var b3p, b3r float64
	for i := range items {
		samePred, sameTruth, both := 0, 0, 0
		for j := range items {
			sp := items[i].pred == items[j].pred
			st := items[i].truth == items[j].truth
			if sp {
				samePred++
			}
			if st {
				sameTruth++
			}
			if sp && st {
				both++
			}
			if j <= i {
				continue
			}
			switch {
			case sp && st:
				tp++
			case sp:
				fp++
			case st:
				fn++
			}
		}
		b3p += float64(both) / float64(samePred)
		b3r += float64(both) / float64(sameTruth)
	}
	s.PairP, s.PairR = ratio(tp, tp+fp), ratio(tp, tp+fn)
	s.PairF = f1(s.PairP, s.PairR)
	s.B3P, s.B3R = b3p/float64(len(items)), b3r/float64(len(items))
	s.B3F = f1(s.B3P, s.B3R)

	// Each true cluster is represented by the predicted cluster holding most
	// of its claims, and each predicted cluster stands for the true cluster
	// it holds most claims of.
	votes := map[string]map[ClusterID]int{}
	back := map[ClusterID]map[string]int{}
	for _, it := range items {
		if votes[it.truth] == nil {
			votes[it.truth] = map[ClusterID]int{}
		}
		votes[it.truth][it.pred]++
		if back[it.pred] == nil {
			back[it.pred] = map[string]int{}
		}
		back[it.pred][it.truth]++
	}
	plurality := func(m map[ClusterID]int) ClusterID {
		best, n := ClusterID(0), -1
		for k, v := range m {
			if v > n || (v == n && k < best) {
				best, n = k, v
			}
		}
		return best
	}
	truthOf := func(c ClusterID) string {
		best, n := "", -1
		for k, v := range back[c] {
			if v > n || (v == n && k < best) {
				best, n = k, v
			}
		}
		return best
	}
	refOf := map[ClusterID]Ref{}
	for _, it := range items {
		if it.pred > 0 {
			refOf[it.pred] = it.ref
		}
	}
	var originOK, circTP, circFP, circFN int
	for _, tc := range truth.Clusters {
		pc := plurality(votes[tc.ID])
		var tr *Trace
		if pc > 0 {
			var err error
			if tr, err = l.Trace(ctx, refOf[pc]); err != nil {
				t.Fatalf("trace %s: %v", refOf[pc], err)
			}
		}
		if len(tc.Docs) >= 2 {
			s.Origins++
			if tr != nil && tr.Origin != nil && tr.Origin.Ref.Doc == tc.Origin {
				originOK++
			}
		}
		circ := tr != nil && tr.Circular
		switch {
		case circ && tc.Circular:
			circTP++
		case circ:
			circFP++
		case tc.Circular:
			circFN++
		}
	}
	s.OriginAcc = ratio(originOK, s.Origins)
	s.CircP, s.CircR = ratio(circTP, circTP+circFP), ratio(circTP, circTP+circFN)
	s.CircF = f1(s.CircP, s.CircR)

	// Contradictions, as unordered pairs of true clusters.
	pair := func(a, b string) [2]string {
		if b < a {
			a, b = b, a
		}
		return [2]string{a, b}
	}
	want := map[[2]string]bool{}
	for _, c := range truth.Contradictions {
		want[pair(c.A, c.B)] = true
	}
	// A claim stands for the true cluster of its document's scored claim
	// when it overlaps it (the analysis may cut one sentence into several
	// claims), else for the true cluster its predicted cluster stands for.
	byDoc := map[string]storygen.TruthClaim{}
	for _, tc := range truth.Claims {
		byDoc[tc.Doc] = tc
	}
	truthOfClaim := func(id ClaimID, c ClusterID) string {
		recs, err := l.idx.Claims(ctx, []ClaimID{id})
		if err != nil || len(recs) == 0 {
			t.Fatalf("claim %d: %v", id, err)
		}
		if tc, ok := byDoc[recs[0].Ref.Doc]; ok {
			if d := docs[tc.Doc]; d != nil {
				for _, c := range d.Claims {
					if c.ID == recs[0].Ref.Claim && c.Span.Overlaps(tc.Span) {
						return tc.Cluster
					}
				}
			}
		}
		return truthOf(c)
	}
	got := map[[2]string]bool{}
	for _, r := range rels {
		cl, err := l.idx.ClusterOf(ctx, []ClaimID{r.From, r.To})
		if err != nil {
			t.Fatal(err)
		}
		a, b := truthOfClaim(r.From, cl[0]), truthOfClaim(r.To, cl[1])
		if a == "" || b == "" {
			// A contradiction between claims no truth covers is still a
			// contradiction reported; count it against precision.
			recs, _ := l.idx.Claims(ctx, []ClaimID{r.From, r.To})
			a, b = fmt.Sprint("?", cl[0], recs[0].Text), fmt.Sprint("?", cl[1], recs[1].Text)
		}
		if a != b {
			got[pair(a, b)] = true
			if testing.Verbose() && !want[pair(a, b)] {
				recs, _ := l.idx.Claims(ctx, []ClaimID{r.From, r.To})
				t.Logf("false contradiction (%s): %s %q <> %s %q", r.Reason, recs[0].Ref, recs[0].Text, recs[1].Ref, recs[1].Text)
			}
		}
	}
	for p := range got {
		if want[p] {
			s.ContraOK++
		}
	}
	s.ContraTrue, s.ContraPred = len(want), len(got)
	s.ContraP, s.ContraR = ratio(s.ContraOK, len(got)), ratio(s.ContraOK, len(want))
	s.ContraF = f1(s.ContraP, s.ContraR)
	if testing.Verbose() {
		var wrong []string
		for p := range got {
			if !want[p] {
				wrong = append(wrong, p[0]+" <> "+p[1])
			}
		}
		slices.Sort(wrong)
		for i, w := range wrong {
			if i < 10 {
				t.Logf("false contradiction: %s", w)
			}
		}
	}
	return s
}

// linkAll links the documents in order and collects relations.
func linkAll(ctx context.Context, t testing.TB, l *Linker, docs []*doc.Doc) []Relation {
	var rels []Relation
	for _, d := range docs {
		res, err := l.Add(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		rels = append(rels, res.Relations...)
	}
	return rels
}

// TestGeneratedCorpus links a generated corpus from its oracle analyses
// (exact entities, attributions, claims and events) and checks the targets:
// cluster F1 ≥ 0.9, origin accuracy ≥ 0.9, circular and contradiction
// F1 ≥ 0.8.
func TestGeneratedCorpus(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			ctx := context.Background()
			c := storygen.Generate(storygen.Options{Seed: seed, Stories: 40, Noise: 30})
			docs := map[string]*doc.Doc{}
			var list []*doc.Doc
			for _, a := range c.Articles {
				docs[a.ID] = a.Oracle
				list = append(list, a.Oracle)
			}
			l := New(NewMemIndex(), Options{})
			rels := linkAll(ctx, t, l, list)
			s := evaluate(ctx, t, l, docs, c.Truth, rels)
			t.Logf("%d documents: %s", len(list), s)
			checkTargets(t, s)
		})
	}
}

func checkTargets(t *testing.T, s Scores) {
	t.Helper()
	for _, c := range []struct {
		name string
		got  float64
		min  float64
	}{
		{"cluster pairwise F1", s.PairF, 0.9},
		{"cluster B3 F1", s.B3F, 0.9},
		{"origin accuracy", s.OriginAcc, 0.9},
		{"circular F1", s.CircF, 0.8},
		{"contradiction F1", s.ContraF, 0.8},
	} {
		if c.got < c.min {
			t.Errorf("%s = %.3f, want ≥ %.2f", c.name, c.got, c.min)
		}
	}
}

// strip removes layers from copies of the oracle analyses, to see how the
// linker does when the pipeline finds less.
func strip(d *doc.Doc, events, entities bool) *doc.Doc {
	c := *d
	if events {
		c.Events = nil
	}
	if entities {
		c.Entities = nil
		c.Events = nil
		for i := range c.Attributions {
			c.Attributions[i].Source.Entity = ""
		}
	}
	return &c
}

// TestGeneratedCorpusDegraded links the same corpus without the event layer
// and then without entities and events, the situation of a pipeline whose
// later stages find nothing. It asserts lower floors: the text signals
// (reprints, shared words and numbers) must still carry most of the work.
func TestGeneratedCorpusDegraded(t *testing.T) {
	for _, c := range []struct {
		name             string
		events, entities bool
		minClusterF      float64
		minOrigin        float64
	}{
		{"no-events", true, false, 0.8, 0.8},
		{"text-only", true, true, 0.5, 0.6},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			corpus := storygen.Generate(storygen.Options{Seed: 4, Stories: 40, Noise: 30})
			docs := map[string]*doc.Doc{}
			var list []*doc.Doc
			for _, a := range corpus.Articles {
				d := strip(a.Oracle, c.events, c.entities)
				docs[a.ID] = d
				list = append(list, d)
			}
			l := New(NewMemIndex(), Options{})
			rels := linkAll(ctx, t, l, list)
			s := evaluate(ctx, t, l, docs, corpus.Truth, rels)
			t.Logf("%s, %d documents: %s", c.name, len(list), s)
			if s.PairF < c.minClusterF || s.OriginAcc < c.minOrigin {
				t.Errorf("cluster F1 %.3f (want ≥ %.2f), origin accuracy %.3f (want ≥ %.2f)", s.PairF, c.minClusterF, s.OriginAcc, c.minOrigin)
			}
		})
	}
}
