package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// BenchmarkRun measures the entity stage alone on an already tagged
// article of about 1,000 words.
func BenchmarkRun(b *testing.B) {
	para := "Kenyan President William Ruto met officials of the Eastern Liberation Brigade in Nairobi on Monday, " +
		"according to the Lagos Tribune newspaper. Reuters said Ruto warned that Nairobi would not negotiate. " +
		"The International Atomic Energy Agency (IAEA) sent inspectors to Sudan, and the IAEA said Sudanese " +
		"officials cooperated. Later official Khartoum denied the report, while Ethiopian troops stayed in Tigray.\n"
	text := strings.Repeat(para, 13)
	tagged := analyze(b, text)
	st, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		d := &doc.Doc{}
		*d = *tagged
		if err := st.Run(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}
