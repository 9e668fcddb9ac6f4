package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary bytes to Read: it must never panic, and
// must return either an error or a document whose text is valid UTF-8
// without NUL. Seeds are the HTML fixtures, a few plain texts and the
// corpus in testdata/fuzz/FuzzExtract; run longer with
//
//	go test -run '^$' -fuzz FuzzExtract -fuzztime 2m ./internal/extract
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		"Plain text.\r\nSecond line.",
		"\xef\xbb\xbf<p>BOM and HTML.</p>",
		"<html><body><p>Short.</p><script>x()</script></body></html>",
		"Caf\xe9",
		"\x00\x01\x02",
		"<!DOCTYPE html><html><head><meta property=\"og:site_name\" content=\"X\"></head><body><article><p>One sentence with several words in it here.</p></article></body></html>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Read("fuzz", data, Options{MaxBytes: 1 << 16})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "extract fuzz: ") {
				t.Fatalf("error %q does not name the input", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) || strings.ContainsRune(d.Text, 0) {
			t.Fatalf("text %q is not valid UTF-8 without NUL", d.Text)
		}
		if strings.TrimSpace(d.Text) == "" {
			t.Fatalf("empty text accepted")
		}
	})
}
