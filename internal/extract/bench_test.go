package extract

import (
	"os"
	"testing"
)

// BenchmarkHTML measures article extraction from a news page.
func BenchmarkHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/article.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := HTML("article.html", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkText measures the checks and normalisation of plain text.
func BenchmarkText(b *testing.B) {
	data, err := os.ReadFile("../segment/testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Text("news.txt", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
