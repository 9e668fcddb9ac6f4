// Package doc holds the one document type that every Hearsay stage reads and
// extends: the plain text of an article, its metadata, and offset-anchored
// annotation layers (tokens, sentences, entities, attributions, claims,
// events, relations).
//
// Every offset in this package counts Unicode code points from the start of
// Doc.Text, with End exclusive. Only this package converts between code
// points and bytes (Doc.Slice, Doc.ByteOffset, Doc.RuneOffset).
//
// Items point at each other by their string IDs ("e1", "a3", "c4"), the same
// IDs the contract JSON prints, so a Doc copies and serialises without
// following pointers.
package doc

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Span is a stretch of Doc.Text: Start and End count code points from the
// beginning of the text, End exclusive. The zero Span is empty and at 0.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of code points in s.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether s covers no code point.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Union is the smallest span covering both s and o.
func (s Span) Union(o Span) Span {
	if o.Start < s.Start {
		s.Start = o.Start
	}
	if o.End > s.End {
		s.End = o.End
	}
	return s
}

// Layer names, recorded by the pipeline in Doc.Layers so that "the stage ran
// and found nothing" differs from "the stage never ran".
const (
	LayerTokens       = "tokens"
	LayerSentences    = "sentences"
	LayerSyntax       = "syntax" // lemma, tags, heads, relations, names
	LayerEntities     = "entities"
	LayerAttributions = "attributions"
	LayerClaims       = "claims"
	LayerEvents       = "events"
	LayerRelations    = "relations"
)

// Doc is one article and everything Hearsay found in it.
type Doc struct {
	// Metadata, empty when unknown.
	ID        string
	URL       string
	Outlet    string
	Title     string
	Author    string
	Published string // ISO 8601 date "2021-09-09" (or "2021-09", "2021"); the anchor for relative dates
	Language  string // BCP 47, "en"

	Text string

	Tokens       []Token
	Sentences    []Sentence
	Entities     []Entity
	Attributions []Attribution
	Claims       []Claim
	Events       []Event
	Relations    []Relation
	Relays       *Relay
	Diagnostics  []Diagnostic

	// Layers records which annotation layers have been filled.
	Layers map[string]bool

	// byteAt[i] is the byte offset of code point i; byteAt[n] = len(Text).
	byteAt []int
	// runeAt maps a byte offset to its code point index (only at rune starts).
	runeAt []int32
}

// New returns a Doc over text. It does not validate the text; the reader
// that produced it is responsible for rejecting non-UTF-8 input.
func New(text string) *Doc {
	d := &Doc{Text: text, Language: "en", Layers: map[string]bool{}}
	d.index()
	return d
}

func (d *Doc) index() {
	n := utf8.RuneCountInString(d.Text)
	d.byteAt = make([]int, 0, n+1)
	d.runeAt = make([]int32, len(d.Text)+1)
	i := 0
	for b := range d.Text {
		d.byteAt = append(d.byteAt, b)
		d.runeAt[b] = int32(i)
		i++
	}
	d.byteAt = append(d.byteAt, len(d.Text))
	d.runeAt[len(d.Text)] = int32(i)
}

func (d *Doc) ensureIndex() {
	if d.byteAt == nil || d.byteAt[len(d.byteAt)-1] != len(d.Text) {
		d.index()
	}
}

// Len is the length of the text in code points.
func (d *Doc) Len() int {
	d.ensureIndex()
	return len(d.byteAt) - 1
}

// ByteOffset converts a code-point offset into a byte offset into Text.
// It panics when cp is outside [0, Len()], naming the value and the range.
func (d *Doc) ByteOffset(cp int) int {
	d.ensureIndex()
	if cp < 0 || cp >= len(d.byteAt) {
		panic(fmt.Sprintf("doc: code point offset %d outside [0, %d]", cp, len(d.byteAt)-1))
	}
	return d.byteAt[cp]
}

// RuneOffset converts a byte offset that starts a code point (or equals
// len(Text)) into a code-point offset.
func (d *Doc) RuneOffset(b int) int {
	d.ensureIndex()
	if b < 0 || b > len(d.Text) {
		panic(fmt.Sprintf("doc: byte offset %d outside [0, %d]", b, len(d.Text)))
	}
	return int(d.runeAt[b])
}

// Slice returns the text under s.
func (d *Doc) Slice(s Span) string {
	return d.Text[d.ByteOffset(s.Start):d.ByteOffset(s.End)]
}

// MakeSpan checks 0 ≤ start ≤ end ≤ Len() and returns the span.
func (d *Doc) MakeSpan(start, end int) (Span, error) {
	if start < 0 || start > end || end > d.Len() {
		return Span{}, fmt.Errorf("doc: span [%d, %d) outside 0 ≤ start ≤ end ≤ %d", start, end, d.Len())
	}
	return Span{start, end}, nil
}

// SpanOfBytes converts a byte range of Text into a code-point Span.
func (d *Doc) SpanOfBytes(start, end int) Span {
	return Span{d.RuneOffset(start), d.RuneOffset(end)}
}

// SetLayer marks a layer as filled.
func (d *Doc) SetLayer(name string) {
	if d.Layers == nil {
		d.Layers = map[string]bool{}
	}
	d.Layers[name] = true
}

// Has reports whether a layer has been filled.
func (d *Doc) Has(name string) bool { return d.Layers[name] }

// Token is one word or punctuation mark, with its syntax once the syntax
// layer has run.
type Token struct {
	Span  Span
	Text  string // the slice of Doc.Text under Span
	Sent  int    // index into Doc.Sentences
	Lemma string
	UPOS  string // Universal POS tag
	XPOS  string // Penn Treebank tag
	Feats string // UD morphological features, "Number=Sing|..."
	Head  int    // index into Doc.Tokens of the syntactic head; -1 for the sentence root
	Dep   string // UD relation to Head
	NER   string // IOB2 name tag, "B-PER", "I-ORG", "O"
}

// Sentence is a run of tokens: Doc.Tokens[First:End].
type Sentence struct {
	Span  Span
	First int // index of the first token
	End   int // index one past the last token
}

// Entity types.
const (
	EntityPerson       = "person"
	EntityOrganization = "organization"
	EntityOutlet       = "outlet"
	EntityCountry      = "country"
	EntityPlace        = "place"
	EntityGroup        = "group"
	EntityOther        = "other"
)

// Mention kinds.
const (
	MentionName       = "name"
	MentionDemonym    = "demonym"
	MentionMetonym    = "metonym"
	MentionDescriptor = "descriptor"
	MentionPronoun    = "pronoun"
)

// Entity is one real-world actor or place with all its mentions.
type Entity struct {
	ID           string
	Name         string
	Type         string
	Country      string // ISO 3166-1 alpha-2, "" when unknown
	Aliases      []string
	Mentions     []Mention
	Designations []Designation
}

// Mention is one place where an entity is named or referred to.
type Mention struct {
	Span Span
	Kind string
}

// Designation is a label a text attaches to an entity, such as a footnote
// "*terrorist organization, banned in Russia".
type Designation struct {
	Text     string
	By       string // ISO 3166-1 alpha-2 of the designating state, "" when unknown
	Evidence Span
}

// Source kinds.
const (
	SourcePerson   = "person"
	SourceOutlet   = "outlet"
	SourceDocument = "document"
	SourceAuthor   = "author"
	SourceGroup    = "group"
	SourceUnnamed  = "unnamed"
)

// Cue types.
const (
	CueStatement    = "statement"
	CueAccusation   = "accusation"
	CueBelief       = "belief"
	CueConfirmation = "confirmation"
	CueDenial       = "denial"
)

// Attribution is one act of saying, reporting, believing, confirming or
// denying.
type Attribution struct {
	ID      string
	Source  Source
	Cue     Cue
	Content Span
	// ContentParts are the pieces of Content, in order, when the
	// attribution's own cue and source interrupt it (“...,” she said.
	// “...”; "the plan, he said, would fail"); nil when Content is one
	// piece.
	ContentParts []Span
	Parent       string // ID of the attribution whose content holds this one
	RefersTo     string // ID of the attribution an anaphoric content points back to
	Date         string // ISO date of the act, when the text gives it
}

// Holds reports whether s lies inside a's content, in one of its parts
// when it has them: the cue and source between two parts are not in it.
func (a *Attribution) Holds(s Span) bool {
	if len(a.ContentParts) == 0 {
		return a.Content.Contains(s)
	}
	for _, p := range a.ContentParts {
		if p.Contains(s) {
			return true
		}
	}
	return false
}

// Source is who an attribution is attributed to.
type Source struct {
	Span   Span
	Kind   string
	Entity string // entity ID, "" when none
}

// Cue is the word or phrase that marks an attribution.
type Cue struct {
	Span Span
	Type string
}

// Certainty values, from most to least sure; conditional stands apart.
const (
	Certain     = "certain"
	Probable    = "probable"
	Possible    = "possible"
	Doubtful    = "doubtful"
	Conditional = "conditional"
)

// Polarity values.
const (
	Positive = "positive"
	Negative = "negative"
)

// Claim is a proposition the document puts forward, attributed or not.
type Claim struct {
	ID          string
	Span        Span
	Attribution string // attribution ID, "" when the author asserts it
	Certainty   string
	Polarity    string
	Hedges      []Span
}

// Event is who did what to whom, where, when and how many, in the PLOVER
// ontology.
type Event struct {
	ID        string
	Type      string // PLOVER event type, "ASSAULT"
	Mode      string // PLOVER mode, "" when none applies
	Trigger   Span
	Actor     string // entity IDs, "" when unknown
	Recipient string
	Location  string
	Time      *Time
	Quantity  *Quantity
	// Target is the head of what the act was done to when that is no
	// entity: "the dam" of "blew up the dam", "it" of "destroyed it";
	// empty when there is none or the recipient is an entity.
	Target    Span
	Claim     string // claim ID the event is stated in, "" when none
	Certainty string
}

// Time is a temporal expression normalised against the publication date.
type Time struct {
	Span  Span
	Value string // ISO 8601 date or partial date, "" when it cannot be normalised
}

// Quantity is a number attached to an event.
type Quantity struct {
	Span  Span
	Value float64
	Unit  string
}

// Relation types.
const (
	Contradicts  = "contradicts"
	Corroborates = "corroborates"
	Repeats      = "repeats"
)

// Relation links two claims or attributions.
type Relation struct {
	Type     string
	From, To string
	Evidence *Span
}

// Relay records that the document as a whole retells another publication.
type Relay struct {
	Outlet   string
	Entity   string // entity ID of the outlet, "" when none
	Evidence Span
}

// Diagnostic is a problem a stage found in the text; stages never print.
type Diagnostic struct {
	Stage   string
	Span    Span
	Message string
}

// Diag appends a diagnostic.
func (d *Doc) Diag(stage string, s Span, format string, args ...any) {
	d.Diagnostics = append(d.Diagnostics, Diagnostic{Stage: stage, Span: s, Message: fmt.Sprintf(format, args...)})
}

// SentenceTokens returns the tokens of sentence i.
func (d *Doc) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.First:s.End]
}

// InWord reports whether token k is written with no space on either side,
// between two other tokens: the hyphen of "AL-BALAH" or "Port-au-Prince",
// which a dash that ends a dateline or sets off an aside never is.
func (d *Doc) InWord(k int) bool {
	return k > 0 && k+1 < len(d.Tokens) && d.Tokens[k-1].Span.End == d.Tokens[k].Span.Start &&
		d.Tokens[k].Span.End == d.Tokens[k+1].Span.Start
}

// InName reports whether token k goes on a name the recogniser found from
// the token before it, whatever its tag ("Watch" of "Human Rights Watch"
// read as a verb).
func (d *Doc) InName(k int) bool {
	if k <= 0 || k >= len(d.Tokens) || d.Tokens[k-1].Sent != d.Tokens[k].Sent {
		return false
	}
	p := d.Tokens[k-1].NER
	return strings.HasPrefix(d.Tokens[k].NER, "I-") && p != "O" && p != ""
}

// TokensIn returns the index range [first, end) of tokens lying inside s.
func (d *Doc) TokensIn(s Span) (first, end int) {
	first = len(d.Tokens)
	end = 0
	for i, t := range d.Tokens {
		if s.Contains(t.Span) {
			if i < first {
				first = i
			}
			end = i + 1
		}
	}
	if end == 0 {
		return 0, 0
	}
	return first, end
}

// EntityByID returns the entity with id, or nil.
func (d *Doc) EntityByID(id string) *Entity {
	for i := range d.Entities {
		if d.Entities[i].ID == id {
			return &d.Entities[i]
		}
	}
	return nil
}
