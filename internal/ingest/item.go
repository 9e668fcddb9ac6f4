package ingest

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Reasons an item fails, for errors.Is. The extractor adds its own
// (empty text, binary, no article text).
var (
	ErrUnreadable = errors.New("unreadable")
	ErrTooLarge   = errors.New("too large")
	ErrNotUTF8    = errors.New("not UTF-8")
	ErrMalformed  = errors.New("malformed")
	ErrRefused    = errors.New("refused")
)

// Meta is the metadata an input format carries for an article. Empty
// fields are unknown; known ones win over what extraction finds in the
// article itself.
type Meta struct {
	URL, Outlet, Title, Author string
	Published                  string // ISO 8601 date
}

// Item is one article to analyse.
type Item struct {
	// Name identifies the item in messages and in the store's origin
	// column: a path, "path:LINE" for JSON Lines, "path#N" for the N-th
	// feed item (from 1), "path@OFFSET" for a WARC record.
	Name string
	Data []byte
	HTML bool // Data is HTML; otherwise plain text
	Meta Meta
	// Page, when set, is the article's own page, fetched by the worker
	// (feeds that hold only a summary); Data is the fallback when the
	// page cannot be fetched.
	Page string
	// Err is set when the item could not be read at all.
	Err error
}

// itemError names the item in front of the reason.
type itemError struct {
	name string
	err  error
}

func (e *itemError) Error() string { return e.name + ": " + e.err.Error() }
func (e *itemError) Unwrap() error { return e.err }

func failed(name string, reason error, format string, args ...any) Item {
	msg := fmt.Sprintf(format, args...)
	if msg == "" {
		return Item{Name: name, Err: reason}
	}
	return Item{Name: name, Err: fmt.Errorf("%w: %s", reason, msg)}
}

// isoDate reduces a date or timestamp a format gave to the date part
// (the contract's "published" is a date); strings it cannot read are
// passed through only when they already look like an ISO date.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if _, err := time.Parse(layout, s); err == nil {
			return s
		}
	}
	return ""
}
