package store

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/contract"
)

// Rows is an Analysis flattened into the rows both stores index. Both
// stores build them with Flatten, so a query means the same thing in
// SQLite and in PostgreSQL. Keys (…Key fields, Name in EntityName) are
// lower-cased here in Go, because SQLite's lower() folds ASCII only.
type Rows struct {
	Doc          DocRow
	Entities     []EntityRow
	Names        []EntityName
	Mentions     []MentionRow
	Attributions []AttributionRow
	Claims       []ClaimRow
	Events       []EventRow
	Relations    []RelationRow
	// Actors are the document's entities totalled by name and type, in
	// key order, which is also the order stores lock their rows in.
	Actors []ActorRow
}

// DocRow is the documents row. Analysis is the contract JSON with the
// document text left out (it is stored once, in Text).
type DocRow struct {
	ID, URL, Outlet, OutletKey, Title, Author, Published, Language string
	Text, Origin                                                   string
	Ingested                                                       time.Time
	Chars, Entities, Attributions, Claims, Events                  int
	Analysis                                                       []byte
}

// EntityRow is one entity of one document.
type EntityRow struct {
	DocID, ID, Name, NameKey, Type, Country string
	Aliases                                 []byte // JSON array
	Mentions, Claims                        int
}

// EntityName is one name or alias of an entity, lower-cased.
type EntityName struct{ DocID, EntityID, Name string }

// ActorRow is one document's share of an actor (see sqlstore's actors
// table): the entities with this NameKey and Type, their least Name and
// greatest Country, and their mentions and sourced claims.
type ActorRow struct {
	NameKey, Type, Name, Country string
	Mentions, Claims             int
}

// MentionRow is one mention of an entity.
type MentionRow struct {
	DocID, EntityID string
	Start, End      int
	Text, Kind      string
}

// AttributionRow is one attribution.
type AttributionRow struct {
	DocID, ID                                  string
	SourceText, SourceKind, SourceEntity       string
	SourceStart, SourceEnd                     int
	CueText, CueType                           string
	CueStart, CueEnd, ContentStart, ContentEnd int
	Parent, RefersTo, Date                     string
}

// ClaimRow is one claim with its attribution's source folded in.
type ClaimRow struct {
	DocID, ID, Text                   string
	Start, End                        int
	Attribution, Certainty, Polarity  string
	Hedges                            []byte // JSON array of spans
	SourceText, SourceKey, SourceKind string
	SourceEntity, SourceName, CueText string
}

// EventRow is one event.
type EventRow struct {
	DocID, ID, Type, Mode             string
	TriggerStart, TriggerEnd          int
	TriggerText                       string
	Actor, Recipient, Location, Claim string
	TimeText, TimeValue               string
	HasQuantity                       bool
	QuantityText, QuantityUnit        string
	QuantityValue                     float64
	Certainty                         string
}

// RelationRow is one relation; N is its position in the document's list.
type RelationRow struct {
	DocID                      string
	N                          int
	Type, From, To             string
	HasEvidence                bool
	EvidenceStart, EvidenceEnd int
	EvidenceText               string
}

// Flatten checks a and turns it into rows. It sets an empty
// a.Document.ID to DocID(text) and refuses an ID that differs from it.
func Flatten(a *contract.Analysis, origin string, now time.Time) (*Rows, error) {
	if a == nil {
		return nil, fmt.Errorf("store: nil analysis")
	}
	if !utf8.ValidString(a.Document.Text) {
		return nil, fmt.Errorf("store: document text is not valid UTF-8")
	}
	id := DocID(a.Document.Text)
	if a.Document.ID == "" {
		a.Document.ID = id
	} else if a.Document.ID != id {
		return nil, fmt.Errorf("store: document ID %q is not the hash of its text (%q)", a.Document.ID, id)
	}
	// The text is stored once, in its own column; the JSON leaves it out.
	cp := *a
	cp.Document.Text = ""
	js, err := json.Marshal(&cp)
	if err != nil {
		return nil, fmt.Errorf("store: encode analysis %s: %w", id, err)
	}
	d := a.Document
	r := &Rows{Doc: DocRow{
		ID: id, URL: val(d.URL), Outlet: val(d.Outlet), OutletKey: strings.ToLower(val(d.Outlet)),
		Title: val(d.Title), Author: val(d.Author), Published: val(d.Published), Language: d.Language,
		Text: d.Text, Origin: origin, Ingested: now.UTC(), Chars: utf8.RuneCountInString(d.Text),
		Entities: len(a.Entities), Attributions: len(a.Attributions), Claims: len(a.Claims), Events: len(a.Events),
		Analysis: js,
	}}
	if r.Doc.Language == "" {
		r.Doc.Language = "en"
	}
	ents := map[string]*contract.Entity{}
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.ID == "" {
			return nil, fmt.Errorf("store: document %s: entity %d has no ID", id, i)
		}
		if ents[e.ID] != nil {
			return nil, fmt.Errorf("store: document %s: entity ID %q used twice", id, e.ID)
		}
		ents[e.ID] = e
	}
	atts := map[string]*contract.Attribution{}
	for i := range a.Attributions {
		t := &a.Attributions[i]
		if atts[t.ID] != nil || t.ID == "" {
			return nil, fmt.Errorf("store: document %s: attribution ID %q empty or used twice", id, t.ID)
		}
		atts[t.ID] = t
	}
	sourced := map[string]int{}
	for _, c := range a.Claims {
		var src *contract.Source
		if c.Attribution != nil && atts[*c.Attribution] != nil {
			src = atts[*c.Attribution].Source
		}
		row := ClaimRow{DocID: id, ID: c.ID, Text: c.Span.Text, Start: c.Span.Start, End: c.Span.End,
			Attribution: val(c.Attribution), Certainty: c.Certainty, Polarity: c.Polarity}
		if c.ID == "" {
			return nil, fmt.Errorf("store: document %s: claim without ID", id)
		}
		hedges := c.Hedges
		if hedges == nil {
			hedges = []contract.Span{}
		}
		row.Hedges, _ = json.Marshal(hedges)
		if src != nil {
			row.SourceText, row.SourceKey, row.SourceKind = src.Text, strings.ToLower(src.Text), src.Kind
			row.SourceEntity = val(src.Entity)
			if e := ents[row.SourceEntity]; e != nil {
				row.SourceName = e.Name
				sourced[e.ID]++
			}
		}
		if c.Attribution != nil && atts[*c.Attribution] != nil {
			row.CueText = atts[*c.Attribution].Cue.Text
		}
		r.Claims = append(r.Claims, row)
	}
	for _, e := range a.Entities {
		aliases := e.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		al, _ := json.Marshal(aliases)
		r.Entities = append(r.Entities, EntityRow{DocID: id, ID: e.ID, Name: e.Name, NameKey: strings.ToLower(e.Name),
			Type: e.Type, Country: val(e.Country), Aliases: al, Mentions: len(e.Mentions), Claims: sourced[e.ID]})
		seen := map[string]bool{}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := strings.ToLower(strings.TrimSpace(n))
			if k != "" && !seen[k] {
				seen[k] = true
				r.Names = append(r.Names, EntityName{id, e.ID, k})
			}
		}
		for _, m := range e.Mentions {
			r.Mentions = append(r.Mentions, MentionRow{id, e.ID, m.Start, m.End, m.Text, m.Kind})
		}
	}
	r.Actors = actorRows(r.Entities)
	for _, t := range a.Attributions {
		row := AttributionRow{DocID: id, ID: t.ID, CueText: t.Cue.Text, CueType: t.Cue.Type, CueStart: t.Cue.Start,
			CueEnd: t.Cue.End, ContentStart: t.Content.Start, ContentEnd: t.Content.End,
			Parent: val(t.Parent), RefersTo: val(t.RefersTo), Date: val(t.Date)}
		if s := t.Source; s != nil {
			row.SourceText, row.SourceKind, row.SourceEntity = s.Text, s.Kind, val(s.Entity)
			row.SourceStart, row.SourceEnd = s.Start, s.End
		}
		r.Attributions = append(r.Attributions, row)
	}
	for _, v := range a.Events {
		row := EventRow{DocID: id, ID: v.ID, Type: v.Type, Mode: val(v.Mode), TriggerStart: v.Trigger.Start,
			TriggerEnd: v.Trigger.End, TriggerText: v.Trigger.Text, Actor: val(v.Actor), Recipient: val(v.Recipient),
			Location: val(v.Location), Claim: val(v.Claim), Certainty: v.Certainty}
		if v.Time != nil {
			row.TimeText, row.TimeValue = v.Time.Text, val(v.Time.Value)
		}
		if q := v.Quantity; q != nil {
			row.HasQuantity, row.QuantityText, row.QuantityValue, row.QuantityUnit = true, q.Text, q.Value, q.Unit
		}
		r.Events = append(r.Events, row)
	}
	for i, rel := range a.Relations {
		row := RelationRow{DocID: id, N: i, Type: rel.Type, From: rel.From, To: rel.To}
		if e := rel.Evidence; e != nil {
			row.HasEvidence, row.EvidenceStart, row.EvidenceEnd, row.EvidenceText = true, e.Start, e.End, e.Text
		}
		r.Relations = append(r.Relations, row)
	}
	return r, nil
}

// actorRows totals ents by name key and type, as the Actors listing
// groups them. Go compares strings as bytes, as both stores compare these
// columns.
func actorRows(ents []EntityRow) []ActorRow {
	type key struct{ name, typ string }
	idx := map[key]int{}
	var out []ActorRow
	for _, e := range ents {
		k := key{e.NameKey, e.Type}
		i, ok := idx[k]
		if !ok {
			idx[k] = len(out)
			out = append(out, ActorRow{NameKey: e.NameKey, Type: e.Type, Name: e.Name, Country: e.Country})
			i = len(out) - 1
		}
		a := &out[i]
		a.Name = min(a.Name, e.Name)
		a.Country = max(a.Country, e.Country)
		a.Mentions += e.Mentions
		a.Claims += e.Claims
	}
	// Concurrent writers (PostgreSQL) then take the rows' locks in one
	// order and cannot deadlock on them.
	slices.SortFunc(out, func(a, b ActorRow) int {
		return cmp.Or(strings.Compare(a.NameKey, b.NameKey), strings.Compare(a.Type, b.Type))
	})
	return out
}

// DecodeAnalysis rebuilds a stored analysis from its JSON and text.
func DecodeAnalysis(js []byte, text string) (*contract.Analysis, error) {
	var a contract.Analysis
	if err := json.Unmarshal(js, &a); err != nil {
		return nil, fmt.Errorf("store: decode stored analysis: %w", err)
	}
	a.Document.Text = text
	return &a, nil
}

// SearchTerms splits a user's search text into words, the part of a
// query both stores agree on: every word must occur (after stemming).
// SQLite's FTS5 syntax would otherwise give meaning to quotes, colons,
// NEAR and AND in user text, and PostgreSQL's websearch syntax to "-".
func SearchTerms(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func val(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
