package extract

import (
	"bytes"
	"errors"
	nurl "net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
)

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHTMLFixtures(t *testing.T) {
	for _, c := range []struct {
		file                                  string
		title, outlet, published, url, author string
		lang                                  string
		first, last                           string // first and last paragraph starts
		absent, present                       []string
	}{
		{
			file:      "article.html",
			title:     "Drought pushes grain prices to a ten-year high",
			outlet:    "The Harbour Ledger",
			published: "2023-07-14",
			url:       "https://www.harbourledger.example/economy/2023/07/14/drought-grain-prices",
			author:    "Maria Okafor",
			lang:      "en",
			first:     "Wheat futures rose 6% on Thursday",
			last:      "Economists at Northbank warned",
			absent:    []string{"Subscribe", "Related stories", "Fertiliser costs", "All rights reserved", "Privacy policy"},
		},
		{
			file:      "noise.html",
			title:     "Council approves new bridge after two-year dispute",
			published: "2022-03-03",
			first:     "The city council voted 7-2 on Wednesday night",
			last:      "Construction is expected to begin in the autumn",
			absent:    []string{"cookies", "Log in", "Obituaries", "Most read", "Advertisement", "waste of money", "Mill Street"},
		},
		{
			file:      "jsonld.html",
			title:     "Ministry denies reports of troop build-up on northern border",
			outlet:    "Eastern Wire Service",
			published: "2021-11-22",
			author:    "Tomasz Wierzbicki",
			lang:      "en",
			first:     "The defence ministry on Monday denied",
			last:      "Satellite images published by an independent research group",
			absent:    []string{"@context", "schema.org", "datePublished"},
		},
		{
			file:      "scripts.html",
			title:     "Port workers end strike after pay deal",
			outlet:    "Coastline Times",
			published: "2020-02-05",
			first:     "Dock workers at the country's largest container port",
			last:      "Business groups welcomed the deal",
			absent:    []string{"SCRIPTCONTENT", "STYLECONTENT", "NOSCRIPTCONTENT", "dataLayer", "font-family", "document.write"},
		},
		{
			file:      "structure.html",
			title:     "What we know about the flood warnings",
			outlet:    "Valley Courier",
			published: "2024-04-02",
			url:       "https://valleycourier.example/news/flood-warnings-explained",
			first:     "The national weather service issued flood warnings",
			last:      "The weather service said the rain should ease",
			absent:    []string{"Share on", "Sign up", "Subscribe"},
			present: []string{
				"\n\nWhich areas are affected?\n\n",                                          // headings are paragraphs
				"districts:\n\nNorthfield and the river towns south of it\nThe lower valley", // list items are lines
				"open at:\nNorthfield Community Hall, 4 Bridge Road\nSt. Mary's School",      // <br> is a line break
				"\n\n“We urge everyone",
			},
		},
	} {
		t.Run(c.file, func(t *testing.T) {
			data := readFixture(t, c.file)
			for _, read := range []struct {
				name string
				f    func(string, []byte, Options) (*doc.Doc, error)
			}{{"Read", Read}, {"HTML", HTML}} {
				d, err := read.f(c.file, data, Options{})
				if err != nil {
					t.Fatalf("%s: %v", read.name, err)
				}
				for _, m := range []struct{ field, got, want string }{
					{"Title", d.Title, c.title}, {"Outlet", d.Outlet, c.outlet}, {"Published", d.Published, c.published},
					{"URL", d.URL, c.url}, {"Author", d.Author, c.author},
				} {
					if m.want != "" && m.got != m.want {
						t.Errorf("%s: %s = %q, want %q", read.name, m.field, m.got, m.want)
					}
				}
				if c.lang != "" && d.Language != c.lang {
					t.Errorf("Language = %q, want %q", d.Language, c.lang)
				}
				paras := strings.Split(d.Text, "\n\n")
				if !strings.HasPrefix(paras[0], c.first) && !(len(paras) > 1 && strings.HasPrefix(paras[1], c.first)) {
					t.Errorf("text starts %q, want a paragraph starting %q", paras[0], c.first)
				}
				if !strings.HasPrefix(paras[len(paras)-1], c.last) {
					t.Errorf("last paragraph %q, want start %q", paras[len(paras)-1], c.last)
				}
				if len(paras) < 3 {
					t.Errorf("%d paragraphs; paragraph breaks lost: %q", len(paras), d.Text)
				}
				for _, p := range c.present {
					if !strings.Contains(d.Text, p) {
						t.Errorf("text lacks %q:\n%s", p, d.Text)
					}
				}
				for _, a := range c.absent {
					if strings.Contains(d.Text, a) {
						t.Errorf("text contains %q:\n%s", a, d.Text)
					}
				}
				if !utf8.ValidString(d.Text) || strings.ContainsRune(d.Text, 0) {
					t.Errorf("text is not clean UTF-8")
				}
			}
		})
	}
}

func TestNoArticle(t *testing.T) {
	for _, page := range []string{
		string(readFixture(t, "no-article.html")),
		"<html><body><nav><a href=/>Home</a></nav></body></html>",
		"<!DOCTYPE html><html><head><title>x</title><script>var a = 'A long script that should never count as article text at all, no.';</script></head><body></body></html>",
	} {
		_, err := Read("page.html", []byte(page), Options{})
		if !errors.Is(err, ErrNoArticle) {
			t.Errorf("Read(%.40q) error %v, want ErrNoArticle", page, err)
		}
		var e *Error
		if !errors.As(err, &e) || e.Name != "page.html" {
			t.Errorf("error %v is not an *Error naming page.html", err)
		}
	}
}

func TestPlainText(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"lf", "Line one.\nLine two.\n", "Line one.\nLine two.\n"},
		{"crlf", "Line one.\r\nLine two.\r\n", "Line one.\nLine two.\n"},
		{"cr", "Line one.\rLine two.", "Line one.\nLine two."},
		{"bom", "\xef\xbb\xbfHello.", "Hello."},
		{"kept as is", "  Title\n\n\tBody   text  <b>not html</b>.\n", "  Title\n\n\tBody   text  <b>not html</b>.\n"},
		{"mentions html", "Writers use <p> and </p> tags\nin HTML.", "Writers use <p> and </p> tags\nin HTML."},
		{"unicode", "Ça va — «très» bien.", "Ça va — «très» bien."},
	} {
		d, err := Read(c.name+".txt", []byte(c.in), Options{})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if d.Text != c.want {
			t.Errorf("%s: text %q, want %q", c.name, d.Text, c.want)
		}
	}
	// The name settles markup that does not open like a page.
	d, err := Read("fragment.html", []byte("Breaking: <b>Storm</b> hits the coast, officials said today."), Options{})
	if err != nil || strings.Contains(d.Text, "<b>") {
		t.Errorf("fragment.html read as text: %v, %q", err, d.Text)
	}
	d, err = Read("fragment.txt", []byte("Breaking: <b>Storm</b> hits the coast, officials said today."), Options{})
	if err != nil || !strings.Contains(d.Text, "<b>") {
		t.Errorf("fragment.txt not read as text: %v", err)
	}
	// Text forces plain text even for markup.
	d, err = Text("page.html", []byte("<p>Hello.</p>"), Options{})
	if err != nil || d.Text != "<p>Hello.</p>" {
		t.Errorf("Text on markup: %v, %q", err, d.Text)
	}
}

func TestSniff(t *testing.T) {
	for _, c := range []struct {
		in   string
		html bool
	}{
		{"<!DOCTYPE html><html><body><p>Hi.</p></body></html>", true},
		{"  \n<html lang=en><p>x</p></html>", true},
		{"\xef\xbb\xbf<!doctype html>\n<title>x</title>", true},
		{"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", true},
		{"<!-- saved page --><html><body>x</body></html>", true},
		{"<div class=story><p>Text.</p></div>", true},
		{"<p>One paragraph.</p>", true},
		{"Plain text that mentions <html> late.", false},
		{"<3 this story", false},
		{"Hello world.", false},
	} {
		if got := looksHTML([]byte(c.in)); got != c.html {
			t.Errorf("looksHTML(%q) = %v, want %v", c.in, got, c.html)
		}
	}
}

func TestRejected(t *testing.T) {
	big := bytes.Repeat([]byte("word "), 3<<20/5)
	for _, c := range []struct {
		name   string
		in     []byte
		opts   Options
		want   error
		offset int64
		msg    string
	}{
		{"empty.txt", nil, Options{}, ErrEmpty, -1, "extract empty.txt: empty input"},
		{"blank.txt", []byte(" \n\t\r\n"), Options{}, ErrEmpty, -1, "only white space"},
		{"bom-only.txt", []byte("\xef\xbb\xbf"), Options{}, ErrEmpty, -1, "empty input"},
		{"big.txt", big, Options{MaxBytes: 1 << 20}, ErrTooLarge, -1, "extract big.txt: input too large: 3145725 bytes, over the limit of 1048576 bytes (1 MiB)"},
		{"nul.txt", []byte("Hello\x00world"), Options{}, ErrBinary, 5, "NUL byte at byte offset 5"},
		{"doc.pdf", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), Options{}, ErrBinary, 0, "PDF document"},
		{"img.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Options{}, ErrBinary, 0, "PNG image"},
		{"ctl.txt", bytes.Repeat([]byte("a\x01\x02\x03"), 100), Options{}, ErrBinary, -1, "control characters"},
		{"latin1.txt", []byte("Caf\xe9 au lait"), Options{}, ErrNotUTF8, 3, "invalid byte sequence at byte offset 3"},
		{"bom-latin1.txt", []byte("\xef\xbb\xbfab\xff"), Options{}, ErrNotUTF8, 5, "byte offset 5"},
		{"cp1252.html", []byte("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9</p></body></html>"), Options{}, ErrNotUTF8, 60, "byte offset 60 (the page declares charset windows-1252; convert it to UTF-8)"},
		{"utf16.txt", []byte("\xff\xfeH\x00i\x00"), Options{}, ErrNotUTF8, 0, "UTF-16"},
		{"neg.txt", []byte("x"), Options{MaxBytes: -1}, ErrOption, -1, "MaxBytes -1 is negative"},
		{"date.txt", []byte("x"), Options{Published: "9 Sept 2021"}, ErrOption, -1, `Published "9 Sept 2021" is not an ISO 8601 date`},
		{"date2.txt", []byte("x"), Options{Published: "2021-02-30"}, ErrOption, -1, "not a calendar date"},
	} {
		_, err := Read(c.name, c.in, c.opts)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: error %v, want %v", c.name, err, c.want)
			continue
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%s: %T is not *Error", c.name, err)
			continue
		}
		if e.Name != c.name || e.Offset != c.offset {
			t.Errorf("%s: Error{Name %q, Offset %d}, want {%q, %d}", c.name, e.Name, e.Offset, c.name, c.offset)
		}
		if !strings.Contains(err.Error(), c.msg) || !strings.HasPrefix(err.Error(), "extract "+c.name+": ") {
			t.Errorf("%s: message %q, want it to start \"extract %s: \" and contain %q", c.name, err, c.name, c.msg)
		}
	}
}

func TestDefaultLimit(t *testing.T) {
	data := bytes.Repeat([]byte("a"), DefaultMaxBytes+1)
	_, err := Read("huge.txt", data, Options{})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "10 MiB") {
		t.Errorf("error %v, want ErrTooLarge naming 10 MiB", err)
	}
	if _, err := Read("fits.txt", data[:DefaultMaxBytes], Options{}); err != nil {
		t.Errorf("input at the limit: %v", err)
	}
}

func TestOverrides(t *testing.T) {
	opts := Options{Published: "2021-09", Outlet: "Wire", URL: "https://x.example/a", Title: "T", Author: "A"}
	for _, in := range [][]byte{[]byte("Plain text."), readFixture(t, "article.html")} {
		d, err := Read("in", in, opts)
		if err != nil {
			t.Fatal(err)
		}
		if d.Published != "2021-09" || d.Outlet != "Wire" || d.URL != "https://x.example/a" || d.Title != "T" || d.Author != "A" {
			t.Errorf("overrides not applied: %+v", []string{d.Published, d.Outlet, d.URL, d.Title, d.Author})
		}
	}
}

// The example article in plain text keeps every byte, so offsets match.
func TestTextOffsetsMatchFile(t *testing.T) {
	in := "First line.\n\n“Quoted,” he said — Jr.\n"
	d, err := Read("x.txt", []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != in || d.Len() != utf8.RuneCountInString(in) {
		t.Errorf("text changed: %q", d.Text)
	}
}

// When the first extractor finds no article, the next one's text and
// metadata are used; metadata the first found still counts.
func TestFallback(t *testing.T) {
	none := func([]byte, *nurl.URL) (string, meta, error) {
		return "Home News Sport", meta{title: "From first", published: "2020-01-02"}, nil
	}
	broken := func([]byte, *nurl.URL) (string, meta, error) { return "", meta{}, errors.New("boom") }
	article := func([]byte, *nurl.URL) (string, meta, error) {
		return "The mayor said the bridge would open next year.", meta{title: "From second", outlet: "Gazette"}, nil
	}
	d, err := fromHTML("p.html", []byte("<html></html>"), Options{}, none, broken, article)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "The mayor said the bridge would open next year." || d.Title != "From first" || d.Outlet != "Gazette" || d.Published != "2020-01-02" {
		t.Errorf("got %+v", d)
	}
	_, err = fromHTML("p.html", []byte("<html></html>"), Options{}, none, broken)
	if !errors.Is(err, ErrNoArticle) || !strings.Contains(err.Error(), "boom") {
		t.Errorf("error %v, want ErrNoArticle mentioning the extractor failure", err)
	}
}

func TestClean(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"  Headline ·\n\n\n\nBody text.  ", "Headline\n\nBody text."},
		{"a\r\nb\rc", "a\nb\nc"},
		{"|\n•\nText\uFFFD here.", "Text here."},
		{"One\n\n\n\nTwo", "One\n\nTwo"},
	} {
		if got := clean(c.in); got != c.want {
			t.Errorf("clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIsArticle(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"", false},
		{"Home News Sport Weather Sign in", false},
		{"E-mail\nPassword\nSign in", false},
		{"Council approves the new bridge after a long dispute.", true},
		{"“We will not leave,” the governor told reporters.”", true},
		{"Short one.", false},
		{strings.Repeat("word ", minWords), true},
	} {
		if got := isArticle(c.in); got != c.want {
			t.Errorf("isArticle(%.40q) = %v, want %v", c.in, got, c.want)
		}
	}
}
