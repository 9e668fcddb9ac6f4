package export

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"net/url"
	"sort"
	"strings"
	"unicode"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/geo"
	"github.com/hearsaynews/hearsay/internal/store"
)

// Source is where exports read analyses from. store.Store satisfies it.
type Source interface {
	// Each calls fn with every stored analysis matching q, without
	// holding them all in memory.
	Each(ctx context.Context, q store.DocQuery, fn func(*contract.Analysis) error) error
}

// ClaimLister is the optional ability Export needs for the claim filters
// (About, Source, Certainty, Polarity, Search): the store decides which
// claims match, so an export keeps exactly what `hearsay claims` lists.
// store.Store satisfies it.
type ClaimLister interface {
	Claims(ctx context.Context, q store.ClaimQuery) ([]store.Claim, error)
}

// Filter selects what is exported: documents by outlet and date, claims
// by the same fields as `hearsay claims`. Empty fields do not filter.
type Filter struct {
	Outlet string // outlet name, case-insensitive
	Since  string // published on or after this ISO 8601 date
	Until  string // published on or before this ISO 8601 date

	About     string // claims mentioning this actor (name, alias, demonym, metonym)
	Source    string // claims attributed to this source
	Certainty string // certain, probable, possible, doubtful, conditional
	Polarity  string // positive, negative
	Search    string // full-text search over claim text
}

// check refuses values no claim can have, which would otherwise export
// nothing without saying why.
func (f Filter) check() error {
	switch f.Certainty {
	case "", "certain", "probable", "possible", "doubtful", "conditional":
	default:
		return fmt.Errorf("export: certainty %q: want certain, probable, possible, doubtful or conditional", f.Certainty)
	}
	switch f.Polarity {
	case "", "positive", "negative":
	default:
		return fmt.Errorf("export: polarity %q: want positive or negative", f.Polarity)
	}
	return nil
}

func (f Filter) claimFilters() bool {
	return f.About != "" || f.Source != "" || f.Certainty != "" || f.Polarity != "" || f.Search != ""
}

// DocWriter writes one format a document at a time. WriteDoc writes (or,
// for graphs, records) what one analysis contributes; Close writes what
// follows the last document and flushes. A DocWriter does not close the
// io.Writer it was given.
type DocWriter interface {
	WriteDoc(ctx context.Context, a *contract.Analysis) error
	Close() error
}

// Options configure the writers. The zero value is valid.
type Options struct {
	// Base is the prefix of the IRIs minted for documents, claims and
	// agents in the JSON-LD formats. Default "urn:hearsay:".
	Base string
	// Graph selects the graph the GEXF and GraphML writers build:
	// "actors" (the default) or "citations".
	Graph string
	// Provenance gives cross-document appearances and origins of claims
	// (ClaimReview appearance and firstAppearance, PROV
	// hadPrimarySource). Nil: each claim appears only in its document.
	Provenance Provenance
}

func (o Options) base() string {
	if o.Base == "" {
		return "urn:hearsay:"
	}
	return o.Base
}

// Formats lists the format names New accepts, in the order the command
// line shows them.
var Formats = []string{"plover", "gdelt", "gdelt-mentions", "claimreview", "prov", "gexf", "graphml",
	"csv-claims", "csv-actors", "csv-events"}

// New returns the writer of the named format over w.
func New(format string, w io.Writer, opts Options) (DocWriter, error) {
	switch opts.Graph {
	case "", "actors", "citations":
	default:
		return nil, fmt.Errorf("export: graph %q: want actors or citations", opts.Graph)
	}
	switch format {
	case "plover":
		return NewPLOVER(w), nil
	case "gdelt":
		return NewGDELTEvents(w), nil
	case "gdelt-mentions":
		return NewGDELTMentions(w), nil
	case "claimreview":
		return NewClaimReview(w, opts), nil
	case "prov":
		return NewPROV(w, opts), nil
	case "gexf":
		return NewGEXF(w, opts.Graph, opts.Provenance), nil
	case "graphml":
		return NewGraphML(w, opts.Graph, opts.Provenance), nil
	case "csv-claims":
		return NewCSVClaims(w), nil
	case "csv-actors":
		return NewCSVActors(w), nil
	case "csv-events":
		return NewCSVEvents(w), nil
	}
	return nil, fmt.Errorf("export: format %q: want one of %s", format, strings.Join(Formats, ", "))
}

// Export streams every analysis of src that f selects into w, then closes
// w. With claim filters set, each document keeps only its matching claims
// (as src's Claims lists them), the events and attributions of those
// claims, and the entities they involve; documents left with no claim
// are skipped.
func Export(ctx context.Context, src Source, f Filter, w DocWriter) error {
	if err := f.check(); err != nil {
		return err
	}
	var lister ClaimLister
	if f.claimFilters() {
		l, ok := src.(ClaimLister)
		if !ok {
			return fmt.Errorf("export: the source cannot filter claims (--about, --source, --certainty, --polarity, --search)")
		}
		lister = l
	}
	q := store.DocQuery{Outlet: f.Outlet, Since: f.Since, Until: f.Until}
	err := src.Each(ctx, q, func(a *contract.Analysis) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if lister != nil {
			cs, err := lister.Claims(ctx, store.ClaimQuery{DocID: a.Document.ID, About: f.About, Source: f.Source,
				Certainty: f.Certainty, Polarity: f.Polarity, Search: f.Search})
			if err != nil {
				return fmt.Errorf("export: claims of %s: %w", a.Document.ID, err)
			}
			if len(cs) == 0 {
				return nil
			}
			keep := make(map[string]bool, len(cs))
			for _, c := range cs {
				keep[c.Local] = true
			}
			a = narrow(a, keep)
		}
		if err := w.WriteDoc(ctx, a); err != nil {
			return fmt.Errorf("export: document %s: %w", a.Document.ID, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return w.Close()
}

// narrow returns a copy of a holding only the claims in keep, the events
// of those claims, their attributions with every enclosing attribution
// (so chains stay whole), and the entities these involve: sources, event
// participants and entities mentioned inside a kept claim.
func narrow(a *contract.Analysis, keep map[string]bool) *contract.Analysis {
	out := *a
	out.Claims, out.Events, out.Attributions, out.Entities, out.Relations = nil, nil, nil, nil, nil
	atts := map[string]*contract.Attribution{}
	for i := range a.Attributions {
		atts[a.Attributions[i].ID] = &a.Attributions[i]
	}
	keepAtt := map[string]bool{}
	keepEnt := map[string]bool{}
	var spans []contract.Span
	for _, c := range a.Claims {
		if !keep[c.ID] {
			continue
		}
		out.Claims = append(out.Claims, c)
		spans = append(spans, c.Span)
		for id := val(c.Attribution); id != "" && !keepAtt[id]; {
			keepAtt[id] = true
			at := atts[id]
			if at == nil {
				break
			}
			if at.Source != nil && at.Source.Entity != nil {
				keepEnt[*at.Source.Entity] = true
			}
			id = val(at.Parent)
		}
	}
	for _, at := range a.Attributions {
		if keepAtt[at.ID] {
			out.Attributions = append(out.Attributions, at)
		}
	}
	for _, v := range a.Events {
		if v.Claim != nil && keep[*v.Claim] {
			out.Events = append(out.Events, v)
			for _, id := range []*string{v.Actor, v.Recipient, v.Location} {
				if id != nil {
					keepEnt[*id] = true
				}
			}
		}
	}
	for _, r := range a.Relations {
		if keep[r.From] && keep[r.To] {
			out.Relations = append(out.Relations, r)
		}
	}
	for _, e := range a.Entities {
		if keepEnt[e.ID] || mentionedIn(e, spans) {
			out.Entities = append(out.Entities, e)
		}
	}
	return &out
}

func mentionedIn(e contract.Entity, spans []contract.Span) bool {
	for _, m := range e.Mentions {
		for _, s := range spans {
			if m.Start >= s.Start && m.End <= s.End {
				return true
			}
		}
	}
	return false
}

// ---- helpers shared by the formats ----

func val(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// docIndex looks up a document's items by their local IDs.
type docIndex struct {
	a        *contract.Analysis
	entities map[string]*contract.Entity
	atts     map[string]*contract.Attribution
	claims   map[string]*contract.Claim
}

func index(a *contract.Analysis) *docIndex {
	x := &docIndex{a: a, entities: make(map[string]*contract.Entity, len(a.Entities)),
		atts: make(map[string]*contract.Attribution, len(a.Attributions)), claims: make(map[string]*contract.Claim, len(a.Claims))}
	for i := range a.Entities {
		x.entities[a.Entities[i].ID] = &a.Entities[i]
	}
	for i := range a.Attributions {
		x.atts[a.Attributions[i].ID] = &a.Attributions[i]
	}
	for i := range a.Claims {
		x.claims[a.Claims[i].ID] = &a.Claims[i]
	}
	return x
}

func (x *docIndex) entity(id *string) *contract.Entity {
	if id == nil {
		return nil
	}
	return x.entities[*id]
}

// chain returns the attributions of claim c from the outermost (the one
// the document itself reports) to the innermost (the one whose content is
// the claim). Parent links that loop are cut.
func (x *docIndex) chain(c *contract.Claim) []*contract.Attribution {
	var out []*contract.Attribution
	seen := map[string]bool{}
	for id := val(c.Attribution); id != "" && !seen[id]; {
		seen[id] = true
		at := x.atts[id]
		if at == nil {
			break
		}
		out = append(out, at)
		id = val(at.Parent)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// sentenceOf returns the 1-based number of the sentence holding offset
// pos, and its span; 0 when the analysis carries no sentences.
func (x *docIndex) sentenceOf(pos int) (int, contract.Span) {
	ss := x.a.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > pos })
	if i < len(ss) && ss[i].Start <= pos {
		return i + 1, ss[i]
	}
	return 0, contract.Span{}
}

// nearestMention returns the mention of e closest to offset pos, or nil.
func nearestMention(e *contract.Entity, pos int) *contract.Mention {
	var best *contract.Mention
	bestD := -1
	for i := range e.Mentions {
		m := &e.Mentions[i]
		d := m.Start - pos
		if m.End <= pos {
			d = pos - m.End
		} else if m.Start <= pos {
			d = 0
		}
		if d < 0 {
			d = -d
		}
		if bestD < 0 || d < bestD {
			best, bestD = m, d
		}
	}
	return best
}

// alpha3 returns the ISO 3166-1 alpha-3 code of an alpha-2 code, or ""
// when it is empty or unknown.
func alpha3(a2 string) string {
	if a2 == "" {
		return ""
	}
	c, ok := geo.CountryOf(a2)
	if !ok {
		return ""
	}
	return c.A3
}

func entityA3(e *contract.Entity) string {
	if e == nil {
		return ""
	}
	return alpha3(val(e.Country))
}

// key is the corpus-wide identity of a named thing: its kind and its
// name folded to lower case with runs of spaces and punctuation made one
// hyphen, so "Ahmad Massoud" in one document and "Ahmad  Massoud" in
// another are one node.
func key(kind, name string) string {
	var b strings.Builder
	b.WriteString(kind)
	b.WriteByte(':')
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > len(kind)+1 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// entityKey identifies an entity across documents: a state by its
// alpha-3 code, anything else by type and name.
func entityKey(e *contract.Entity) string {
	if e.Type == "country" {
		if a3 := entityA3(e); a3 != "" {
			return "country:" + strings.ToLower(a3)
		}
	}
	return key(e.Type, e.Name)
}

// iri joins the base and a key into an IRI; the key's characters other
// than letters, digits, '-', ':' and '.' are percent-encoded.
func iri(base, k string) string {
	return base + strings.ReplaceAll(url.PathEscape(k), "%3A", ":")
}

// numericID is GDELT's integer event ID for a Hearsay event: the first
// 63 bits of the FNV-1a hash of "DOC:EVENT", stable across exports.
func numericID(doc, local string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(doc))
	h.Write([]byte{':'})
	h.Write([]byte(local))
	return h.Sum64() >> 1
}

// bw wraps an io.Writer in a buffer and keeps the first write error.
func bw(w io.Writer) *bufio.Writer { return bufio.NewWriterSize(w, 64<<10) }

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
