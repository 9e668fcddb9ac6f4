package relation

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// wordsRe is the definition words scans by hand.
var wordsRe = regexp.MustCompile(`\p{L}+(?:[-'’]\p{L}+)*|\d+(?:[.,]\d+)*|[^\s\p{L}\d]`)

func wordsByRegexp(d *doc.Doc) []word {
	var out []word
	for _, loc := range wordsRe.FindAllStringIndex(d.Text, -1) {
		out = append(out, word{strings.ToLower(d.Text[loc[0]:loc[1]]), d.SpanOfBytes(loc[0], loc[1])})
	}
	return out
}

func sameWords(t *testing.T, name, text string) {
	t.Helper()
	d := doc.New(text)
	got, want := words(d), wordsByRegexp(d)
	if len(got) != len(want) {
		t.Errorf("%s: %d words, want %d: %v vs %v", name, len(got), len(want), got, want)
		return
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s: word %d = %+v, want %+v", name, i, got[i], want[i])
			return
		}
	}
}

func TestWordsMatchDefinition(t *testing.T) {
	for _, text := range []string{
		"",
		"   \t\n",
		"The rebels' tanks — 1,200.5 of them — rolled in.",
		"O'Brien’s well-known x- -y a--b it's 'quoted' 3. 4, 5.6.7 1,,2",
		"Überall Ærø Kyiv’s naïve cafe\u0301 北京 ١٢٣ ²",
		"non\u00a0breaking\u2009thin\vvertical\fform",
		"bad \xff\xfe bytes \xe2\x80 cut",
		"trailing joiner-",
		"12,",
	} {
		sameWords(t, text, text)
	}
	// Real news text when the shared data is present (it may not be
	// copied into the repository).
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "data", "polnear", "dev", "text", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sameWords(t, filepath.Base(f), string(b))
	}
}
