package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

// graphWriter streams a JSON-LD document of the form
// {"@context": ..., "@graph": [node, node, ...]}, one node per line. A
// node may be written more than once (an agent named in many documents);
// JSON-LD merges node objects with the same @id, so the writer need not
// remember which it has written.
type graphWriter struct {
	w       *bufio.Writer
	context any
	started bool
	n       int
	buf     bytes.Buffer
	enc     *json.Encoder
}

func newGraphWriter(w io.Writer, context any) *graphWriter {
	g := &graphWriter{w: bw(w), context: context}
	g.enc = json.NewEncoder(&g.buf)
	g.enc.SetEscapeHTML(false)
	return g
}

func (g *graphWriter) start() error {
	if g.started {
		return nil
	}
	g.started = true
	ctx, err := json.Marshal(g.context)
	if err != nil {
		return err
	}
	g.w.WriteString(`{"@context": `)
	g.w.Write(ctx)
	_, err = g.w.WriteString(",\n\"@graph\": [\n")
	return err
}

func (g *graphWriter) node(v any) error {
	if err := g.start(); err != nil {
		return err
	}
	g.buf.Reset()
	if err := g.enc.Encode(v); err != nil {
		return err
	}
	if g.n > 0 {
		g.w.WriteString(",\n")
	}
	g.n++
	_, err := g.w.Write(bytes.TrimRight(g.buf.Bytes(), "\n"))
	return err
}

func (g *graphWriter) close() error {
	if err := g.start(); err != nil {
		return err
	}
	g.w.WriteString("\n]}\n")
	return g.w.Flush()
}

// ref is a JSON-LD node reference.
type ref struct {
	ID string `json:"@id"`
}

// typedValue is a JSON-LD value with a datatype.
type typedValue struct {
	Value string `json:"@value"`
	Type  string `json:"@type"`
}

// dateValue types an ISO date by its precision: xsd:date, xsd:gYearMonth
// or xsd:gYear; nil when s is none of these.
func dateValue(s string) *typedValue {
	switch {
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		return &typedValue{s, "xsd:date"}
	case len(s) == 7 && s[4] == '-':
		return &typedValue{s, "xsd:gYearMonth"}
	case len(s) == 4:
		return &typedValue{s, "xsd:gYear"}
	}
	return nil
}
