package segment

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/doc"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestGolden segments each testdata/NAME.txt and compares the result, as
// CoNLL-U with each token's span in MISC, with testdata/NAME.golden.
// go test -update rewrites the goldens; a golden without its .txt fails.
func TestGolden(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	inputs, _ := filepath.Glob("testdata/*.txt")
	goldens, _ := filepath.Glob("testdata/*.golden")
	for _, g := range goldens {
		if _, err := os.Stat(strings.TrimSuffix(g, ".golden") + ".txt"); err != nil {
			t.Errorf("%s has no input", g)
		}
	}
	for _, in := range inputs {
		text, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		d := doc.New(string(text))
		if err := s.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, d)
		got := render(d)
		path := strings.TrimSuffix(in, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s:\n%s", in, path, firstDiff(string(want), string(got)))
		}
	}
}

func render(d *doc.Doc) []byte {
	sents := make([]conllu.Sentence, len(d.Sentences))
	for i, st := range d.Sentences {
		cs := conllu.Sentence{Comments: []string{
			fmt.Sprintf("# sent_id = %d", i+1),
			fmt.Sprintf("# span = %d:%d", st.Span.Start, st.Span.End),
			"# text = " + strings.Join(strings.Fields(d.Slice(st.Span)), " "),
		}}
		for k := st.First; k < st.End; k++ {
			tk := d.Tokens[k]
			misc := fmt.Sprintf("Span=%d:%d", tk.Span.Start, tk.Span.End)
			if k+1 < len(d.Tokens) && d.Tokens[k+1].Span.Start == tk.Span.End {
				misc += "|SpaceAfter=No"
			}
			cs.Tokens = append(cs.Tokens, conllu.Token{Form: tk.Text, Head: -1, Misc: misc})
		}
		sents[i] = cs
	}
	var b bytes.Buffer
	if err := conllu.Write(&b, sents); err != nil {
		panic(err)
	}
	return b.Bytes()
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d\nwant: %s\n got: %s", i+1, a, b)
		}
	}
	return ""
}
