package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/contract"
)

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = RunEnv(args, Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

func TestAnalyzeJSONFromStdin(t *testing.T) {
	text := "The defence minister, Anna Berg, said on Monday that the army would withdraw from the border region.\n"
	code, out, errs := run(t, text, "analyze", "--format", "json", "--published", "2024-03-06", "--outlet", "Daily Example", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	a, err := contract.Read(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if a.Document.Text != text {
		t.Errorf("document text %q, want the input", a.Document.Text)
	}
	if a.Document.Published == nil || *a.Document.Published != "2024-03-06" {
		t.Errorf("published = %v, want 2024-03-06", a.Document.Published)
	}
	if a.Document.Outlet == nil || *a.Document.Outlet != "Daily Example" {
		t.Errorf("outlet = %v", a.Document.Outlet)
	}
	if len(a.Attributions) == 0 {
		t.Fatalf("no attribution in %q", text)
	}
	at := a.Attributions[0]
	if at.Cue.Text != "said" || !strings.Contains(at.Content.Text, "army would withdraw") {
		t.Errorf("attribution cue %q content %q", at.Cue.Text, at.Content.Text)
	}
	// Every span's text is the slice of the document it points at.
	runes := []rune(a.Document.Text)
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			s, ok1 := x["start"].(float64)
			e, ok2 := x["end"].(float64)
			txt, ok3 := x["text"].(string)
			if ok1 && ok2 && ok3 && string(runes[int(s):int(e)]) != txt {
				t.Errorf("span [%v,%v) text %q is not the slice %q", s, e, txt, string(runes[int(s):int(e)]))
			}
			for k, v := range x {
				if k != "document" {
					walk(v)
				}
			}
		case []any:
			for _, v := range x {
				walk(v)
			}
		}
	}
	var generic any
	if err := json.Unmarshal([]byte(out), &generic); err != nil {
		t.Fatal(err)
	}
	walk(generic)
}

func TestAnalyzeReadableView(t *testing.T) {
	code, out, errs := run(t, "", "analyze", filepath.Join("..", "..", "testdata", "panjshir-2021-09.txt"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"WHO SAYS WHAT", "ACTORS", "EVENTS", "—said (statement)→"} {
		if !strings.Contains(out, want) {
			t.Errorf("readable view lacks %q", want)
		}
	}
}

// Bad input: a clear error naming the input and the problem, a non-zero
// exit code, and no panic.
func TestAnalyzeBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := bytes.Repeat([]byte("All quiet on the front. "), 50<<20/24+1)
	cases := []struct {
		name string
		path string
		args []string
		want string
	}{
		{"empty", write("empty.txt", nil), nil, "empty"},
		{"binary", write("image.bin", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0}), nil, "binary"},
		{"latin1", write("latin1.txt", []byte("Caf\xe9 owners said the strike would end.")), nil, "UTF-8"},
		{"50MB", write("big.txt", big), nil, "limit"},
		{"no article", write("empty.html", []byte("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")), nil, "no article"},
		{"missing", filepath.Join(dir, "nope.txt"), nil, "no such file"},
		{"directory", dir, nil, "directory"},
		{"bad format", write("ok.txt", []byte("Officials said it rained.")), []string{"--format", "xml"}, "--format"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"analyze"}, c.args...)
			code, _, errs := run(t, "", append(args, c.path)...)
			if code == 0 {
				t.Fatalf("exit 0 for %s", c.name)
			}
			if c.name != "bad format" && !strings.Contains(errs, filepath.Base(c.path)) {
				t.Errorf("error %q does not name the input %s", errs, c.path)
			}
			if !strings.Contains(strings.ToLower(errs), strings.ToLower(c.want)) {
				t.Errorf("error %q does not say %q", errs, c.want)
			}
		})
	}
}
