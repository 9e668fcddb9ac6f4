package storygen

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// ent describes a real-world entity a text segment refers to.
type ent struct {
	Name, Type, Country string
	Kind                string // mention kind
}

// seg is a piece of a sentence; role says what the oracle analysis should
// record for it ("" = plain text).
type seg struct {
	text string
	role string // actor, recipient, place, trigger, qty, time, source, cue
	ent  *ent
}

// clause is the content of a claim: its segments and its event frame.
type clause struct {
	segs     []seg
	evType   string
	mode     string
	qty      float64
	unit     string
	timeVal  string
	negative bool
}

func lit(s string) seg { return seg{text: s} }

// builder appends sentences to a document and records, from the roles of
// their segments, the oracle layers with code-point spans.
type builder struct {
	sb   strings.Builder
	n    int // code points written
	d    *doc.Doc
	ents map[string]int // entity key -> index in d.Entities
}

func newBuilder() *builder {
	return &builder{d: &doc.Doc{Language: "en", Layers: map[string]bool{}}, ents: map[string]int{}}
}

func (b *builder) write(s string) doc.Span {
	start := b.n
	b.sb.WriteString(s)
	b.n += utf8.RuneCountInString(s)
	return doc.Span{Start: start, End: b.n}
}

func (b *builder) entity(e *ent, sp doc.Span) string {
	key := e.Type + "|" + e.Name
	i, ok := b.ents[key]
	if !ok {
		i = len(b.d.Entities)
		b.ents[key] = i
		b.d.Entities = append(b.d.Entities, doc.Entity{ID: fmt.Sprintf("e%d", i+1), Name: e.Name, Type: e.Type, Country: e.Country})
	}
	kind := e.Kind
	if kind == "" {
		kind = doc.MentionName
	}
	b.d.Entities[i].Mentions = append(b.d.Entities[i].Mentions, doc.Mention{Span: sp, Kind: kind})
	return b.d.Entities[i].ID
}

// writeClause writes c's segments, records their entities and the event, and
// returns the clause span and the event's fields to fill in.
func (b *builder) writeClause(c clause, capital bool) (doc.Span, doc.Event) {
	start := b.n
	var ev doc.Event
	ev.Type, ev.Mode = c.evType, c.mode
	for i, s := range c.segs {
		t := s.text
		if i == 0 && capital {
			t = upperFirst(t)
		}
		sp := b.write(t)
		var id string
		if s.ent != nil {
			id = b.entity(s.ent, sp)
		}
		switch s.role {
		case "actor":
			ev.Actor = id
		case "recipient":
			ev.Recipient = id
		case "place":
			ev.Location = id
		case "trigger":
			ev.Trigger = sp
		case "qty":
			ev.Quantity = &doc.Quantity{Span: sp, Value: c.qty, Unit: c.unit}
		case "time":
			ev.Time = &doc.Time{Span: sp, Value: c.timeVal}
		}
	}
	return doc.Span{Start: start, End: b.n}, ev
}

// attr is how a clause is attributed in a sentence.
type attr struct {
	form      string // pre ("X said that C."), according ("According to X, C."), post ("C, X said."), bare ("C.")
	source    *ent   // nil for unnamed sources given as plain text
	srcText   string // the source phrase
	srcKind   string
	cue       string
	cueType   string
	pre, post string // extra text around the cue in pre form, e.g. " on Tuesday"
	citing    *attr  // an inner source the outer one cites ("X, citing Y, reported that C.")
}

// sentence writes one attributed clause and records attribution, claim and
// event; it returns the claim's content span.
func (b *builder) sentence(a attr, c clause) doc.Span {
	var outer, inner string // attribution IDs
	addAttr := func(a *attr, src, cue, content doc.Span, parent string) string {
		id := fmt.Sprintf("a%d", len(b.d.Attributions)+1)
		at := doc.Attribution{ID: id, Cue: doc.Cue{Span: cue, Type: a.cueType}, Content: content, Parent: parent}
		at.Source = doc.Source{Span: src, Kind: a.srcKind}
		if a.source != nil {
			at.Source.Entity = b.entity(a.source, src)
		}
		b.d.Attributions = append(b.d.Attributions, at)
		return id
	}
	var content doc.Span
	var ev doc.Event
	switch a.form {
	case "bare":
		content, ev = b.writeClause(c, true)
		b.write(".")
	case "pre":
		src := b.write(upperFirst(a.srcText))
		var csrc, ccue doc.Span
		if a.citing != nil {
			b.write(", ")
			ccue = b.write(a.citing.cue)
			b.write(" ")
			csrc = b.write(a.citing.srcText)
			b.write(",")
		}
		b.write(" ")
		cue := b.write(a.cue)
		b.write(a.pre + " ")
		content, ev = b.writeClause(c, false)
		b.write(".")
		outer = addAttr(&a, src, cue, content, "")
		if a.citing != nil {
			inner = addAttr(a.citing, csrc, ccue, content, outer)
		}
	case "according":
		cue := b.write(upperFirst(a.cue))
		b.write(" ")
		src := b.write(a.srcText)
		b.write(", ")
		content, ev = b.writeClause(c, false)
		b.write(".")
		outer = addAttr(&a, src, cue, content, "")
	case "post":
		content, ev = b.writeClause(c, true)
		b.write(", ")
		if a.pre != "" { // "according to a report by X": cue first
			cue := b.write(a.cue)
			b.write(a.pre)
			src := b.write(a.srcText)
			b.write(".")
			outer = addAttr(&a, src, cue, content, "")
		} else {
			src := b.write(a.srcText)
			b.write(" ")
			cue := b.write(a.cue)
			b.write(a.post + ".")
			outer = addAttr(&a, src, cue, content, "")
		}
	default:
		panic("storygen: unknown attribution form " + a.form)
	}
	cid := fmt.Sprintf("c%d", len(b.d.Claims)+1)
	cl := doc.Claim{ID: cid, Span: content, Certainty: doc.Certain, Polarity: doc.Positive}
	if inner != "" {
		cl.Attribution = inner
	} else {
		cl.Attribution = outer
	}
	if a.cueType == doc.CueDenial || c.negative {
		cl.Polarity = doc.Negative
	}
	b.d.Claims = append(b.d.Claims, cl)
	if ev.Type != "" {
		ev.ID = fmt.Sprintf("v%d", len(b.d.Events)+1)
		ev.Claim = cid
		ev.Certainty = doc.Certain
		b.d.Events = append(b.d.Events, ev)
	}
	return content
}

// plain writes an unattributed sentence that the author asserts.
func (b *builder) plain(s string) {
	sp := b.write(s)
	end := sp.End
	if strings.HasSuffix(s, ".") {
		end--
	}
	b.d.Claims = append(b.d.Claims, doc.Claim{ID: fmt.Sprintf("c%d", len(b.d.Claims)+1),
		Span: doc.Span{Start: sp.Start, End: end}, Certainty: doc.Certain, Polarity: doc.Positive})
}

func (b *builder) finish() *doc.Doc {
	text := b.sb.String()
	nd := doc.New(text)
	nd.Entities, nd.Attributions, nd.Claims, nd.Events, nd.Relays = b.d.Entities, b.d.Attributions, b.d.Claims, b.d.Events, b.d.Relays
	for _, l := range []string{doc.LayerEntities, doc.LayerAttributions, doc.LayerClaims, doc.LayerEvents} {
		nd.SetLayer(l)
	}
	return nd
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
