// Package contract is the one writer (and reader) of Hearsay's analysis
// JSON, the format described in the README's "Analysis JSON" section: a
// doc.Doc goes in, an Analysis whose spans carry their text comes out, and
// back. The CLI, the HTTP API and the store all go through it.
package contract

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// Span is a code-point span with the text under it.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Analysis is one analysed document.
type Analysis struct {
	Document     Document      `json:"document"`
	Entities     []Entity      `json:"entities"`
	Attributions []Attribution `json:"attributions"`
	Claims       []Claim       `json:"claims"`
	Events       []Event       `json:"events"`
	Relations    []Relation    `json:"relations"`
	Sentences    []Span        `json:"sentences,omitempty"`
	Diagnostics  []Diagnostic  `json:"diagnostics,omitempty"`
}

// Document is the document's metadata and text.
type Document struct {
	ID        string  `json:"id"`
	URL       *string `json:"url"`
	Outlet    *string `json:"outlet"`
	Title     *string `json:"title"`
	Author    *string `json:"author,omitempty"`
	Published *string `json:"published"`
	Language  string  `json:"language"`
	Text      string  `json:"text"`
	Relays    *Relay  `json:"relays"`
}

// Relay: the document retells another outlet's article.
type Relay struct {
	Outlet   string `json:"outlet"`
	Entity   string `json:"entity,omitempty"`
	Evidence Span   `json:"evidence"`
}

// Mention is a span with its kind.
type Mention struct {
	Span
	Kind string `json:"kind"`
}

// Designation is a label attached to an entity.
type Designation struct {
	Text     string `json:"text"`
	By       string `json:"by,omitempty"`
	Evidence Span   `json:"evidence"`
}

// Entity is one actor or place.
type Entity struct {
	ID           string        `json:"id"`
	Name         string        `json:"name"`
	Type         string        `json:"type"`
	Country      *string       `json:"country"`
	Aliases      []string      `json:"aliases"`
	Mentions     []Mention     `json:"mentions"`
	Designations []Designation `json:"designations,omitempty"`
}

// Source of an attribution.
type Source struct {
	Span
	Kind   string  `json:"kind"`
	Entity *string `json:"entity"`
}

// Cue of an attribution.
type Cue struct {
	Span
	Type string `json:"type"`
}

// Attribution is one act of saying.
type Attribution struct {
	ID       string  `json:"id"`
	Source   *Source `json:"source"`
	Cue      Cue     `json:"cue"`
	Content  Content `json:"content"`
	Parent   *string `json:"parent"`
	RefersTo *string `json:"refers_to"`
	Date     *string `json:"date"`
}

// Content is what an attribution reports. Parts, when present, are its
// pieces in order, and Span covers them all: a content interrupted by its
// own cue and source (“...,” she said. “...”) leaves them out.
type Content struct {
	Span
	Parts []Span `json:"parts,omitempty"`
}

// Pieces returns the parts of c, or c's span when it is one piece.
func (c Content) Pieces() []Span {
	if len(c.Parts) > 0 {
		return c.Parts
	}
	return []Span{c.Span}
}

// Claim is a proposition with its certainty.
type Claim struct {
	ID          string  `json:"id"`
	Span        Span    `json:"span"`
	Attribution *string `json:"attribution"`
	Certainty   string  `json:"certainty"`
	Polarity    string  `json:"polarity"`
	Hedges      []Span  `json:"hedges"`
}

// Time of an event.
type Time struct {
	Span
	Value *string `json:"value"`
}

// Quantity of an event.
type Quantity struct {
	Span
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

// Event is a PLOVER event.
type Event struct {
	ID        string    `json:"id"`
	Type      string    `json:"type"`
	Mode      *string   `json:"mode"`
	Trigger   Span      `json:"trigger"`
	Actor     *string   `json:"actor"`
	Recipient *string   `json:"recipient"`
	Location  *string   `json:"location"`
	Time      *Time     `json:"time"`
	Quantity  *Quantity `json:"quantity"`
	Target    *Span     `json:"target,omitempty"`
	Claim     *string   `json:"claim"`
	Certainty string    `json:"certainty"`
}

// Relation links two claims or attributions.
type Relation struct {
	Type     string `json:"type"`
	From     string `json:"from"`
	To       string `json:"to"`
	Evidence *Span  `json:"evidence"`
}

// Diagnostic is a problem found in the text.
type Diagnostic struct {
	Stage   string `json:"stage"`
	Span    Span   `json:"span"`
	Message string `json:"message"`
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func val(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// FromDoc converts a Doc into its contract form. Lists are sorted by
// position so that output is stable.
func FromDoc(d *doc.Doc) *Analysis {
	sp := func(s doc.Span) Span { return Span{s.Start, s.End, d.Slice(s)} }
	a := &Analysis{
		Document: Document{ID: d.ID, URL: opt(d.URL), Outlet: opt(d.Outlet), Title: opt(d.Title),
			Author: opt(d.Author), Published: opt(d.Published), Language: d.Language, Text: d.Text},
		Entities: []Entity{}, Attributions: []Attribution{}, Claims: []Claim{}, Events: []Event{}, Relations: []Relation{},
	}
	if a.Document.Language == "" {
		a.Document.Language = "en"
	}
	if d.Relays != nil {
		a.Document.Relays = &Relay{Outlet: d.Relays.Outlet, Entity: d.Relays.Entity, Evidence: sp(d.Relays.Evidence)}
	}
	for _, s := range d.Sentences {
		a.Sentences = append(a.Sentences, sp(s.Span))
	}
	for _, e := range d.Entities {
		ce := Entity{ID: e.ID, Name: e.Name, Type: e.Type, Country: opt(e.Country), Aliases: append([]string{}, e.Aliases...), Mentions: []Mention{}}
		for _, m := range e.Mentions {
			ce.Mentions = append(ce.Mentions, Mention{sp(m.Span), m.Kind})
		}
		sort.Slice(ce.Mentions, func(i, j int) bool { return ce.Mentions[i].Start < ce.Mentions[j].Start })
		for _, g := range e.Designations {
			ce.Designations = append(ce.Designations, Designation{g.Text, g.By, sp(g.Evidence)})
		}
		a.Entities = append(a.Entities, ce)
	}
	for _, t := range d.Attributions {
		ca := Attribution{ID: t.ID, Cue: Cue{sp(t.Cue.Span), t.Cue.Type}, Content: Content{Span: sp(t.Content)},
			Parent: opt(t.Parent), RefersTo: opt(t.RefersTo), Date: opt(t.Date)}
		for _, p := range t.ContentParts {
			ca.Content.Parts = append(ca.Content.Parts, sp(p))
		}
		if !t.Source.Span.Empty() || t.Source.Kind != "" {
			ca.Source = &Source{sp(t.Source.Span), t.Source.Kind, opt(t.Source.Entity)}
		}
		a.Attributions = append(a.Attributions, ca)
	}
	for _, c := range d.Claims {
		cc := Claim{ID: c.ID, Span: sp(c.Span), Attribution: opt(c.Attribution), Certainty: c.Certainty, Polarity: c.Polarity, Hedges: []Span{}}
		for _, h := range c.Hedges {
			cc.Hedges = append(cc.Hedges, sp(h))
		}
		a.Claims = append(a.Claims, cc)
	}
	for _, v := range d.Events {
		cv := Event{ID: v.ID, Type: v.Type, Mode: opt(v.Mode), Trigger: sp(v.Trigger), Actor: opt(v.Actor),
			Recipient: opt(v.Recipient), Location: opt(v.Location), Claim: opt(v.Claim), Certainty: v.Certainty}
		if v.Time != nil {
			cv.Time = &Time{sp(v.Time.Span), opt(v.Time.Value)}
		}
		if v.Quantity != nil {
			cv.Quantity = &Quantity{sp(v.Quantity.Span), v.Quantity.Value, v.Quantity.Unit}
		}
		if !v.Target.Empty() {
			t := sp(v.Target)
			cv.Target = &t
		}
		a.Events = append(a.Events, cv)
	}
	for _, r := range d.Relations {
		cr := Relation{Type: r.Type, From: r.From, To: r.To}
		if r.Evidence != nil {
			s := sp(*r.Evidence)
			cr.Evidence = &s
		}
		a.Relations = append(a.Relations, cr)
	}
	for _, g := range d.Diagnostics {
		a.Diagnostics = append(a.Diagnostics, Diagnostic{g.Stage, sp(g.Span), g.Message})
	}
	return a
}

// ToDoc converts an Analysis back into a Doc (without tokens or syntax).
// It checks every span against the text and names the first bad one.
func ToDoc(a *Analysis) (*doc.Doc, error) {
	d := doc.New(a.Document.Text)
	d.ID, d.URL, d.Outlet, d.Title = a.Document.ID, val(a.Document.URL), val(a.Document.Outlet), val(a.Document.Title)
	d.Author, d.Published, d.Language = val(a.Document.Author), val(a.Document.Published), a.Document.Language
	var bad error
	ds := func(where string, s Span) doc.Span {
		out, err := d.MakeSpan(s.Start, s.End)
		if err != nil && bad == nil {
			bad = fmt.Errorf("contract: %s: %w", where, err)
		}
		return out
	}
	if r := a.Document.Relays; r != nil {
		d.Relays = &doc.Relay{Outlet: r.Outlet, Entity: r.Entity, Evidence: ds("relays", r.Evidence)}
	}
	for _, e := range a.Entities {
		de := doc.Entity{ID: e.ID, Name: e.Name, Type: e.Type, Country: val(e.Country), Aliases: e.Aliases}
		for _, m := range e.Mentions {
			de.Mentions = append(de.Mentions, doc.Mention{Span: ds("entity "+e.ID, m.Span), Kind: m.Kind})
		}
		for _, g := range e.Designations {
			de.Designations = append(de.Designations, doc.Designation{Text: g.Text, By: g.By, Evidence: ds("designation", g.Evidence)})
		}
		d.Entities = append(d.Entities, de)
	}
	for _, t := range a.Attributions {
		dt := doc.Attribution{ID: t.ID, Cue: doc.Cue{Span: ds("cue "+t.ID, t.Cue.Span), Type: t.Cue.Type},
			Content: ds("content "+t.ID, t.Content.Span), Parent: val(t.Parent), RefersTo: val(t.RefersTo), Date: val(t.Date)}
		last := t.Content.Start
		for _, p := range t.Content.Parts {
			if (p.Start < last || p.End > t.Content.End) && bad == nil {
				bad = fmt.Errorf("contract: content %s: part [%d, %d) is out of order or outside the content [%d, %d)", t.ID, p.Start, p.End, t.Content.Start, t.Content.End)
			}
			last = p.End
			dt.ContentParts = append(dt.ContentParts, ds("content "+t.ID, p))
		}
		if t.Source != nil {
			dt.Source = doc.Source{Span: ds("source "+t.ID, t.Source.Span), Kind: t.Source.Kind, Entity: val(t.Source.Entity)}
		}
		d.Attributions = append(d.Attributions, dt)
	}
	for _, c := range a.Claims {
		dc := doc.Claim{ID: c.ID, Span: ds("claim "+c.ID, c.Span), Attribution: val(c.Attribution), Certainty: c.Certainty, Polarity: c.Polarity}
		for _, h := range c.Hedges {
			dc.Hedges = append(dc.Hedges, ds("hedge "+c.ID, h))
		}
		d.Claims = append(d.Claims, dc)
	}
	for _, v := range a.Events {
		dv := doc.Event{ID: v.ID, Type: v.Type, Mode: val(v.Mode), Trigger: ds("event "+v.ID, v.Trigger), Actor: val(v.Actor),
			Recipient: val(v.Recipient), Location: val(v.Location), Claim: val(v.Claim), Certainty: v.Certainty}
		if v.Time != nil {
			dv.Time = &doc.Time{Span: ds("time "+v.ID, v.Time.Span), Value: val(v.Time.Value)}
		}
		if v.Quantity != nil {
			dv.Quantity = &doc.Quantity{Span: ds("quantity "+v.ID, v.Quantity.Span), Value: v.Quantity.Value, Unit: v.Quantity.Unit}
		}
		if v.Target != nil {
			dv.Target = ds("target "+v.ID, *v.Target)
		}
		d.Events = append(d.Events, dv)
	}
	for _, r := range a.Relations {
		dr := doc.Relation{Type: r.Type, From: r.From, To: r.To}
		if r.Evidence != nil {
			s := ds("relation", *r.Evidence)
			dr.Evidence = &s
		}
		d.Relations = append(d.Relations, dr)
	}
	for _, s := range a.Sentences {
		d.Sentences = append(d.Sentences, doc.Sentence{Span: ds("sentence", s)})
	}
	if bad != nil {
		return nil, bad
	}
	return d, nil
}

// Write prints a as indented JSON.
func Write(w io.Writer, a *Analysis) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(a)
}

// Read parses one Analysis.
func Read(r io.Reader) (*Analysis, error) {
	var a Analysis
	if err := json.NewDecoder(r).Decode(&a); err != nil {
		return nil, fmt.Errorf("contract: %w", err)
	}
	return &a, nil
}
