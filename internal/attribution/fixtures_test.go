//go:build fixtures

package attribution_test

import (
	"context"
	"os"
	"testing"

	"github.com/hearsaynews/hearsay/internal/attribution/attrtest"
	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/nlp/models"
	"github.com/hearsaynews/hearsay/internal/segment"
	"github.com/hearsaynews/hearsay/internal/syntax"
)

// TestGenerateFixtures annotates the cases of testdata/cases.txt that are
// not yet in testdata/cases.conllu with the segmenter and the embedded
// models (all of them when HEARSAY_UPDATE_FIXTURES=all). It is built only
// with the "fixtures" tag, so that the ordinary tests depend on no model:
//
//	HEARSAY_UPDATE_FIXTURES=1 go test -tags fixtures -run TestGenerateFixtures ./internal/attribution/
//
// Review the diff of the CoNLL-U after.
func TestGenerateFixtures(t *testing.T) {
	if os.Getenv("HEARSAY_UPDATE_FIXTURES") == "" {
		t.Skip("set HEARSAY_UPDATE_FIXTURES=1 to regenerate testdata/cases.conllu")
	}
	for _, dir := range []string{"testdata", "../certainty/testdata"} {
		if err := attrtest.Generate(dir, Annotate, os.Getenv("HEARSAY_UPDATE_FIXTURES") == "all"); err != nil {
			t.Fatal(err)
		}
	}
}

// Annotate runs the segmenter and the embedded models over d.
func Annotate(d *doc.Doc) error {
	seg, err := segment.New(segment.Options{})
	if err != nil {
		return err
	}
	ann, err := models.Load()
	if err != nil {
		return err
	}
	ctx := context.Background()
	if err := seg.Run(ctx, d); err != nil {
		return err
	}
	return syntax.New(ann, syntax.Options{}).Run(ctx, d)
}
