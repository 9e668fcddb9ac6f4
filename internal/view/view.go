// Package view prints an analysis (contract.Analysis) for people reading a
// terminal: per group of sentences, each attribution chain as an indented
// tree (document → outlet → person → content) with the certainty of its
// claim and the words that set it; then the actors with their aliases and
// the events as actor —TYPE→ recipient @ place, time, quantity.
package view

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/hearsaynews/hearsay/internal/contract"
)

// Options controls the view.
type Options struct {
	// Width is where long texts are cut, in code points; zero means 100.
	Width int
}

// Write prints a.
func Write(w io.Writer, a *contract.Analysis, o Options) error {
	if o.Width <= 0 {
		o.Width = 100
	}
	p := &printer{w: w, a: a, o: o}
	p.header()
	p.chains()
	p.unattributed()
	p.actors()
	p.events()
	p.relations()
	return p.err
}

type printer struct {
	w   io.Writer
	a   *contract.Analysis
	o   Options
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) cut(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > p.o.Width {
		return string(r[:p.o.Width-1]) + "…"
	}
	return s
}

func (p *printer) header() {
	d := p.a.Document
	title := "document " + d.ID
	if d.Title != nil {
		title = *d.Title + " (" + d.ID + ")"
	}
	p.printf("%s\n", title)
	var meta []string
	for _, kv := range [][2]*string{{strp("outlet"), d.Outlet}, {strp("published"), d.Published}, {strp("url"), d.URL}} {
		if kv[1] != nil {
			meta = append(meta, *kv[0]+": "+*kv[1])
		}
	}
	if d.Relays != nil {
		meta = append(meta, fmt.Sprintf("retells: %s (%q @%d)", d.Relays.Outlet, d.Relays.Evidence.Text, d.Relays.Evidence.Start))
	}
	if len(meta) > 0 {
		p.printf("%s\n", strings.Join(meta, " · "))
	}
	p.printf("%d entities, %d attributions, %d claims, %d events, %d relations\n",
		len(p.a.Entities), len(p.a.Attributions), len(p.a.Claims), len(p.a.Events), len(p.a.Relations))
}

func strp(s string) *string { return &s }

// sentenceOf returns the index of the sentence holding offset, or -1.
func (p *printer) sentenceOf(off int) int {
	for i, s := range p.a.Sentences {
		if s.Start <= off && off < s.End {
			return i
		}
	}
	return -1
}

func (p *printer) claimOf(attID string) *contract.Claim {
	for i := range p.a.Claims {
		c := &p.a.Claims[i]
		if c.Attribution != nil && *c.Attribution == attID {
			return c
		}
	}
	return nil
}

func (p *printer) entityName(id *string) string {
	if id == nil {
		return "?"
	}
	for _, e := range p.a.Entities {
		if e.ID == *id {
			return e.Name
		}
	}
	return *id
}

func certaintyText(c *contract.Claim) string {
	if c == nil {
		return ""
	}
	s := c.Certainty
	if c.Polarity == "negative" {
		s += ", negated"
	}
	if len(c.Hedges) > 0 {
		var hs []string
		for _, h := range c.Hedges {
			hs = append(hs, fmt.Sprintf("%q", h.Text))
		}
		s += " by " + strings.Join(hs, ", ")
	}
	return s
}

// chains prints attributions grouped by the sentence of their cue, each
// root followed by its children, indented.
func (p *printer) chains() {
	if len(p.a.Attributions) == 0 {
		return
	}
	p.printf("\nWHO SAYS WHAT\n")
	children := map[string][]contract.Attribution{}
	var roots []contract.Attribution
	ids := map[string]bool{}
	for _, t := range p.a.Attributions {
		ids[t.ID] = true
	}
	for _, t := range p.a.Attributions {
		if t.Parent != nil && ids[*t.Parent] {
			children[*t.Parent] = append(children[*t.Parent], t)
		} else {
			roots = append(roots, t)
		}
	}
	doc := "document"
	if p.a.Document.Outlet != nil {
		doc = "document (" + *p.a.Document.Outlet + ")"
	}
	lastSent := -2
	var walk func(t contract.Attribution, depth int)
	walk = func(t contract.Attribution, depth int) {
		ind := strings.Repeat("  ", depth)
		src, kind := "(no source)", ""
		if t.Source != nil {
			src, kind = t.Source.Text, t.Source.Kind
			if t.Source.Entity != nil {
				kind += " " + p.entityName(t.Source.Entity)
			}
		}
		p.printf("%s└ %s [%s] —%s (%s)→\n", ind, p.cut(src), kind, t.Cue.Text, t.Cue.Type)
		line := fmt.Sprintf("%s    %q", ind, p.cut(contentText(t.Content)))
		if c := p.claimOf(t.ID); c != nil {
			line += "  {" + certaintyText(c) + "}"
		}
		if t.RefersTo != nil {
			line += "  (refers to " + *t.RefersTo + ")"
		}
		p.printf("%s\n", line)
		for _, ch := range children[t.ID] {
			walk(ch, depth+1)
		}
	}
	for _, r := range roots {
		if s := p.sentenceOf(r.Cue.Start); s != lastSent {
			p.printf("\n[sentence %d] %s\n", s+1, doc)
			lastSent = s
		}
		walk(r, 1)
	}
}

func (p *printer) unattributed() {
	var cs []contract.Claim
	for _, c := range p.a.Claims {
		if c.Attribution == nil {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return
	}
	p.printf("\nTHE AUTHOR ASSERTS\n")
	for _, c := range cs {
		p.printf("  %q  {%s}\n", p.cut(c.Span.Text), certaintyText(&c))
	}
}

func (p *printer) actors() {
	if len(p.a.Entities) == 0 {
		return
	}
	p.printf("\nACTORS\n")
	es := append([]contract.Entity(nil), p.a.Entities...)
	sort.SliceStable(es, func(i, j int) bool { return len(es[i].Mentions) > len(es[j].Mentions) })
	for _, e := range es {
		line := fmt.Sprintf("  %s %s (%s", e.ID, e.Name, e.Type)
		if e.Country != nil {
			line += ", " + *e.Country
		}
		line += fmt.Sprintf(", %d mentions)", len(e.Mentions))
		if len(e.Aliases) > 0 {
			line += " aka " + strings.Join(e.Aliases, "; ")
		}
		for _, d := range e.Designations {
			line += fmt.Sprintf(" [%s]", d.Text)
		}
		p.printf("%s\n", line)
	}
}

func (p *printer) events() {
	if len(p.a.Events) == 0 {
		return
	}
	p.printf("\nEVENTS\n")
	for _, v := range p.a.Events {
		line := fmt.Sprintf("  %s —%s→ %s", p.entityName(v.Actor), v.Type, p.entityName(v.Recipient))
		if v.Mode != nil {
			line += " (" + *v.Mode + ")"
		}
		var at []string
		if v.Location != nil {
			at = append(at, p.entityName(v.Location))
		}
		if v.Time != nil {
			t := v.Time.Text
			if v.Time.Value != nil {
				t += " = " + *v.Time.Value
			}
			at = append(at, t)
		}
		if v.Quantity != nil {
			at = append(at, fmt.Sprintf("%g %s", v.Quantity.Value, v.Quantity.Unit))
		}
		if len(at) > 0 {
			line += " @ " + strings.Join(at, ", ")
		}
		line += fmt.Sprintf("  %q {%s}", v.Trigger.Text, v.Certainty)
		p.printf("%s\n", line)
	}
}

func (p *printer) relations() {
	if len(p.a.Relations) == 0 {
		return
	}
	p.printf("\nRELATIONS\n")
	for _, r := range p.a.Relations {
		line := fmt.Sprintf("  %s %s %s", r.From, r.Type, r.To)
		if r.Evidence != nil {
			line += fmt.Sprintf("  (%q)", r.Evidence.Text)
		}
		p.printf("%s\n", line)
	}
}

// contentText is what a content says: its parts joined by an ellipsis
// when its own cue interrupts it, so the view does not repeat the cue.
func contentText(c contract.Content) string {
	if len(c.Parts) == 0 {
		return c.Text
	}
	texts := make([]string, len(c.Parts))
	for i, p := range c.Parts {
		texts[i] = p.Text
	}
	return strings.Join(texts, " … ")
}
