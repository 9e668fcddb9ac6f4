package extract

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// DefaultMaxBytes is the input size limit when Options.MaxBytes is zero.
const DefaultMaxBytes = 10 << 20 // 10 MiB

// Options configures reading. The zero value is the default.
type Options struct {
	// MaxBytes is the largest input accepted, in bytes; larger input fails
	// with ErrTooLarge. Zero means DefaultMaxBytes (10 MiB).
	MaxBytes int64

	// Overrides for the document's metadata, applied after extraction;
	// empty fields leave what was extracted. Published is an ISO 8601
	// date: "2021-09-09", "2021-09" or "2021".
	Published string
	Outlet    string
	URL       string
	Title     string
	Author    string
}

// Read returns the document in data, choosing HTML or plain text by
// looking at the content. name identifies the input in errors.
func Read(name string, data []byte, opts Options) (*doc.Doc, error) {
	if err := check(name, data, opts); err != nil {
		return nil, err
	}
	if looksHTML(data) || (htmlName(name) && reAnyTag.Match(data[:min(len(data), 4096)])) {
		return readHTML(name, data, opts)
	}
	return readText(name, data, opts)
}

// Text returns the document in data read as plain text.
func Text(name string, data []byte, opts Options) (*doc.Doc, error) {
	if err := check(name, data, opts); err != nil {
		return nil, err
	}
	return readText(name, data, opts)
}

// HTML returns the article in data read as an HTML page.
func HTML(name string, data []byte, opts Options) (*doc.Doc, error) {
	if err := check(name, data, opts); err != nil {
		return nil, err
	}
	return readHTML(name, data, opts)
}

func readText(name string, data []byte, opts Options) (*doc.Doc, error) {
	d := doc.New(normalise(data))
	return d, override(name, d, opts)
}

var (
	bomUTF8    = []byte("\xef\xbb\xbf")
	bomUTF16LE = []byte("\xff\xfe")
	bomUTF16BE = []byte("\xfe\xff")
)

// magic names common binary formats by their first bytes, so the error
// says what the file is.
var magic = []struct {
	prefix, kind string
}{
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive (or DOCX, EPUB, ODT)"},
	{"\x1f\x8b", "gzip data"},
	{"\x89PNG", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF8", "GIF image"},
	{"\x7fELF", "executable"},
	{"\xd0\xcf\x11\xe0", "Microsoft Office document"},
	{"BZh", "bzip2 data"},
	{"\xfd7zXZ", "xz data"},
	{"7z\xbc\xaf", "7-Zip archive"},
	{"RIFF", "RIFF media file"},
	{"ID3", "MP3 audio"},
	{"OggS", "Ogg media file"},
	{"\x00\x00\x00", "binary data"},
	{"SQLite format 3\x00", "SQLite database"},
}

// maxControl is the share of control bytes (other than tab, newline,
// carriage return and form feed) above which input counts as binary.
const maxControl = 0.05

// check applies the limits and rejections shared by every entry point.
func check(name string, data []byte, opts Options) error {
	limit := opts.MaxBytes
	switch {
	case limit < 0:
		return fail(name, -1, ErrOption, "MaxBytes %d is negative", limit)
	case limit == 0:
		limit = DefaultMaxBytes
	}
	if int64(len(data)) > limit {
		return fail(name, -1, ErrTooLarge, "%d bytes, over the limit of %d bytes (%s)", len(data), limit, human(limit))
	}
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		return fail(name, 0, ErrNotUTF8, "UTF-16 byte-order mark at byte offset 0; convert the file to UTF-8")
	}
	body := bytes.TrimPrefix(data, bomUTF8)
	skip := int64(len(data) - len(body))
	if len(bytes.TrimSpace(body)) == 0 {
		if len(body) == 0 {
			return fail(name, -1, ErrEmpty, "")
		}
		return fail(name, -1, ErrEmpty, "only white space")
	}
	for _, m := range magic {
		if bytes.HasPrefix(body, []byte(m.prefix)) {
			return fail(name, 0, ErrBinary, "%s", m.kind)
		}
	}
	if i := bytes.IndexByte(body, 0); i >= 0 {
		return fail(name, skip+int64(i), ErrBinary, "NUL byte at byte offset %d", skip+int64(i))
	}
	head := body[:min(len(body), 64<<10)]
	control := 0
	for _, b := range head {
		if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f {
			control++
		}
	}
	if float64(control) > maxControl*float64(len(head)) {
		return fail(name, -1, ErrBinary, "%d control characters in the first %d bytes", control, len(head))
	}
	if off := invalidUTF8(body); off >= 0 {
		hint := ""
		if m := reCharset.FindSubmatch(body[:min(len(body), 4096)]); m != nil && !strings.EqualFold(string(m[1]), "utf-8") {
			hint = fmt.Sprintf(" (the page declares charset %s; convert it to UTF-8)", m[1])
		}
		return fail(name, skip+int64(off), ErrNotUTF8, "invalid byte sequence at byte offset %d%s", skip+int64(off), hint)
	}
	return nil
}

// invalidUTF8 returns the offset of the first invalid UTF-8 sequence in b,
// or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

func human(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// normalise removes a UTF-8 byte-order mark and turns CRLF and lone CR
// into LF. It is all the change plain text gets, so offsets into the
// result match the file wherever the file already used LF.
func normalise(data []byte) string {
	s := string(bytes.TrimPrefix(data, bomUTF8))
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

var reHTMLStart = regexp.MustCompile(`(?i)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|main)[\s>/]`)
var reHTMLTag = regexp.MustCompile(`(?i)<(?:html|head|body)[\s>]|</(?:p|div|article|body|html)>`)

// looksHTML decides by content: a document that starts with an HTML
// doctype or element, or that has <html>, <head>, <body> or closing
// paragraph or division tags near its start. Prose that merely mentions
// a tag further down stays plain text.
func looksHTML(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), 4096)], bomUTF8)
	if reHTMLStart.Match(head) {
		return true
	}
	return bytes.HasPrefix(bytes.TrimSpace(head), []byte("<")) && reHTMLTag.Match(head)
}

var reCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)`)

var reAnyTag = regexp.MustCompile(`<[A-Za-z][A-Za-z0-9]*[\s>/]`)

// htmlName reports whether the input's name says HTML. The name only
// settles content that has tags but does not open like a page.
func htmlName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml"
}

var reISODate = regexp.MustCompile(`^\d{4}(?:-\d{2}(?:-\d{2})?)?$`)

// override applies the metadata in opts to d.
func override(name string, d *doc.Doc, opts Options) error {
	if p := opts.Published; p != "" {
		if !reISODate.MatchString(p) {
			return fail(name, -1, ErrOption, "Published %q is not an ISO 8601 date (2021-09-09, 2021-09 or 2021)", p)
		}
		if _, err := time.Parse("2006-01-02"[:len(p)], p); err != nil {
			return fail(name, -1, ErrOption, "Published %q is not a calendar date", p)
		}
		d.Published = p
	}
	for _, f := range []struct {
		dst *string
		v   string
	}{{&d.Outlet, opts.Outlet}, {&d.URL, opts.URL}, {&d.Title, opts.Title}, {&d.Author, opts.Author}} {
		if v := strings.TrimSpace(f.v); v != "" {
			*f.dst = v
		}
	}
	return nil
}
