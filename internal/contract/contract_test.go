package contract

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// quoted is a quotation its own cue interrupts: the content is two pieces.
const quoted = `“We were floored,” Mr. Barrett said. “It was a shock.”`

func span(text, sub string) doc.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic(sub)
	}
	d := doc.New(text)
	return d.SpanOfBytes(i, i+len(sub))
}

// A content in parts is written with its parts, each carrying its text,
// and read back the same.
func TestContentPartsRoundTrip(t *testing.T) {
	d := doc.New(quoted)
	first, second := span(quoted, "“We were floored,”"), span(quoted, "“It was a shock.”")
	d.Attributions = []doc.Attribution{{
		ID:           "a1",
		Source:       doc.Source{Span: span(quoted, "Mr. Barrett"), Kind: "person"},
		Cue:          doc.Cue{Span: span(quoted, "said"), Type: doc.CueStatement},
		Content:      doc.Span{Start: first.Start, End: second.End},
		ContentParts: []doc.Span{first, second},
	}}
	var buf bytes.Buffer
	if err := Write(&buf, FromDoc(d)); err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Attributions []struct {
			Content struct {
				Text  string `json:"text"`
				Parts []Span `json:"parts"`
			} `json:"content"`
		} `json:"attributions"`
	}
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	c := raw.Attributions[0].Content
	if c.Text != quoted || len(c.Parts) != 2 || c.Parts[0].Text != "“We were floored,”" || c.Parts[1].Text != "“It was a shock.”" {
		t.Fatalf("content written as %+v", c)
	}
	a, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ToDoc(a)
	if err != nil {
		t.Fatal(err)
	}
	got := back.Attributions[0]
	if len(got.ContentParts) != 2 || got.ContentParts[0] != first || got.ContentParts[1] != second {
		t.Errorf("parts read back as %v, want %v %v", got.ContentParts, first, second)
	}
	// The cue between the parts is not in the content; words of a part are.
	if got.Holds(span(quoted, "said")) || !got.Holds(span(quoted, "shock")) {
		t.Errorf("Holds: cue held %v, part word held %v", got.Holds(span(quoted, "said")), got.Holds(span(quoted, "shock")))
	}
}

// A content of one piece has no "parts" in its JSON.
func TestContentInOnePieceHasNoParts(t *testing.T) {
	text := "Officials said the talks failed."
	d := doc.New(text)
	d.Attributions = []doc.Attribution{{ID: "a1", Cue: doc.Cue{Span: span(text, "said"), Type: doc.CueStatement},
		Content: span(text, "the talks failed")}}
	var buf bytes.Buffer
	if err := Write(&buf, FromDoc(d)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `"parts"`) {
		t.Errorf("one-piece content written with parts: %s", buf.String())
	}
}

// Parts out of order or outside their content are refused, naming the
// attribution.
func TestToDocRefusesBadParts(t *testing.T) {
	whole := func(a *Analysis) *Content { return &a.Attributions[0].Content }
	for _, tc := range []struct {
		name  string
		parts [][2]int
	}{
		{"outside", [][2]int{{0, 5}, {20, 80}}},
		{"out of order", [][2]int{{30, 40}, {0, 10}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := doc.New(quoted)
			d.Attributions = []doc.Attribution{{ID: "a7", Cue: doc.Cue{Span: span(quoted, "said"), Type: doc.CueStatement},
				Content: doc.Span{Start: 0, End: 50}}}
			a := FromDoc(d)
			r := []rune(quoted)
			for _, p := range tc.parts {
				e := min(p[1], len(r))
				whole(a).Parts = append(whole(a).Parts, Span{Start: p[0], End: e, Text: string(r[p[0]:e])})
			}
			_, err := ToDoc(a)
			if err == nil || !strings.Contains(err.Error(), "a7") {
				t.Errorf("ToDoc = %v, want an error naming a7", err)
			}
		})
	}
}
