package timex

import (
	"testing"
	"unicode/utf8"
)

// FuzzFindText: no panic, and every span is the text it claims to be.
func FuzzFindText(f *testing.F) {
	for _, s := range []string{"on Sept. 11, 2001", "late", "mid-", "2021-13-45", "last", "3 days ago", "May May May 5"} {
		f.Add(s, "2021-09-09")
	}
	f.Fuzz(func(t *testing.T, text, ref string) {
		if !utf8.ValidString(text) {
			return
		}
		runes := []rune(text)
		for _, e := range FindText(text, ref) {
			if e.Span.Start < 0 || e.Span.End > len(runes) || string(runes[e.Span.Start:e.Span.End]) != e.Text {
				t.Fatalf("span %+v does not give %q in %q", e.Span, e.Text, text)
			}
		}
	})
}
