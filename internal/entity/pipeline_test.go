package entity

import (
	"context"
	"os"
	"testing"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/nlp/models"
	"github.com/hearsaynews/hearsay/internal/segment"
	"github.com/hearsaynews/hearsay/internal/syntax"
)

// analyze runs segment → syntax (embedded models) → entity over text.
func analyze(t testing.TB, text string) *doc.Doc {
	t.Helper()
	return analyzeFrom(t, text, "")
}

// analyzeFrom is analyze for a document whose metadata names the outlet
// it comes from.
func analyzeFrom(t testing.TB, text, outlet string) *doc.Doc {
	t.Helper()
	d := doc.New(text)
	d.Outlet = outlet
	ctx := context.Background()
	sg, err := segment.New(segment.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := sg.Run(ctx, d); err != nil {
		t.Fatal(err)
	}
	ann, err := models.Load()
	if err != nil {
		t.Fatal(err)
	}
	if err := syntax.New(ann, syntax.Options{}).Run(ctx, d); err != nil {
		t.Fatal(err)
	}
	st, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Run(ctx, d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestWriteAnalysis writes the contract JSON of one text file, for scoring
// with the shared scorer:
//
//	HEARSAY_ENTITY_IN=article.txt HEARSAY_ENTITY_OUT=out.json go test ./internal/entity -run TestWriteAnalysis
func TestWriteAnalysis(t *testing.T) {
	in, out := os.Getenv("HEARSAY_ENTITY_IN"), os.Getenv("HEARSAY_ENTITY_OUT")
	if in == "" || out == "" {
		t.Skip("set HEARSAY_ENTITY_IN and HEARSAY_ENTITY_OUT")
	}
	b, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	d := analyze(t, string(b))
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := contract.Write(f, contract.FromDoc(d)); err != nil {
		t.Fatal(err)
	}
}
