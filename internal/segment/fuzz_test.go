package segment

import (
	"context"
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// FuzzSegment checks the invariants of checkInvariants on any input. Seeds
// are in testdata/fuzz/FuzzSegment; run longer with
//
//	go test -run '^$' -fuzz FuzzSegment -fuzztime 2m ./internal/segment
func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith said. He left.",
		"“Yes,” she said — U.S. Army's e-mail: a@b.co. Jr.\n\n*terrorist",
		"wait...what?! (CSTO). 1,000 $200 24% 713-853-3989 don't",
		"Ça va\u200b\u00a0très\r\nbien\u2029«Oui».",
		"\xff\xfe bad \x00 bytes",
	} {
		f.Add(s)
	}
	s, err := New(Options{MaxSentenceTokens: 40})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := doc.New(text)
		if err := s.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, d)
	})
}
