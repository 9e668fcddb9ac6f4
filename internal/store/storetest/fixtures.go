package storetest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/contract"
)

// builder makes contract analyses over a text by quoting substrings, so
// fixtures read like the text they describe.
type builder struct {
	a *contract.Analysis
}

func newDoc(text, url, outlet, title, published string) *builder {
	p := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	return &builder{a: &contract.Analysis{
		Document: contract.Document{URL: p(url), Outlet: p(outlet), Title: p(title), Published: p(published), Language: "en", Text: text},
		Entities: []contract.Entity{}, Attributions: []contract.Attribution{}, Claims: []contract.Claim{},
		Events: []contract.Event{}, Relations: []contract.Relation{},
	}}
}

// span finds the n-th (0-based) occurrence of sub and returns its span in
// code points; it panics on a fixture that does not match its text.
func (b *builder) span(sub string, n ...int) contract.Span {
	text := b.a.Document.Text
	from := 0
	k := 0
	if len(n) > 0 {
		k = n[0]
	}
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			panic(fmt.Sprintf("storetest: %q not in fixture text", sub))
		}
		if k == 0 {
			s := utf8.RuneCountInString(text[:from+i])
			return contract.Span{Start: s, End: s + utf8.RuneCountInString(sub), Text: sub}
		}
		k--
		from += i + len(sub)
	}
}

func ptr(s string) *string { return &s }

func (b *builder) entity(id, name, typ, country string, aliases []string, mentions ...contract.Mention) *builder {
	e := contract.Entity{ID: id, Name: name, Type: typ, Aliases: aliases, Mentions: mentions}
	if country != "" {
		e.Country = ptr(country)
	}
	if e.Aliases == nil {
		e.Aliases = []string{}
	}
	b.a.Entities = append(b.a.Entities, e)
	return b
}

func (b *builder) mention(sub, kind string) contract.Mention {
	return contract.Mention{Span: b.span(sub), Kind: kind}
}

func (b *builder) attribution(id, source, sourceKind, entity, cue, cueType, content string) *builder {
	t := contract.Attribution{ID: id, Cue: contract.Cue{Span: b.span(cue), Type: cueType}, Content: contract.Content{Span: b.span(content)}}
	if source != "" {
		t.Source = &contract.Source{Span: b.span(source), Kind: sourceKind}
		if entity != "" {
			t.Source.Entity = ptr(entity)
		}
	}
	b.a.Attributions = append(b.a.Attributions, t)
	return b
}

func (b *builder) claim(id, text, attribution, certainty, polarity string, hedges ...string) *builder {
	c := contract.Claim{ID: id, Span: b.span(text), Certainty: certainty, Polarity: polarity, Hedges: []contract.Span{}}
	if attribution != "" {
		c.Attribution = ptr(attribution)
	}
	for _, h := range hedges {
		c.Hedges = append(c.Hedges, b.span(h))
	}
	b.a.Claims = append(b.a.Claims, c)
	return b
}

const (
	textA = "Pakistani helicopters bombed Panjshir, Ahmad Massoud said. The Taliban denied it. " +
		"Reuters reported that talks may resume. The valley is cut off."
	textB = "Officials said Islamabad never sent helicopters to Panjshir. Kabul’s streets were quiet."
)

// docA has every layer, with a nested source, a hedge, an event with a
// quantity and a relation.
func docA() *contract.Analysis {
	b := newDoc(textA, "https://example.org/a", "Example Times", "Helicopters over Panjshir", "2021-09-09")
	b.entity("e1", "Ahmad Massoud", "person", "AF", []string{"Massoud"}, b.mention("Ahmad Massoud", "name")).
		entity("e2", "Pakistan", "country", "PK", nil, b.mention("Pakistani", "demonym")).
		entity("e3", "Taliban", "group", "", nil, b.mention("Taliban", "name")).
		entity("e4", "Panjshir", "place", "AF", nil, b.mention("Panjshir", "name")).
		entity("e5", "Reuters", "outlet", "", nil, b.mention("Reuters", "name"))
	b.attribution("a1", "Ahmad Massoud", "person", "e1", "said", "statement", "Pakistani helicopters bombed Panjshir").
		attribution("a2", "The Taliban", "group", "e3", "denied", "denial", "it").
		attribution("a3", "Reuters", "outlet", "e5", "reported", "statement", "talks may resume")
	b.claim("c1", "Pakistani helicopters bombed Panjshir", "a1", "certain", "positive").
		claim("c2", "it", "a2", "certain", "negative").
		claim("c3", "talks may resume", "a3", "possible", "positive", "may").
		claim("c4", "The valley is cut off", "", "certain", "positive")
	tr := b.span("bombed")
	q := b.span("helicopters")
	b.a.Events = append(b.a.Events, contract.Event{ID: "v1", Type: "ASSAULT", Mode: ptr("air"), Trigger: tr,
		Actor: ptr("e2"), Location: ptr("e4"), Claim: ptr("c1"), Certainty: "certain",
		Quantity: &contract.Quantity{Span: q, Value: 2, Unit: "helicopters"}})
	ev := b.span("denied")
	b.a.Relations = append(b.a.Relations, contract.Relation{Type: "contradicts", From: "c2", To: "c1", Evidence: &ev})
	return b.a
}

// docB has a metonym ("Islamabad" for Pakistan), an unnamed source, a
// doubtful negative claim and a non-ASCII character before its spans.
func docB() *contract.Analysis {
	b := newDoc(textB, "https://example.org/b", "Daily Sample", "Quiet streets", "2021-10-01")
	b.entity("e1", "Pakistan", "country", "PK", []string{"Islamabad"}, b.mention("Islamabad", "metonym")).
		entity("e2", "Panjshir", "place", "AF", nil, b.mention("Panjshir", "name")).
		entity("e3", "Kabul", "place", "AF", nil, b.mention("Kabul", "name"))
	b.attribution("a1", "Officials", "unnamed", "", "said", "statement", "Islamabad never sent helicopters to Panjshir")
	b.claim("c1", "Islamabad never sent helicopters to Panjshir", "a1", "doubtful", "negative", "never").
		claim("c2", "Kabul’s streets were quiet", "", "certain", "positive")
	return b.a
}

// docC has no metadata and no layers at all.
func docC() *contract.Analysis {
	return newDoc("A short note without claims.", "", "", "", "").a
}

// Synthetic returns a small analysis numbered i with n claims, for bulk
// tests and benchmarks: every claim is a sentence of its own, attributed
// to a named source, with words that vary with i so searches select
// subsets. The text is ASCII, so byte offsets are code-point offsets.
func Synthetic(i, n int) *contract.Analysis {
	words := []string{"helicopters", "ceasefire", "election", "sanctions", "protest", "talks", "border", "drought", "vaccine", "budget"}
	var sb strings.Builder
	sp := func(s string) contract.Span {
		start := sb.Len()
		sb.WriteString(s)
		return contract.Span{Start: start, End: sb.Len(), Text: s}
	}
	var ents []contract.Entity
	eidx := map[string]int{}
	var atts []contract.Attribution
	var claims []contract.Claim
	for k := 0; k < n; k++ {
		if k > 0 {
			sb.WriteString(" ")
		}
		w := words[(i+k)%len(words)]
		w2 := words[(i*7+k*3)%len(words)]
		src := fmt.Sprintf("Minister%d", (i+k)%50)
		ss := sp(src)
		sb.WriteString(" ")
		cue := sp("said")
		sb.WriteString(" ")
		content := sp(fmt.Sprintf("the %s over %s number %d went ahead in district %d", w, w2, i, k))
		sb.WriteString(".")
		j, ok := eidx[src]
		if !ok {
			j = len(ents)
			eidx[src] = j
			ents = append(ents, contract.Entity{ID: fmt.Sprintf("e%d", j+1), Name: src, Type: "person", Aliases: []string{}})
		}
		ents[j].Mentions = append(ents[j].Mentions, contract.Mention{Span: ss, Kind: "name"})
		aid, cid := fmt.Sprintf("a%d", k+1), fmt.Sprintf("c%d", k+1)
		atts = append(atts, contract.Attribution{ID: aid, Source: &contract.Source{Span: ss, Kind: "person", Entity: ptr(ents[j].ID)},
			Cue: contract.Cue{Span: cue, Type: "statement"}, Content: contract.Content{Span: content}})
		claims = append(claims, contract.Claim{ID: cid, Span: content, Attribution: ptr(aid), Certainty: "certain", Polarity: "positive", Hedges: []contract.Span{}})
	}
	b := newDoc(sb.String(), fmt.Sprintf("https://example.org/synthetic/%d", i),
		fmt.Sprintf("Outlet %d", i%20), fmt.Sprintf("Synthetic %d", i), fmt.Sprintf("2021-%02d-%02d", 1+i%12, 1+i%28))
	b.a.Entities, b.a.Attributions, b.a.Claims = ents, atts, claims
	return b.a
}
