package extract

import (
	"bytes"
	"errors"
	"fmt"
	nurl "net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// meta is what an extractor found about the page.
type meta struct {
	title, outlet, url, author, published, lang string
}

// extractor returns the article text of a page, rendered and cleaned,
// and its metadata.
type extractor func(data []byte, page *nurl.URL) (string, meta, error)

// readHTML extracts the article with trafilatura and, when that finds no
// article text, with readability.
func readHTML(name string, data []byte, opts Options) (*doc.Doc, error) {
	return fromHTML(name, data, opts, trafilaturaText, readabilityText)
}

func fromHTML(name string, data []byte, opts Options, extractors ...extractor) (*doc.Doc, error) {
	var page *nurl.URL
	if opts.URL != "" {
		page, _ = nurl.Parse(opts.URL)
	}
	var (
		text  string
		found []meta
		errs  []error
	)
	for _, x := range extractors {
		t, m, err := x(data, page)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		found = append(found, m)
		if isArticle(t) {
			text = t
			break
		}
	}
	if text == "" {
		if len(errs) > 0 {
			return nil, fail(name, -1, ErrNoArticle, "%v", errors.Join(errs...))
		}
		return nil, fail(name, -1, ErrNoArticle, "")
	}

	d := doc.New(text)
	for _, m := range found {
		d.Title = firstNonEmpty(d.Title, m.title)
		d.Outlet = firstNonEmpty(d.Outlet, m.outlet)
		d.URL = firstNonEmpty(d.URL, m.url)
		d.Author = firstNonEmpty(d.Author, m.author)
		d.Published = firstNonEmpty(d.Published, m.published)
	}
	// The page's own <html lang> is preferred to a guess from the text;
	// with neither, Doc's default ("en") stands.
	langs := []string{langTag(data)}
	for _, m := range found {
		langs = append(langs, m.lang)
	}
	if lang := firstNonEmpty(langs...); lang != "" {
		d.Language = lang
	}
	return d, override(name, d, opts)
}

// trafilaturaText is the main extractor. Its text is rendered from the
// content tree with readability's innerText, which skips scripts, styles
// and hidden elements and keeps block structure (trafilatura's own
// ContentText runs all paragraphs together).
func trafilaturaText(data []byte, page *nurl.URL) (string, meta, error) {
	res, err := safely(func() (*trafilatura.ExtractResult, error) {
		return trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{
			OriginalURL:     page,
			ExcludeComments: true,
		})
	})
	if err != nil {
		return "", meta{}, fmt.Errorf("trafilatura: %w", err)
	}
	if res == nil {
		return "", meta{}, nil
	}
	m := meta{
		title:  res.Metadata.Title,
		outlet: res.Metadata.Sitename,
		url:    res.Metadata.URL,
		author: res.Metadata.Author,
		lang:   res.Metadata.Language,
	}
	if !res.Metadata.Date.IsZero() {
		m.published = res.Metadata.Date.Format("2006-01-02")
	}
	text := ""
	if res.ContentNode != nil {
		text = clean(render.InnerText(res.ContentNode))
	}
	return text, m, nil
}

// readabilityText is the fallback extractor.
func readabilityText(data []byte, page *nurl.URL) (string, meta, error) {
	a, err := safely(func() (readability.Article, error) {
		return readability.FromReader(bytes.NewReader(data), page)
	})
	if err != nil {
		return "", meta{}, fmt.Errorf("readability: %w", err)
	}
	m := meta{title: a.Title(), outlet: a.SiteName(), author: a.Byline(), lang: a.Language()}
	if t, err := a.PublishedTime(); err == nil && !t.IsZero() {
		m.published = t.Format("2006-01-02")
	}
	text := ""
	if a.Node != nil {
		text = clean(render.InnerText(a.Node))
	}
	return text, m, nil
}

// safely runs an extractor, turning a panic inside the library into an
// error: malformed pages must fail as input errors, never take the
// process down.
func safely[T any](f func() (T, error)) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("HTML extractor failed: %v", r)
		}
	}()
	return f()
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

var reBlankLines = regexp.MustCompile(`\n{3,}`)

// clean tidies rendered text: lines are trimmed, lines without a letter or
// digit (a lone "·" or "|" left from a byline) are dropped, and no more
// than one blank line separates paragraphs. The HTML parser has already
// turned NUL into U+FFFD; it is removed too, so Doc.Text never holds it.
func clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\uFFFD", "")
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		// Separators left over from a removed byline or breadcrumb
		// ("Headline ·", "| Section") are trimmed with the spaces.
		l = strings.TrimFunc(l, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("·•|", r) })
		if l != "" && !strings.ContainsFunc(l, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		out = append(out, l)
	}
	s = strings.Join(out, "\n")
	s = reBlankLines.ReplaceAllString(s, "\n\n")
	return strings.TrimSpace(s)
}

// minWords is the least text, in words, taken as an article without a
// sentence: below it a page must have at least one line of five or more
// words ending like a sentence. Menus, sign-in forms and link lists
// have neither.
const minWords = 50

func isArticle(text string) bool {
	if text == "" {
		return false
	}
	if len(strings.Fields(text)) >= minWords {
		return true
	}
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, "\"'”’)]» ")
		r, _ := utf8.DecodeLastRuneInString(l)
		if (r == '.' || r == '!' || r == '?') && len(strings.Fields(l)) >= 5 {
			return true
		}
	}
	return false
}

// langTag returns the primary language of <html lang="...">, which the
// page's author set, in preference to a guess from the text.
func langTag(data []byte) string {
	z := html.NewTokenizer(bytes.NewReader(data[:min(len(data), 8192)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			if string(tag) != "html" {
				if string(tag) == "head" || string(tag) == "body" {
					return ""
				}
				continue
			}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if string(k) == "lang" {
					lang, _, _ := strings.Cut(strings.TrimSpace(string(v)), "-")
					lang = strings.ToLower(lang)
					if len(lang) >= 2 && len(lang) <= 3 {
						return lang
					}
				}
			}
			return ""
		}
	}
}
