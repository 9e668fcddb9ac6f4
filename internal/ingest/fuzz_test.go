package ingest

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// checkItems holds for every reader on any input: each item is named
// under the input's name and has either bytes or a reason.
func checkItems(t *testing.T, name string, items []Item, maxBytes int64) {
	for _, it := range items {
		if !strings.HasPrefix(it.Name, name) {
			t.Fatalf("item %q not named under %q", it.Name, name)
		}
		if it.Err != nil {
			if it.Err.Error() == "" {
				t.Fatalf("item %q fails without a reason", it.Name)
			}
			continue
		}
		if len(it.Data) == 0 && it.Page == "" {
			t.Fatalf("item %q has neither data nor a page", it.Name)
		}
		if int64(len(it.Data)) > maxBytes {
			t.Fatalf("item %q holds %d bytes, over the %d cap", it.Name, len(it.Data), maxBytes)
		}
	}
}

func seed(f *testing.F, files ...string) {
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzFeed(f *testing.F) {
	seed(f, "testdata/feed.rss", "testdata/feed.atom")
	f.Add([]byte(`{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [{"id": "1", "content_text": "x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		items := collect(func(emit func(Item) bool) { ReadFeed("f.xml", data, emit) })
		if len(items) == 0 {
			t.Fatal("a feed gives at least one item or one failure")
		}
		checkItems(t, "f.xml", items, int64(len(data)))
	})
}

func FuzzWARC(f *testing.F) {
	seed(f, "testdata/crawl.warc.gz", "testdata/crawl.warc", "testdata/truncated.warc")
	f.Fuzz(func(t *testing.T, data []byte) {
		const max = 1 << 16
		items := collect(func(emit func(Item) bool) { ReadWARC("w.warc", bytes.NewReader(data), max, emit) })
		checkItems(t, "w.warc", items, max)
	})
}

func FuzzJSONL(f *testing.F) {
	seed(f, "testdata/articles.jsonl")
	f.Add([]byte("{\"html\": \"<p>x</p>\"}\r\n\n{\"text\": \"\\u00e9\"}"))
	f.Add([]byte("[\n {\"text\": \"a\"},\n 5\n]\n{\n\"text\": \"b\"\n}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		const max = 64
		items := collect(func(emit func(Item) bool) { ReadJSONL("a.jsonl", bytes.NewReader(data), max, emit) })
		// Lines name "a.jsonl:3", a JSON document "a.jsonl", "a.jsonl[2]"
		// or "a.jsonl#2".
		checkItems(t, "a.jsonl", items, max)
		// An item a line, or a value of a JSON document, and one for
		// broken syntax: at most two more than its commas, lines,
		// braces and brackets.
		bound := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte(",")) + bytes.Count(data, []byte("{")) + bytes.Count(data, []byte("[")) + 2
		if len(items) > bound {
			t.Fatalf("%d items from %d bytes", len(items), len(data))
		}
	})
}
