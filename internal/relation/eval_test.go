//go:build evalgold

package relation

import (
	"context"
	"os"
	"testing"

	"github.com/hearsaynews/hearsay/internal/attribution"
	"github.com/hearsaynews/hearsay/internal/certainty"
	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/entity"
	"github.com/hearsaynews/hearsay/internal/event"
	"github.com/hearsaynews/hearsay/internal/nlp"
	"github.com/hearsaynews/hearsay/internal/nlp/models"
	"github.com/hearsaynews/hearsay/internal/segment"
	"github.com/hearsaynews/hearsay/internal/syntax"
)

// TestEvalGold runs the event and relation stages over the text of a
// contract-format gold file with the gold's entities, attributions and
// claims as input (so the figures measure these stages alone; with
// HEARSAY_EVAL_UPSTREAM=gold-events the gold events too) and writes the analysis for tools/score.py. With
// HEARSAY_EVAL_SYNTAX=1 the text is first segmented and parsed with the
// embedded models; with HEARSAY_EVAL_UPSTREAM=pipeline every earlier
// stage runs from the text instead of the gold. Build tag evalgold; it runs only when
// HEARSAY_EVAL_GOLD (input) and HEARSAY_EVAL_OUT (output) are set:
//
//	HEARSAY_EVAL_GOLD=gold.json HEARSAY_EVAL_OUT=out.json go test -tags evalgold -run TestEvalGold ./internal/relation
func TestEvalGold(t *testing.T) {
	in, out := os.Getenv("HEARSAY_EVAL_GOLD"), os.Getenv("HEARSAY_EVAL_OUT")
	if in == "" || out == "" {
		t.Skip("HEARSAY_EVAL_GOLD and HEARSAY_EVAL_OUT not set")
	}
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := contract.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	d, err := contract.ToDoc(a)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("HEARSAY_EVAL_UPSTREAM") != "gold-events" {
		d.Events = nil
	}
	d.Relations = nil
	full := os.Getenv("HEARSAY_EVAL_UPSTREAM") == "pipeline"
	if full {
		// Everything from the text: the gold only lends the text.
		text, published := d.Text, d.Published
		d = doc.New(text)
		d.Published = published
	}
	if os.Getenv("HEARSAY_EVAL_SYNTAX") != "" || full {
		seg, err := segment.New(segment.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := seg.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		var a nlp.Annotator
		if dir := os.Getenv("HEARSAY_EVAL_MODELS"); dir != "" {
			a, err = models.LoadFS(os.DirFS(dir))
		} else {
			a, err = models.Load()
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := syntax.New(a, syntax.Options{}).Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	if os.Getenv("HEARSAY_EVAL_PUBLISHED") != "" {
		d.Published = os.Getenv("HEARSAY_EVAL_PUBLISHED")
	}
	if full {
		es, err := entity.New(entity.Options{})
		if err != nil {
			t.Fatal(err)
		}
		as, err := attribution.New(attribution.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cs, err := certainty.New(certainty.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range []interface {
			Run(context.Context, *doc.Doc) error
		}{es, as, cs} {
			if err := st.Run(context.Background(), d); err != nil {
				t.Fatal(err)
			}
		}
	}
	if os.Getenv("HEARSAY_EVAL_DUMP") != "" {
		for i, tk := range d.Tokens {
			t.Logf("tok %d %s %s %s %s %d %s", i, tk.Text, tk.Lemma, tk.UPOS, tk.XPOS, tk.Head, tk.Dep)
		}
	}
	if d.Events == nil {
		es, err := event.New(event.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := es.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if err := contract.Write(w, contract.FromDoc(d)); err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Events {
		t.Logf("%s %s %q mode=%q actor=%s recip=%s loc=%s time=%v qty=%v claim=%s %s", e.ID, e.Type, d.Slice(e.Trigger), e.Mode, e.Actor, e.Recipient, e.Location, e.Time, e.Quantity, e.Claim, e.Certainty)
	}
	for _, r := range d.Relations {
		t.Logf("%s %s -> %s", r.Type, r.From, r.To)
	}
	for _, f := range Frames(d) {
		t.Logf("frame %+v", f)
	}
}
