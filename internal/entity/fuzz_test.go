package entity

import (
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// FuzzRun checks that no text makes the stage panic or produce a span
// outside the text:
//
//	go test ./internal/entity -run XXX -fuzz FuzzRun -fuzztime 60s
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"", "*", "Taliban*\n*", "*\n*banned in Russia", "Ahmad Massoud Jr.", "(CSTO)", "U.S.-Kenya",
		"al-", "-e-Taiba", "The Ansar Brigade** raided.\n** banned in Kazakhstan\n", "Mr. Mrs. Dr.",
		"official Moscow's", "NYT's", "Kabul\u00a0Times", "ÉTATS-UNIS and Côte d’Ivoire",
		"Secretary of State", "Of Of Of", "A B C D E F G H I J K L M N O P",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := analyze(t, text)
		for _, e := range d.Entities {
			spans := []doc.Span{}
			for _, m := range e.Mentions {
				spans = append(spans, m.Span)
			}
			for _, g := range e.Designations {
				spans = append(spans, g.Evidence)
			}
			for _, sp := range spans {
				if sp.Start < 0 || sp.End > d.Len() || sp.Start >= sp.End {
					t.Fatalf("%s %q: span %v outside text of length %d", e.ID, e.Name, sp, d.Len())
				}
			}
		}
	})
}
