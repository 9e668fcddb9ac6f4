package segment

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// BenchmarkSegment measures throughput on news-like text; it reports
// tokens/s. The text is testdata/news.txt repeated to about 1 MB.
func BenchmarkSegment(b *testing.B) {
	src, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(src)+"\n\n", 1<<20/len(src)+1)
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	d := doc.New(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	tokens := 0
	for b.Loop() {
		if err := s.Run(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		tokens += len(d.Tokens)
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkSegmentPathological runs inputs that would be quadratic under a
// naive tokenizer: one 1 MB chunk of alternating punctuation, a long
// hyphen chain of numbers, and a long run of quotes and periods. Each
// should take about as long as ordinary text of the same size.
func BenchmarkSegmentPathological(b *testing.B) {
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, unit string }{
		{"punct", ",;"},
		{"hyphens", "1-"},
		{"dotted", "a."},
		{"quotes", "\u201c\""},
		{"periods", ". \u201c"},
	} {
		text := strings.Repeat(c.unit, 1<<19)
		d := doc.New(text)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if err := s.Run(context.Background(), d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
