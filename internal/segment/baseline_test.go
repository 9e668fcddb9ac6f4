package segment

import (
	"os"
	"testing"

	"github.com/jdkato/prose/v3"
)

// TestEWTBaseline scores prose v3's tokenizer and sentence splitter on
// the same documents as TestEWT, for comparison. It runs when
// HEARSAY_UD_EWT is set.
func TestEWTBaseline(t *testing.T) {
	path := os.Getenv("HEARSAY_UD_EWT")
	if path == "" {
		t.Skip("HEARSAY_UD_EWT not set")
	}
	for _, mode := range []struct {
		name       string
		paragraphs bool
	}{{"paragraphs", true}, {"running", false}} {
		var tok, sent prf
		for _, g := range readEWT(t, path, mode.paragraphs) {
			pd, err := prose.NewDocument(g.text, prose.WithTagging(false), prose.WithExtraction(false))
			if err != nil {
				t.Fatal(err)
			}
			var pt, ps []bspan
			for _, tk := range pd.Tokens() {
				pt = append(pt, bspan{tk.Start, tk.Start + len(tk.Text)})
			}
			for _, s := range pd.Sentences() {
				ps = append(ps, bspan{s.Start, s.End()})
			}
			var gt []bspan
			for _, x := range g.toks {
				if x.start >= 0 {
					gt = append(gt, x)
				}
			}
			tok.add(gt, pt)
			tok.fn += len(g.toks) - len(gt)
			sent.add(g.sents, ps)
		}
		_, _, tf := tok.f1()
		_, _, sf := sent.f1()
		t.Logf("prose %s: token F1 %.4f, sentence F1 %.4f", mode.name, tf, sf)
	}
}
