package ingest

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the generated files in testdata")

// warcRecord writes one WARC record as its own gzip member, the way
// crawlers write .warc.gz files.
func warcRecord(w *bytes.Buffer, typ, uri, contentType, block string, gz bool) {
	var rec bytes.Buffer
	fmt.Fprintf(&rec, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\n"+
		"WARC-Date: 2021-09-09T10:00:00Z\r\n", typ, w.Len())
	if uri != "" {
		fmt.Fprintf(&rec, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&rec, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
	if !gz {
		w.Write(rec.Bytes())
		return
	}
	zw := gzip.NewWriter(w)
	zw.Write(rec.Bytes())
	zw.Close()
}

func httpResponse(status, ctype, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body)
}

// crawlWARC builds testdata/crawl.warc.gz: a warcinfo record, a request,
// two HTML articles, an image, a 404 page and a redirect; only the two
// articles are items.
func crawlWARC(gz bool) []byte {
	var b bytes.Buffer
	warcRecord(&b, "warcinfo", "", "application/warc-fields", "software: hand-written fixture\r\nformat: WARC File Format 1.1\r\n", gz)
	warcRecord(&b, "request", "https://crawl.example.org/story", "application/http;msgtype=request",
		"GET /story HTTP/1.1\r\nHost: crawl.example.org\r\n\r\n", gz)
	warcRecord(&b, "response", "https://crawl.example.org/story", "application/http;msgtype=response",
		httpResponse("200 OK", "text/html; charset=utf-8", `<!DOCTYPE html><html><head><title>Ceasefire holds</title></head>`+
			`<body><article><p>The ceasefire held overnight, monitors said on Tuesday.</p></article></body></html>`), gz)
	warcRecord(&b, "response", "https://crawl.example.org/logo.png", "application/http;msgtype=response",
		httpResponse("200 OK", "image/png", "\x89PNG\r\n\x1a\n"), gz)
	warcRecord(&b, "response", "https://crawl.example.org/missing", "application/http;msgtype=response",
		httpResponse("404 Not Found", "text/html", "<html><body>Not found</body></html>"), gz)
	warcRecord(&b, "response", "https://crawl.example.org/old", "application/http;msgtype=response",
		"HTTP/1.1 301 Moved Permanently\r\nLocation: https://crawl.example.org/story\r\nContent-Length: 0\r\n\r\n", gz)
	warcRecord(&b, "response", "https://crawl.example.org/vote", "application/http;msgtype=response",
		httpResponse("200 OK", "text/html", `<html><head><title>Vote count</title></head>`+
			`<body><p>Election officials said the count would finish on Thursday.</p></body></html>`), gz)
	return b.Bytes()
}

func TestGeneratedFixtures(t *testing.T) {
	files := map[string][]byte{
		"crawl.warc.gz": crawlWARC(true),
		"crawl.warc":    crawlWARC(false),
		// A record announcing more bytes than the file holds.
		"truncated.warc": crawlWARC(false)[:700],
	}
	for name, want := range files {
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run TestGeneratedFixtures -update)", err)
		}
		// gzip output may differ between Go versions; compare what it holds.
		if name == "crawl.warc.gz" {
			got, want = gunzipAll(t, got), gunzipAll(t, want)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("testdata/%s is out of date; run go test -run TestGeneratedFixtures -update", name)
		}
	}
}

func gunzipAll(t *testing.T, b []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := out.ReadFrom(zr); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestFuzzCorpus keeps, in testdata/fuzz, damaged variants of the
// fixtures (cut short, bytes overwritten, lines dropped) as corpus entries
// that every plain go test run replays through the fuzz targets; the
// other entries there are inputs the fuzzer found interesting.
func TestFuzzCorpus(t *testing.T) {
	variants := func(data []byte) [][]byte {
		var out [][]byte
		for _, frac := range []int{2, 3, 5, 7, 11} {
			out = append(out, data[:len(data)*frac/(frac+1)])
		}
		for _, at := range []int{1, 13, 64, 200, 511} {
			if at < len(data) {
				d := append([]byte{}, data...)
				d[at] ^= 0x5a
				out = append(out, d)
			}
		}
		lines := bytes.Split(data, []byte("\n"))
		for i := 1; i < len(lines) && i < 12; i += 2 {
			out = append(out, bytes.Join(append(append([][]byte{}, lines[:i]...), lines[i+1:]...), []byte("\n")))
		}
		return out
	}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	sets := map[string][][]byte{
		"FuzzFeed":  append(variants(read("feed.rss")), variants(read("feed.atom"))...),
		"FuzzWARC":  append(variants(read("crawl.warc")), variants(read("crawl.warc.gz"))...),
		"FuzzJSONL": variants(read("articles.jsonl")),
	}
	for target, inputs := range sets {
		dir := filepath.Join("testdata", "fuzz", target)
		os.MkdirAll(dir, 0o755)
		for i, in := range inputs {
			entry := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", in)
			path := filepath.Join(dir, fmt.Sprintf("damaged-%02d", i))
			if *update {
				if err := os.WriteFile(path, []byte(entry), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			if got, err := os.ReadFile(path); err != nil || string(got) != entry {
				t.Errorf("%s is missing or out of date (%v); run go test -run TestFuzzCorpus -update", path, err)
			}
		}
	}
}
