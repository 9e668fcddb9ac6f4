package ingest

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// ReadWARC reads the HTTP response records of a WARC file (gzipped per
// record or not) and emits those with status 200 and an HTML or plain
// text body; other records (requests, metadata, redirects, images) are
// not articles and are passed over. A record that cannot be parsed ends
// the file with a failed Item, since WARC gives no way to find the next
// record after a broken one.
func ReadWARC(name string, r io.Reader, maxBytes int64, emit func(Item) bool) {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0)
	if err != nil {
		emit(failed(name, ErrUnreadable, "%v", err))
		return
	}
	defer wr.Close()
	n := 0
	for {
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) {
			if n == 0 {
				emit(failed(name, ErrMalformed, "WARC file holds no HTML response record"))
			}
			return
		}
		if err != nil {
			rec.Close()
			emit(failed(fmt.Sprintf("%s@%d", name, rec.Offset), ErrMalformed, "WARC record: %v", err))
			return
		}
		it, ok := warcItem(name, rec, maxBytes)
		if !ok && len(rec.Validation) > 0 && rec.WarcRecord != nil && rec.WarcRecord.Type() == gowarc.Response {
			// A response record that yields nothing and broke the format's
			// rules is damaged, not merely uninteresting. (Records with
			// warnings that still give a page are kept: crawls are full of
			// harmless ones.)
			it, ok = failed(fmt.Sprintf("%s@%d", name, rec.Offset), ErrMalformed, "WARC record: %s", joinErrs(rec.Validation)), true
		}
		rec.Close()
		if !ok {
			continue
		}
		n++
		if !emit(it) {
			return
		}
	}
}

func warcItem(name string, rec gowarc.Record, maxBytes int64) (Item, bool) {
	w := rec.WarcRecord
	if w == nil || w.Type() != gowarc.Response {
		return Item{}, false
	}
	block, ok := w.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return Item{}, false
	}
	target := w.WarcHeader().Get(gowarc.WarcTargetURI)
	it := Item{Name: fmt.Sprintf("%s@%d", name, rec.Offset), Meta: Meta{URL: target}}
	if code := block.HttpStatusCode(); code != 200 {
		return Item{}, false
	}
	h := block.HttpHeader()
	ctype := ""
	if h != nil {
		ctype = h.Get("Content-Type")
	}
	mt, _, _ := mime.ParseMediaType(ctype)
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml" || mt == "":
		it.HTML = true
	case mt == "text/plain":
	default:
		return Item{}, false
	}
	body, err := block.PayloadBytes()
	if err != nil {
		return failed(it.Name, ErrMalformed, "WARC payload: %v", err), true
	}
	if h != nil && strings.EqualFold(h.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(body)
		if err != nil {
			return failed(it.Name, ErrMalformed, "gzip payload: %v", err), true
		}
		defer zr.Close()
		body = zr
	}
	data, err := io.ReadAll(io.LimitReader(body, maxBytes+1))
	if err != nil {
		return failed(it.Name, ErrMalformed, "WARC payload: %v", err), true
	}
	if int64(len(data)) > maxBytes {
		return failed(it.Name, ErrTooLarge, "payload over %d bytes", maxBytes), true
	}
	it.Data = data
	return it, true
}

func joinErrs(errs []error) string {
	parts := make([]string, len(errs))
	for i, e := range errs {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}
