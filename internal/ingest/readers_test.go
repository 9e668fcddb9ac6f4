package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// collect runs a reader and returns its items.
func collect(read func(emit func(Item) bool)) []Item {
	var out []Item
	read(func(it Item) bool { out = append(out, it); return true })
	return out
}

// brief is an item in one comparable line: name, kind, metadata, a
// prefix of the data or the failure reason.
func brief(it Item) string {
	if it.Err != nil {
		return it.Name + " ERR " + it.Err.Error()
	}
	kind := "text"
	if it.HTML {
		kind = "html"
	}
	d := string(it.Data)
	if len(d) > 30 {
		d = d[:30]
	}
	s := strings.Join([]string{it.Name, kind, it.Meta.URL, it.Meta.Outlet, it.Meta.Title, it.Meta.Author, it.Meta.Published, d}, " | ")
	if it.Page != "" {
		s += " | page " + it.Page
	}
	return s
}

func briefs(items []Item) []string {
	out := []string{}
	for _, it := range items {
		out = append(out, brief(it))
	}
	return out
}

func TestReadJSONL(t *testing.T) {
	f, err := os.Open("testdata/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	items := collect(func(emit func(Item) bool) { ReadJSONL("a.jsonl", f, 1<<20, emit) })
	want := []string{
		"a.jsonl:1 | text | https://jl.example.org/1 | JSON Daily | Dam | A. Writer | 2021-09-12 | The minister said the dam woul",
		"a.jsonl:3 | html | https://jl.example.org/2 | JSON Daily |  |  | 2021-09-13 | <html><body><p>Protesters gath",
		"a.jsonl:4 ERR malformed: JSON: the line ends inside a value",
		`a.jsonl:5 ERR malformed: no "text" or "html" field`,
		`a.jsonl:6 ERR malformed: JSON: field "text" is number, want string`,
		"a.jsonl:7 | text |  | Copy Daily |  |  |  | The minister said the dam woul",
	}
	if got := briefs(items); !reflect.DeepEqual(got, want) {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadJSONLLimits(t *testing.T) {
	long := `{"text": "` + strings.Repeat("x", 200) + `"}`
	in := long + "\n" + "{\"text\": \"caf\xe9\"}\n" + `{"text": "fine"}` // no final newline
	items := collect(func(emit func(Item) bool) { ReadJSONL("l.jsonl", strings.NewReader(in), 100, emit) })
	got := briefs(items)
	want := []string{
		"l.jsonl:1 ERR too large: line longer than 100 bytes",
		"l.jsonl:2 ERR not UTF-8",
		"l.jsonl:3 | text |  |  |  |  |  | fine",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if !errors.Is(items[0].Err, ErrTooLarge) || !errors.Is(items[1].Err, ErrNotUTF8) {
		t.Errorf("errors do not wrap the reasons: %v, %v", items[0].Err, items[1].Err)
	}
}

func TestReadFeed(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"feed.rss", []string{
			"f#1 | html | https://wire.example.org/2021/09/talks | Example Wire | Talks resume in Doha | Jane Reporter | 2021-09-09 | <p>Negotiators said talks woul",
			"f#2 | html | https://wire.example.org/2021/09/aid | Example Wire | Aid convoy reaches the valley |  | 2021-09-10 | <p>An aid convoy reached the v",
			"f#3 | html | https://wire.example.org/2021/09/summary | Example Wire | Summary only |  | 2021-09-11 | Markets were calm on Saturday, | page https://wire.example.org/2021/09/summary",
		}},
		{"feed.atom", []string{
			"f#1 | html | https://atom.example.org/drought | Sample Atom News | Drought worsens | Sam Writer | 2021-10-01 | <p>The drought worsened in the",
			"f#2 | html | https://atom.example.org/budget | Sample Atom News | Budget passes |  | 2021-10-02 | Parliament passed the budget o",
		}},
	}
	for _, tc := range tests {
		data, err := os.ReadFile(filepath.Join("testdata", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		got := briefs(collect(func(emit func(Item) bool) { ReadFeed("f", data, emit) }))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n%s\nwant:\n%s", tc.file, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
		}
	}
	bad := collect(func(emit func(Item) bool) { ReadFeed("bad.xml", []byte("<rss><channel><item>"), emit) })
	if len(bad) != 1 || !errors.Is(bad[0].Err, ErrMalformed) || !strings.HasPrefix(bad[0].Err.Error(), "malformed: ") {
		t.Errorf("broken feed: %v", briefs(bad))
	}
}

func TestReadWARC(t *testing.T) {
	want := []string{
		"w@%d | html | https://crawl.example.org/story |  |  |  |  | <!DOCTYPE html><html><head><ti",
		"w@%d | html | https://crawl.example.org/vote |  |  |  |  | <html><head><title>Vote count<",
	}
	for _, file := range []string{"crawl.warc.gz", "crawl.warc"} {
		data, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		items := collect(func(emit func(Item) bool) { ReadWARC("w", bytes.NewReader(data), 1<<20, emit) })
		got := briefs(items)
		if len(got) != 2 {
			t.Fatalf("%s: %d items, want 2: %q", file, len(got), got)
		}
		for i := range got {
			// Offsets differ between the gzipped and plain files.
			name, rest, _ := strings.Cut(got[i], " | ")
			if !strings.HasPrefix(name, "w@") || rest != strings.SplitN(want[i], " | ", 2)[1] {
				t.Errorf("%s item %d = %q, want %q", file, i, got[i], want[i])
			}
		}
	}
	data, _ := os.ReadFile("testdata/truncated.warc")
	items := collect(func(emit func(Item) bool) { ReadWARC("t.warc", bytes.NewReader(data), 1<<20, emit) })
	last := items[len(items)-1]
	if !errors.Is(last.Err, ErrMalformed) || !strings.HasPrefix(last.Name, "t.warc@") {
		t.Errorf("truncated WARC: last item %q, want a malformed record", brief(last))
	}
	data, _ = os.ReadFile("testdata/crawl.warc")
	items = collect(func(emit func(Item) bool) { ReadWARC("w", bytes.NewReader(data), 50, emit) })
	if len(items) != 2 || !errors.Is(items[0].Err, ErrTooLarge) {
		t.Errorf("payload cap: %q", briefs(items))
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, head string
		want       format
	}{
		{"a.jsonl", "", formatJSONL},
		{"A.WARC.GZ", "", formatWARC},
		{"x.rss", "", formatFeed},
		{"x.htm", "", formatHTML},
		{"x.txt", "<html>", formatText},
		{"noext", "\ufeff<?xml version='1.0'?><rss>", formatFeed},
		{"noext", "  <!DOCTYPE html><html>", formatHTML},
		{"noext", "WARC/1.1\r\n", formatWARC},
		{"noext", "\x1f\x8b\x08", formatWARC},
		{"noext", `{"text": "x"}`, formatJSONL},
		{"noext", "[\n {\"text\": \"x\"}]", formatJSONL},
		{"x.json", "", formatJSONL},
		{"noext", "[1] Just words.", formatText},
		{"noext", "Just words.", formatText},
	}
	for _, tc := range tests {
		if got := detect(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("detect(%q, %q) = %d, want %d", tc.name, tc.head, got, tc.want)
		}
	}
}

// A JSON document rather than JSON Lines: an array of articles, one
// pretty-printed object, or objects one after another; each value that is
// no article fails alone, and broken syntax ends the file with one error.
func TestReadJSONDocument(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"array", "[\n {\"text\": \"First.\", \"outlet\": \"X\"},\n {\"text\": 5},\n {\"html\": \"<p>Second.</p>\"}\n]\n", []string{
			"a.json[1] | text |  | X |  |  |  | First.",
			`a.json[2] ERR malformed: JSON: field "text" is number, want string`,
			"a.json[3] | html |  |  |  |  |  | <p>Second.</p>",
		}},
		{"one-line array", `[{"text": "First."}, {"text": "Second."}]`, []string{
			"a.json[1] | text |  |  |  |  |  | First.",
			"a.json[2] | text |  |  |  |  |  | Second.",
		}},
		{"pretty object", "{\n  \"text\": \"The army said it.\",\n  \"title\": \"Road\"\n}\n", []string{
			"a.json | text |  |  | Road |  |  | The army said it.",
		}},
		{"objects in turn", "{\n \"text\": \"One.\"\n}\n{\n \"text\": \"Two.\"\n}\n", []string{
			"a.json | text |  |  |  |  |  | One.",
			"a.json#2 | text |  |  |  |  |  | Two.",
		}},
		{"not an article", "{\n \"document\": {\"text\": \"x\"}\n}", []string{
			`a.json ERR malformed: no "text" or "html" field`,
		}},
		{"broken", `[{"text": "First."}, {"text": "Sec`, []string{
			"a.json[1] | text |  |  |  |  |  | First.",
			"a.json ERR malformed: JSON: the file ends inside a value",
		}},
		{"too large", "[\n {\"text\": \"" + strings.Repeat("x", 300) + "\"}\n]", []string{
			"a.json[1] ERR too large: over 200 bytes",
		}},
	}
	for _, tc := range tests {
		items := collect(func(emit func(Item) bool) { ReadJSONL("a.json", strings.NewReader(tc.in), 200, emit) })
		if got := briefs(items); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n%s\nwant:\n%s", tc.name, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
		}
	}
}
