package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// jsonArticle is one JSON Lines record. Published may be a date or a
// timestamp.
type jsonArticle struct {
	Text      *string `json:"text"`
	HTML      *string `json:"html"`
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet"`
	Author    string  `json:"author"`
	Published string  `json:"published"`
}

// ReadJSONL reads one article per line from r: an object with "text" or
// "html" and optional "url", "title", "outlet", "author", "published".
// Blank lines are skipped; a line longer than maxBytes, not UTF-8, not a
// JSON object or without text becomes a failed Item naming its line, and
// reading goes on with the next line. It returns the error of r itself.
//
// A file whose first value is an array, or spans several lines (a
// pretty-printed JSON file), is read as JSON instead: each article
// object of the array (named name[1], name[2] ...), or the one object.
func ReadJSONL(name string, r io.Reader, maxBytes int64, emit func(Item) bool) error {
	br := bufio.NewReaderSize(r, 64<<10)
	first := true
	for line := 1; ; line++ {
		data, tooLong, err := readLine(br, maxBytes)
		if len(bytes.TrimSpace(data)) > 0 || tooLong {
			if first && !tooLong && wholeJSON(data) {
				// The line's newline, as a space: the same between
				// tokens, and valid JSON has none inside a string.
				rest := io.MultiReader(bytes.NewReader(append(data, ' ')), br)
				return readJSON(name, rest, maxBytes, emit)
			}
			first = false
			if !emit(parseJSONLine(fmt.Sprintf("%s:%d", name, line), data, tooLong, maxBytes)) {
				return nil
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w: %v", name, line, ErrUnreadable, err)
		}
	}
}

// wholeJSON reports whether the first line of a file shows a JSON
// document rather than JSON Lines: it opens an array, or a value that
// the line does not close.
func wholeJSON(line []byte) bool {
	t := bytes.TrimSpace(line)
	if bytes.HasPrefix(t, []byte("[")) {
		return true
	}
	var v any
	return bytes.HasPrefix(t, []byte("{")) && errors.Is(json.NewDecoder(bytes.NewReader(t)).Decode(&v), io.ErrUnexpectedEOF)
}

// readJSON reads a JSON document of article objects: an array of them,
// or objects one after another. A value that is not an article object
// fails alone; one that breaks the JSON syntax ends the file, as nothing
// after it can be told apart.
func readJSON(name string, r io.Reader, maxBytes int64, emit func(Item) bool) error {
	dec := json.NewDecoder(r)
	n := 0
	one := func(raw json.RawMessage, label string) bool {
		if int64(len(raw)) > maxBytes {
			return emit(failed(label, ErrTooLarge, "over %d bytes", maxBytes))
		}
		return emit(parseJSONLine(label, raw, false, maxBytes))
	}
	syntax := func(err error) error {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = errors.New("the file ends inside a value")
		}
		emit(failed(name, ErrMalformed, "JSON: %v", err))
		return nil
	}
	values := 0
	for dec.More() {
		values++
		tok, err := dec.Token()
		if err != nil {
			return syntax(err)
		}
		if tok != json.Delim('[') {
			// An object, read member by member from the brace the token
			// took (a Decoder gives no way back to read it whole).
			var rest json.RawMessage
			if d, ok := tok.(json.Delim); !ok || d != '{' {
				emit(failed(name, ErrMalformed, "JSON: value %d is not an article object or an array of them", values))
				continue
			}
			var obj map[string]json.RawMessage
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return syntax(err)
				}
				var v json.RawMessage
				if err := dec.Decode(&v); err != nil {
					return syntax(err)
				}
				if obj == nil {
					obj = map[string]json.RawMessage{}
				}
				obj[fmt.Sprint(k)] = v
			}
			if _, err := dec.Token(); err != nil { // the closing brace
				return syntax(err)
			}
			rest, _ = json.Marshal(obj)
			label := name
			if values > 1 {
				label = fmt.Sprintf("%s#%d", name, values)
			}
			if !one(rest, label) {
				return nil
			}
			continue
		}
		for dec.More() {
			n++
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return syntax(err)
			}
			if !one(raw, fmt.Sprintf("%s[%d]", name, n)) {
				return nil
			}
		}
		if _, err := dec.Token(); err != nil { // the closing bracket
			return syntax(err)
		}
	}
	return nil
}

// readLine returns the next line without its newline, keeping at most
// max bytes of it; tooLong says the line was longer (the rest is
// skipped). bufio.Scanner would stop the whole file at a long line.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+1 { // +1: the newline
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), tooLong, err
	}
}

func parseJSONLine(name string, data []byte, tooLong bool, max int64) Item {
	if tooLong {
		return failed(name, ErrTooLarge, "line longer than %d bytes", max)
	}
	if !utf8.Valid(data) {
		return failed(name, ErrNotUTF8, "")
	}
	var a jsonArticle
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&a); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return failed(name, ErrMalformed, "JSON: %v at byte %d", se, se.Offset)
		case errors.As(err, &te):
			return failed(name, ErrMalformed, "JSON: field %q is %s, want %s", te.Field, te.Value, te.Type)
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return failed(name, ErrMalformed, "JSON: the line ends inside a value")
		}
		return failed(name, ErrMalformed, "JSON: %v", err)
	}
	if dec.More() {
		return failed(name, ErrMalformed, "more than one JSON value on the line")
	}
	it := Item{Name: name, Meta: Meta{URL: strings.TrimSpace(a.URL), Outlet: strings.TrimSpace(a.Outlet),
		Title: strings.TrimSpace(a.Title), Author: strings.TrimSpace(a.Author), Published: isoDate(a.Published)}}
	switch {
	case a.Text != nil && strings.TrimSpace(*a.Text) != "":
		it.Data = []byte(*a.Text)
	case a.HTML != nil && strings.TrimSpace(*a.HTML) != "":
		it.Data, it.HTML = []byte(*a.HTML), true
	default:
		return failed(name, ErrMalformed, `no "text" or "html" field`)
	}
	return it
}
