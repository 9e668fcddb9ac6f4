package ingest

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

type format int

const (
	formatText format = iota
	formatHTML
	formatJSONL
	formatFeed
	formatWARC
)

// detect picks a reader by file extension, then by the first bytes.
func detect(name string, head []byte) format {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".jsonl"), strings.HasSuffix(n, ".ndjson"), strings.HasSuffix(n, ".json"):
		return formatJSONL
	case strings.HasSuffix(n, ".warc"), strings.HasSuffix(n, ".warc.gz"):
		return formatWARC
	case strings.HasSuffix(n, ".rss"), strings.HasSuffix(n, ".atom"), strings.HasSuffix(n, ".rdf"):
		return formatFeed
	case strings.HasSuffix(n, ".html"), strings.HasSuffix(n, ".htm"), strings.HasSuffix(n, ".xhtml"):
		return formatHTML
	case strings.HasSuffix(n, ".txt"), strings.HasSuffix(n, ".text"):
		return formatText
	}
	return sniff(head)
}

func sniff(head []byte) format {
	h := bytes.TrimLeft(head, "\ufeff \t\r\n")
	lower := bytes.ToLower(h)
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")), bytes.HasPrefix(h, []byte{0x1f, 0x8b}):
		return formatWARC
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")):
		return formatHTML
	case bytes.Contains(lower, []byte("<rss")), bytes.Contains(lower, []byte("<feed")), bytes.Contains(lower, []byte("<rdf:rdf")):
		return formatFeed
	case bytes.HasPrefix(lower, []byte("<?xml")):
		return formatFeed
	case bytes.HasPrefix(h, []byte("{")), bytes.HasPrefix(h, []byte("[")) && bytes.Contains(h, []byte("{")):
		return formatJSONL
	case bytes.HasPrefix(lower, []byte("<")) && bytes.Contains(lower, []byte("<body")):
		return formatHTML
	}
	return formatText
}

// source turns inputs into Items.
type source struct {
	maxBytes int64
	fetch    *Fetcher
	skip     map[string]bool // absolute paths a folder walk passes over
}

// input emits the items of one command-line input. It returns false when
// emit asked to stop.
func (s *source) input(ctx context.Context, in string, emit func(Item) bool) bool {
	if isHTTP(in) {
		return s.url(ctx, in, emit)
	}
	st, err := os.Stat(in)
	if err != nil {
		return emit(failed(in, ErrUnreadable, "%v", unwrapPath(err)))
	}
	if !st.IsDir() {
		return s.file(in, emit)
	}
	ok := true
	err = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			ok = emit(failed(p, ErrUnreadable, "%v", unwrapPath(err)))
		} else if strings.HasPrefix(d.Name(), ".") && p != in {
			// Hidden files and folders are editor and VCS leftovers.
			if d.IsDir() {
				return filepath.SkipDir
			}
		} else if s.skipped(p) {
			// The store itself, inside the folder being read.
		} else if d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0 && isRegular(p) {
			// Links to files are followed; links to folders are not, so a
			// loop of links cannot make the walk endless.
			ok = s.file(p, emit)
		}
		if !ok || ctx.Err() != nil {
			return fs.SkipAll
		}
		return nil
	})
	return ok && err == nil
}

func isRegular(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

func (s *source) file(path string, emit func(Item) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return emit(failed(path, ErrUnreadable, "%v", unwrapPath(err)))
	}
	defer f.Close()
	head := make([]byte, 512)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return emit(failed(path, ErrUnreadable, "%v", unwrapPath(err)))
	}
	head = head[:n]
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return emit(failed(path, ErrUnreadable, "%v", err))
	}
	stop := false
	em := func(it Item) bool {
		if !emit(it) {
			stop = true
		}
		return !stop
	}
	switch detect(path, head) {
	case formatJSONL:
		if err := ReadJSONL(path, f, s.maxBytes, em); err != nil && !stop {
			em(Item{Name: path, Err: err})
		}
	case formatWARC:
		ReadWARC(path, f, s.maxBytes, em)
	default:
		data, err := io.ReadAll(io.LimitReader(f, s.maxBytes+1))
		if err != nil {
			return emit(failed(path, ErrUnreadable, "%v", unwrapPath(err)))
		}
		if int64(len(data)) > s.maxBytes {
			return emit(failed(path, ErrTooLarge, "over %d bytes", s.maxBytes))
		}
		s.whole(path, data, detect(path, head), Meta{}, em)
	}
	return !stop
}

// whole emits the items of a complete text, HTML or feed document.
func (s *source) whole(name string, data []byte, f format, meta Meta, emit func(Item) bool) {
	switch f {
	case formatFeed:
		ReadFeed(name, data, emit)
	case formatJSONL:
		if err := ReadJSONL(name, bytes.NewReader(data), s.maxBytes, emit); err != nil {
			emit(Item{Name: name, Err: err})
		}
	case formatWARC:
		ReadWARC(name, bytes.NewReader(data), s.maxBytes, emit)
	default:
		emit(Item{Name: name, Data: data, HTML: f == formatHTML, Meta: meta})
	}
}

// url fetches a page or feed given on the command line.
func (s *source) url(ctx context.Context, u string, emit func(Item) bool) bool {
	p, err := s.fetch.Get(ctx, u)
	if err != nil {
		return emit(Item{Name: u, Err: err})
	}
	f := sniff(p.Body)
	switch p.ContentType {
	case "text/html", "application/xhtml+xml":
		f = formatHTML
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
		f = formatFeed
	case "text/plain":
		if f != formatFeed {
			f = formatText
		}
	}
	stop := false
	s.whole(u, p.Body, f, Meta{URL: p.URL}, func(it Item) bool {
		if !emit(it) {
			stop = true
		}
		return !stop
	})
	return !stop
}

func (s *source) skipped(p string) bool {
	if len(s.skip) == 0 {
		return false
	}
	abs, err := filepath.Abs(p)
	return err == nil && s.skip[abs]
}
