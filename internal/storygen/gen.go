package storygen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// Options configures a corpus. The zero value is valid and gives a small
// corpus.
type Options struct {
	Seed    uint64
	Stories int       // multi-outlet stories; 0 means 20
	Noise   int       // unrelated single reports; 0 means Stories
	Start   time.Time // publication time of the first story; zero means 2024-03-04 06:00 UTC
}

// Article is one generated document.
type Article struct {
	ID        string    `json:"id"`
	Outlet    string    `json:"outlet"`
	Domain    string    `json:"domain"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Published time.Time `json:"published"`
	Text      string    `json:"text"`
	// Oracle is the analysis a perfect pipeline would produce: entities,
	// attributions, claims, events and relays with exact spans. Doc.ID,
	// Outlet, URL, Title and Published (RFC 3339) are set.
	Oracle *doc.Doc `json:"-"`
}

// Role of a claim in its story.
const (
	RoleOrigin      = "origin"      // first report, from the outlet's own sources
	RoleCite        = "cite"        // retelling that names the outlet it comes from
	RoleChain       = "chain"       // retelling that names an outlet that itself retold it
	RoleReprint     = "reprint"     // copied text, no source named
	RoleIndependent = "independent" // separate reporting from the outlet's own sources
	RoleContradict  = "contradict"  // a report that disagrees
	RoleNoise       = "noise"       // an unrelated report
)

// TruthClaim is one scored claim: the content span of the story's claim in
// one document.
type TruthClaim struct {
	Doc     string   `json:"doc"`
	Span    doc.Span `json:"span"`
	Text    string   `json:"text"`
	Cluster string   `json:"cluster"`
	Role    string   `json:"role"`
}

// TruthCluster is one claim stated in one or more documents.
type TruthCluster struct {
	ID          string   `json:"id"`
	Origin      string   `json:"origin"` // document ID of the earliest, original report
	Docs        []string `json:"docs"`
	Independent int      `json:"independent"` // independent origins behind the claim
	Circular    bool     `json:"circular"`    // three or more carriers, one origin
}

// TruthContradiction says that two clusters disagree about one event.
type TruthContradiction struct {
	A    string `json:"a"`    // cluster ID
	B    string `json:"b"`    // cluster ID
	Kind string `json:"kind"` // denial, actor, number
}

// Truth is what a linker should find.
type Truth struct {
	Claims         []TruthClaim         `json:"claims"`
	Clusters       []TruthCluster       `json:"clusters"`
	Contradictions []TruthContradiction `json:"contradictions"`
}

// Corpus is a generated corpus.
type Corpus struct {
	Articles []Article
	Truth    Truth
}

// MinCarriers is how many documents must carry a claim before one origin
// makes it circular; it matches the linker's default.
const MinCarriers = 3

// Generate builds a whole corpus in memory.
func Generate(opts Options) *Corpus {
	c := &Corpus{}
	Stream(opts, func(arts []Article, t Truth) bool {
		c.Articles = append(c.Articles, arts...)
		c.Truth.Claims = append(c.Truth.Claims, t.Claims...)
		c.Truth.Clusters = append(c.Truth.Clusters, t.Clusters...)
		c.Truth.Contradictions = append(c.Truth.Contradictions, t.Contradictions...)
		return true
	})
	return c
}

// Stream generates the corpus one story (or noise report) at a time, so that
// very large corpora need not be held in memory; emit returns false to stop.
// Stories and noise reports are interleaved in time.
func Stream(opts Options, emit func([]Article, Truth) bool) {
	if opts.Stories <= 0 {
		opts.Stories = 20
	}
	if opts.Noise <= 0 {
		opts.Noise = opts.Stories
	}
	if opts.Start.IsZero() {
		opts.Start = time.Date(2024, 3, 4, 6, 0, 0, 0, time.UTC)
	}
	g := &gen{r: rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15)), opts: opts, used: map[string]time.Time{}}
	total := opts.Stories + opts.Noise
	noiseLeft := opts.Noise
	storiesLeft := opts.Stories
	for i := 0; i < total; i++ {
		// Stories start a few hours apart, so that several run at once.
		at := opts.Start.Add(time.Duration(i) * 3 * time.Hour)
		isNoise := g.r.IntN(storiesLeft+noiseLeft) < noiseLeft
		var arts []Article
		var t Truth
		if isNoise {
			noiseLeft--
			arts, t = g.noise(i, at)
		} else {
			storiesLeft--
			arts, t = g.story(i, at)
		}
		if !emit(arts, t) {
			return
		}
	}
}

type gen struct {
	r    *rand.Rand
	opts Options
	// used remembers when each (event type, place) was last used, so that
	// two unrelated reports do not describe the same kind of event in the
	// same town within days: the truth would be ambiguous.
	used map[string]time.Time
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }
func (g *gen) chance(p float64) bool     { return g.r.Float64() < p }

// event is the fact a story is about.
type event struct {
	typ       string
	place     place
	actor     ent    // who acts
	actorText string // how the origin names the actor
	alt       ent    // a different actor, for contradictions
	altText   string
	n         int
	what      string // aid kind, grievance
	verb      int    // index of the verb the origin uses
	date      time.Time
}

func (g *gen) groupName() string {
	return "the " + g.pick(groupAdj) + " " + g.pick(groupNoun)
}

func (g *gen) newEvent(at time.Time) event {
	for try := 0; ; try++ {
		ev := g.drawEvent(at)
		key := ev.typ + "|" + ev.place.City
		if last, ok := g.used[key]; try < 20 && ok && at.Sub(last) < 10*24*time.Hour {
			continue
		}
		g.used[key] = at
		return ev
	}
}

func (g *gen) drawEvent(at time.Time) event {
	p := places[g.r.IntN(len(places))]
	ev := event{place: p, date: at.AddDate(0, 0, -g.r.IntN(2)), verb: g.r.IntN(6)}
	country := ent{Name: strings.TrimPrefix(p.Country, "the "), Type: doc.EntityCountry, Country: p.ISO}
	group := g.groupName()
	groupEnt := ent{Name: strings.TrimPrefix(group, "the "), Type: doc.EntityGroup}
	switch g.r.IntN(4) {
	case 0, 1:
		ev.typ = "ASSAULT"
		ev.n = 3 + g.r.IntN(60)
		gov := country
		gov.Kind = doc.MentionDescriptor
		govText := g.pick([]string{"government forces", "the army", "government troops"})
		if g.chance(0.4) {
			gov.Kind = doc.MentionDemonym
			govText = p.Demonym + " " + g.pick([]string{"troops", "forces", "artillery", "warplanes"})
		}
		if g.chance(0.5) {
			ev.actor, ev.actorText, ev.alt, ev.altText = gov, govText, groupEnt, group
		} else {
			ev.actor, ev.actorText, ev.alt, ev.altText = groupEnt, group, gov, govText
		}
	case 2:
		ev.typ = "AID"
		ev.n = 10 * (2 + g.r.IntN(80))
		d1, d2 := donors[g.r.IntN(len(donors))], donors[g.r.IntN(len(donors))]
		for d2.ISO == d1.ISO {
			d2 = donors[g.r.IntN(len(donors))]
		}
		ev.actor, ev.actorText = ent{Name: strings.TrimPrefix(d1.Name, "the "), Type: doc.EntityCountry, Country: d1.ISO}, d1.Name
		ev.alt, ev.altText = ent{Name: strings.TrimPrefix(d2.Name, "the "), Type: doc.EntityCountry, Country: d2.ISO}, d2.Name
		ev.what = g.pick([]string{"food aid", "humanitarian aid", "medical supplies", "relief supplies", "wheat flour"})
	case 3:
		ev.typ = "PROTEST"
		ev.n = 100 * (5 + g.r.IntN(200))
		ev.what = g.pick([]string{"rising fuel prices", "the arrest of opposition leaders", "power cuts", "the postponement of elections",
			"a new tax law", "the closure of local schools", "shortages of bread", "police violence"})
		ev.actor = country // recipient, in fact: protests are against the government
	}
	return ev
}

// whenText names the event's day relative to a publication time.
func whenText(ev time.Time, pub time.Time, r *rand.Rand) (string, string) {
	val := ev.Format("2006-01-02")
	if pub.Sub(ev) < 6*24*time.Hour && r.IntN(3) > 0 {
		return "on " + ev.Weekday().String(), val
	}
	return "on " + ev.Format("January 2"), val
}

// content builds the claim clause about ev in one of several wordings.
// variant picks the wording; n overrides the number; actorText/actor
// override who acts; withTime adds the day.
func (g *gen) content(ev event, variant int, n int, actor ent, actorText string, pub time.Time, withTime bool) clause {
	place := ent{Name: ev.place.City, Type: doc.EntityPlace, Country: ev.place.ISO}
	var tseg []seg
	c := clause{evType: ev.typ, qty: float64(n)}
	if withTime {
		t, v := whenText(ev.date, pub, g.r)
		tseg = []seg{lit(" "), {text: t, role: "time"}}
		c.timeVal = v
	}
	num := numberText(n, g.r)
	a := seg{text: actorText, role: "actor", ent: &actor}
	pl := seg{text: ev.place.City, role: "place", ent: &place}
	cat := func(parts ...[]seg) []seg {
		var out []seg
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	s := func(x ...seg) []seg { return x }
	switch ev.typ {
	case "ASSAULT":
		c.unit = "people"
		verbs := []string{"shelled", "bombarded", "struck", "attacked", "pounded", "hit"}
		v := verbs[(ev.verb+variant)%len(verbs)]
		switch variant % 5 {
		case 0:
			c.segs = cat(s(a, lit(" "), seg{text: v, role: "trigger"}, lit(" the city of "), pl), tseg, s(lit(", killing "), seg{text: num, role: "qty"}, lit(" people")))
		case 1:
			c.segs = cat(s(seg{text: num, role: "qty"}, lit(" people were killed when "), a, lit(" "), seg{text: v, role: "trigger"}, lit(" "), pl), tseg)
		case 2:
			c.segs = cat(s(a, lit(" "), seg{text: v, role: "trigger"}, lit(" "), pl), tseg, s(lit(" in an attack that left "), seg{text: num, role: "qty"}, lit(" people dead")))
		case 3:
			noun := g.pick([]string{"shelling", "bombardment", "fire", "attack"})
			c.segs = cat(s(pl, lit(" came under heavy "), seg{text: noun, role: "trigger"}, lit(" from "), a), tseg, s(lit(", and "), seg{text: num, role: "qty"}, lit(" people died")))
		default:
			c.segs = cat(s(lit("at least "), seg{text: num, role: "qty"}, lit(" civilians died after "), a, lit(" "), seg{text: v, role: "trigger"}, lit(" residential areas of "), pl), tseg)
		}
	case "AID":
		c.unit = "tonnes"
		verbs := []string{"delivered", "sent", "shipped", "flew", "delivered", "sent"}
		v := verbs[(ev.verb+variant)%len(verbs)]
		switch variant % 5 {
		case 3:
			c.segs = cat(s(lit("aid from "), a, lit(", some "), seg{text: num, role: "qty"}, lit(" tonnes of "+ev.what+", was "), seg{text: g.pick([]string{"unloaded", "distributed"}), role: "trigger"}, lit(" in "), pl), tseg)
		case 4:
			c.segs = cat(s(pl, lit(" "), seg{text: "received", role: "trigger"}, lit(" "), seg{text: num, role: "qty"}, lit(" tonnes of "+ev.what+" from "), a), tseg)
		case 0:
			c.segs = cat(s(a, lit(" "), seg{text: v, role: "trigger"}, lit(" "), seg{text: num, role: "qty"}, lit(" tonnes of "+ev.what+" to "), pl), tseg)
		case 1:
			c.segs = cat(s(lit("a shipment of "), seg{text: num, role: "qty"}, lit(" tonnes of "+ev.what+" from "), a, lit(" "), seg{text: g.pick([]string{"reached", "arrived in"}), role: "trigger"}, lit(" "), pl), tseg)
		default:
			c.segs = cat(s(seg{text: num, role: "qty"}, lit(" tonnes of "+ev.what+" "), seg{text: "sent", role: "trigger"}, lit(" by "), a, lit(" arrived in "), pl), tseg)
		}
	case "PROTEST":
		c.unit = "people"
		gov := actor
		gov.Kind = doc.MentionDescriptor
		switch variant % 5 {
		case 3:
			c.segs = cat(s(lit("police estimated that "), seg{text: num, role: "qty"}, lit(" people joined a "), seg{text: "march", role: "trigger"}, lit(" through "), pl), tseg, s(lit(" over "+ev.what)))
		case 4:
			c.segs = cat(s(lit("anger over "+ev.what+" brought "), seg{text: num, role: "qty"}, lit(" "), seg{text: "protesters", role: "trigger"}, lit(" onto the streets of "), pl), tseg)
		case 0:
			c.segs = cat(s(seg{text: num, role: "qty"}, lit(" people "), seg{text: g.pick([]string{"protested", "demonstrated", "marched"}), role: "trigger"}, lit(" in "), pl), tseg, s(lit(" against "+ev.what)))
		case 1:
			c.segs = cat(s(lit("about "), seg{text: num, role: "qty"}, lit(" demonstrators took to the streets of "), pl), tseg, s(lit(" to "), seg{text: "protest", role: "trigger"}, lit(" against "+ev.what)))
		default:
			c.segs = cat(s(lit("a crowd of some "), seg{text: num, role: "qty"}, lit(" people "), seg{text: "rallied", role: "trigger"}, lit(" in "), pl), tseg, s(lit(" to denounce "+ev.what+" and the "), seg{text: "government", role: "recipient", ent: &gov}))
		}
	}
	return c
}

var smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

func numberText(n int, r *rand.Rand) string {
	if n <= 20 && r.IntN(3) == 0 {
		return smallNumbers[n]
	}
	if n >= 1000 && r.IntN(2) == 0 {
		return fmt.Sprintf("%d,%03d", n/1000, n%1000)
	}
	return strconv.Itoa(n)
}

func (g *gen) outletSource(o outlet) (*ent, string) {
	return &ent{Name: o.Name, Type: doc.EntityOutlet}, o.Name
}

// cite builds an attribution that names outlet o as the source.
func (g *gen) cite(o outlet, ev event, pub time.Time) attr {
	src, txt := g.outletSource(o)
	a := attr{source: src, srcText: txt, srcKind: doc.SourceOutlet, cueType: doc.CueStatement}
	switch g.r.IntN(5) {
	case 0:
		a.form, a.cue = "pre", g.pick(reportVerbs)
		t, _ := whenText(pub, pub, g.r)
		a.pre = " " + t + " that"
		if g.chance(0.5) {
			a.pre = " that"
		}
	case 1, 2:
		a.form, a.cue = "according", "according to"
	case 3:
		a.form, a.cue = "post", g.pick(reportVerbs)
	default:
		a.form, a.cue, a.pre = "post", "according to", " a report by "
	}
	return a
}

// ownSource builds the origin's or an independent report's own sourcing.
func (g *gen) ownSource(self outlet, ev event, independent bool) attr {
	if independent {
		who := g.pick(unnamedSources)
		switch g.r.IntN(3) {
		case 0:
			return attr{form: "pre", srcText: who, srcKind: doc.SourceUnnamed, cue: "told " + self.Name, cueType: doc.CueStatement, pre: " that"}
		case 1:
			return attr{form: "post", srcText: who, srcKind: doc.SourceUnnamed, cue: "told", post: " " + self.Name, cueType: doc.CueStatement}
		default:
			return attr{form: "pre", srcText: "a correspondent for " + self.Name + " in " + ev.place.City, srcKind: doc.SourceUnnamed, cue: "said", cueType: doc.CueStatement, pre: " that"}
		}
	}
	switch g.r.IntN(4) {
	case 0:
		return attr{form: "bare"}
	case 1:
		name := g.pick(firstNames) + " " + g.pick(lastNames)
		return attr{form: "post", source: &ent{Name: name, Type: doc.EntityPerson, Country: ev.place.ISO},
			srcText: name + ", " + g.pick(roles) + ",", srcKind: doc.SourcePerson, cue: "said", cueType: doc.CueStatement}
	case 2:
		return attr{form: "pre", srcText: g.pick(unnamedSources), srcKind: doc.SourceUnnamed, cue: "said", cueType: doc.CueStatement}
	default:
		return attr{form: "post", srcText: g.pick(unnamedSources), srcKind: doc.SourceUnnamed, cue: "said", cueType: doc.CueStatement}
	}
}

type draft struct {
	art   Article
	b     *builder
	claim doc.Span
}

func (g *gen) newDraft(id string, o outlet, pub time.Time, title string) *draft {
	slug := strings.ToLower(strings.ReplaceAll(title, " ", "-"))
	return &draft{b: newBuilder(), art: Article{ID: id, Outlet: o.Name, Domain: o.Domain, Published: pub.UTC(), Title: title,
		URL: "https://" + o.Domain + "/news/" + pub.Format("2006/01/02") + "/" + slug}}
}

func (g *gen) fill(d *draft) Article {
	if g.chance(0.8) {
		d.b.write(" ")
		d.b.plain(g.pick(background))
	}
	if g.chance(0.3) {
		d.b.write("\n")
		d.b.plain(g.pick(background))
	}
	a := d.art
	a.Oracle = d.b.finish()
	a.Text = a.Oracle.Text
	a.Oracle.ID, a.Oracle.Outlet, a.Oracle.URL, a.Oracle.Title = a.ID, a.Outlet, a.URL, a.Title
	a.Oracle.Published = a.Published.Format(time.RFC3339)
	return a
}

func (g *gen) pickOutlets(n int) []outlet {
	idx := g.r.Perm(len(outlets))[:n]
	out := make([]outlet, n)
	for i, j := range idx {
		out[i] = outlets[j]
	}
	return out
}

func title(ev event) string {
	switch ev.typ {
	case "ASSAULT":
		return "Attack on " + ev.place.City
	case "AID":
		return "Aid reaches " + ev.place.City
	default:
		return "Protest in " + ev.place.City
	}
}

// story writes one multi-outlet story: an origin, retellings, perhaps
// independent confirmation and perhaps a contradiction.
func (g *gen) story(i int, at time.Time) ([]Article, Truth) {
	ev := g.newEvent(at)
	nCite := 1 + g.r.IntN(4)
	nChain := g.r.IntN(2)
	nReprint := g.r.IntN(3)
	nIndep := 0
	if g.chance(0.5) {
		nIndep = 1 + g.r.IntN(2)
	}
	contra := g.chance(0.5)
	os := g.pickOutlets(1 + nCite + nChain + nReprint + nIndep + 1)
	sid := fmt.Sprintf("s%05d", i)
	var arts []Article
	var t Truth
	core := TruthCluster{ID: sid}
	add := func(d *draft, role, cluster string) {
		a := g.fill(d)
		arts = append(arts, a)
		t.Claims = append(t.Claims, TruthClaim{Doc: a.ID, Span: d.claim, Text: a.Oracle.Slice(d.claim), Cluster: cluster, Role: role})
		if cluster == sid {
			core.Docs = append(core.Docs, a.ID)
		}
	}
	k := 0
	next := func() outlet { k++; return os[k-1] }
	docID := func(n int) string { return fmt.Sprintf("%s-%d", sid, n) }

	// The origin report.
	origin := next()
	pub0 := at.Add(time.Duration(g.r.IntN(120)) * time.Minute)
	d := g.newDraft(docID(len(arts)), origin, pub0, title(ev))
	variant := g.r.IntN(5)
	usedVariants := map[int]bool{variant: true}
	originClause := g.content(ev, variant, ev.n, ev.actor, ev.actorText, pub0, true)
	d.claim = d.b.sentence(g.ownSource(origin, ev, false), originClause)
	core.Origin = d.art.ID
	add(d, RoleOrigin, sid)

	// Retellings naming the origin outlet, at later times.
	type carrier struct {
		o   outlet
		pub time.Time
	}
	carriers := []carrier{{origin, pub0}}
	for j := 0; j < nCite; j++ {
		o := next()
		pub := pub0.Add(time.Duration(30+g.r.IntN(30*60)) * time.Minute)
		d := g.newDraft(docID(len(arts)), o, pub, title(ev))
		v := g.r.IntN(5)
		usedVariants[v] = true
		c := g.content(ev, v, ev.n, ev.actor, ev.actorText, pub, g.chance(0.6))
		d.claim = d.b.sentence(g.cite(origin, ev, pub), c)
		add(d, RoleCite, sid)
		carriers = append(carriers, carrier{o, pub})
	}
	// Retellings of a retelling: they name the outlet they read, which named
	// the origin.
	for j := 0; j < nChain; j++ {
		via := carriers[1+g.r.IntN(len(carriers)-1)]
		o := next()
		pub := via.pub.Add(time.Duration(30+g.r.IntN(20*60)) * time.Minute)
		d := g.newDraft(docID(len(arts)), o, pub, title(ev))
		v := g.r.IntN(5)
		usedVariants[v] = true
		c := g.content(ev, v, ev.n, ev.actor, ev.actorText, pub, g.chance(0.5))
		a := g.cite(via.o, ev, pub)
		if g.chance(0.5) {
			src, txt := g.outletSource(origin)
			a = attr{form: "pre", source: &ent{Name: via.o.Name, Type: doc.EntityOutlet}, srcText: via.o.Name, srcKind: doc.SourceOutlet,
				cue: g.pick(reportVerbs), pre: " that", cueType: doc.CueStatement,
				citing: &attr{source: src, srcText: txt, srcKind: doc.SourceOutlet, cue: "citing", cueType: doc.CueStatement}}
		}
		d.claim = d.b.sentence(a, c)
		add(d, RoleChain, sid)
	}
	// Reprints: the origin's first sentence copied, with at most a small
	// edit, and no source named.
	for j := 0; j < nReprint; j++ {
		o := next()
		pub := pub0.Add(time.Duration(20+g.r.IntN(12*60)) * time.Minute)
		d := g.newDraft(docID(len(arts)), o, pub, title(ev))
		if g.chance(0.3) {
			d.b.plain(g.pick(background))
			d.b.write(" ")
		}
		// Rebuild the same sentence with the same random choices is not
		// possible after the fact, so copy the oracle of the origin
		// sentence by replaying its text through the builder.
		d.claim = g.reprint(d.b, arts[0], g.chance(0.4))
		add(d, RoleReprint, sid)
	}
	// Independent reports from the outlets' own sources.
	for j := 0; j < nIndep; j++ {
		o := next()
		pub := pub0.Add(time.Duration(60+g.r.IntN(24*60)) * time.Minute)
		d := g.newDraft(docID(len(arts)), o, pub, title(ev))
		// Independent reporters write their own sentences: prefer a
		// wording nobody in the story has used yet.
		v := (variant + 1 + j) % 5
		for _, w := range g.r.Perm(5) {
			if !usedVariants[w] {
				v = w
				break
			}
		}
		usedVariants[v] = true
		c := g.content(ev, v, ev.n, ev.actor, ev.actorText, pub, g.chance(0.7))
		d.claim = d.b.sentence(g.ownSource(o, ev, true), c)
		add(d, RoleIndependent, sid)
	}
	core.Independent = 1 + nIndep
	core.Circular = len(core.Docs) >= MinCarriers && core.Independent == 1
	t.Clusters = append(t.Clusters, core)

	if contra {
		o := next()
		cid := sid + "-x"
		pub := pub0.Add(time.Duration(180+g.r.IntN(40*60)) * time.Minute)
		d := g.newDraft(docID(len(arts)), o, pub, title(ev))
		kind, a, c := g.contradiction(ev, pub)
		d.claim = d.b.sentence(a, c)
		add(d, RoleContradict, cid)
		t.Clusters = append(t.Clusters, TruthCluster{ID: cid, Origin: d.art.ID, Docs: []string{d.art.ID}, Independent: 1})
		t.Contradictions = append(t.Contradictions, TruthContradiction{A: sid, B: cid, Kind: kind})
	}
	return arts, t
}

// contradiction builds a report that disagrees with ev: a denial by the
// side accused, a different actor, or a different number.
func (g *gen) contradiction(ev event, pub time.Time) (string, attr, clause) {
	kinds := []string{"denial", "number"}
	if ev.typ != "PROTEST" {
		kinds = append(kinds, "actor")
	}
	kind := kinds[g.r.IntN(len(kinds))]
	place := ev.place
	official := []string{"officials in " + place.Country, "a government spokesman", "the interior ministry", "a military spokesman", "the regional governor's office"}
	src := attr{form: "pre", srcText: g.pick(official), srcKind: doc.SourceUnnamed, cue: "said", pre: " that", cueType: doc.CueStatement}
	switch kind {
	case "denial":
		src.cue, src.cueType = g.pick(denyVerbs), doc.CueDenial
		if src.cue == "denied" && g.chance(0.5) {
			src.pre = " reports that"
		}
		if src.cue != "denied" {
			src.pre = " that"
		}
		return kind, src, g.content(ev, g.r.IntN(5), ev.n, ev.actor, ev.actorText, pub, g.chance(0.5))
	case "actor":
		return kind, src, g.content(ev, g.r.IntN(5), ev.n, ev.alt, ev.altText, pub, g.chance(0.5))
	default:
		m := ev.n*2 + 5 + g.r.IntN(ev.n+10)
		if ev.typ != "ASSAULT" {
			m = ev.n / (2 + g.r.IntN(3))
			if ev.typ == "PROTEST" {
				m = m / 100 * 100
			}
		}
		if m == ev.n || m <= 0 {
			m = ev.n + 7
		}
		return kind, src, g.content(ev, g.r.IntN(5), m, ev.actor, ev.actorText, pub, g.chance(0.5))
	}
}

// reprint copies the origin article's first sentence into b, recording the
// same layers shifted to their new offsets; with edit it drops the
// sentence's own sourcing where that is a trailing ", X said" or a leading
// "X said".
func (g *gen) reprint(b *builder, origin Article, edit bool) doc.Span {
	od := origin.Oracle
	c := od.Claims[0]
	// The first sentence ends at the first ". " or newline after the claim.
	end := c.Span.End
	rs := []rune(od.Text)
	for end < len(rs) && rs[end] != '.' {
		end++
	}
	if end < len(rs) {
		end++
	}
	start := 0
	if edit && c.Attribution != "" {
		// Keep only the claim, as its own sentence.
		start, end = c.Span.Start, c.Span.End
	}
	base := b.n
	text := string(rs[start:end])
	if edit && c.Attribution != "" {
		text = upperFirst(text) + "."
	}
	b.write(text)
	shift := func(s doc.Span) doc.Span { return doc.Span{Start: s.Start - start + base, End: s.End - start + base} }
	in := func(s doc.Span) bool { return s.Start >= start && s.End <= end }
	idmap := map[string]string{}
	for _, e := range od.Entities {
		for _, m := range e.Mentions {
			if !in(m.Span) {
				continue
			}
			id := b.entity(&ent{Name: e.Name, Type: e.Type, Country: e.Country, Kind: m.Kind}, shift(m.Span))
			idmap[e.ID] = id
		}
	}
	var aid string
	for _, a := range od.Attributions {
		if a.ID == c.Attribution && in(a.Source.Span) && in(a.Cue.Span) {
			aid = fmt.Sprintf("a%d", len(b.d.Attributions)+1)
			na := a
			na.ID, na.Source.Span, na.Cue.Span, na.Content = aid, shift(a.Source.Span), shift(a.Cue.Span), shift(a.Content)
			na.Source.Entity = idmap[a.Source.Entity]
			b.d.Attributions = append(b.d.Attributions, na)
		}
	}
	cid := fmt.Sprintf("c%d", len(b.d.Claims)+1)
	b.d.Claims = append(b.d.Claims, doc.Claim{ID: cid, Span: shift(c.Span), Attribution: aid, Certainty: c.Certainty, Polarity: c.Polarity})
	for _, v := range od.Events {
		if v.Claim != c.ID {
			continue
		}
		nv := v
		nv.ID = fmt.Sprintf("v%d", len(b.d.Events)+1)
		nv.Claim, nv.Trigger = cid, shift(v.Trigger)
		nv.Actor, nv.Recipient, nv.Location = idmap[v.Actor], idmap[v.Recipient], idmap[v.Location]
		if v.Time != nil {
			nv.Time = &doc.Time{Span: shift(v.Time.Span), Value: v.Time.Value}
		}
		if v.Quantity != nil {
			q := *v.Quantity
			q.Span = shift(q.Span)
			nv.Quantity = &q
		}
		b.d.Events = append(b.d.Events, nv)
	}
	return shift(c.Span)
}

// noise writes one unrelated report.
func (g *gen) noise(i int, at time.Time) ([]Article, Truth) {
	ev := g.newEvent(at)
	o := outlets[g.r.IntN(len(outlets))]
	id := fmt.Sprintf("n%05d", i)
	pub := at.Add(time.Duration(g.r.IntN(180)) * time.Minute)
	d := g.newDraft(id+"-0", o, pub, title(ev))
	c := g.content(ev, g.r.IntN(5), ev.n, ev.actor, ev.actorText, pub, true)
	d.claim = d.b.sentence(g.ownSource(o, ev, false), c)
	a := g.fill(d)
	return []Article{a}, Truth{
		Claims:   []TruthClaim{{Doc: a.ID, Span: d.claim, Text: a.Oracle.Slice(d.claim), Cluster: id, Role: RoleNoise}},
		Clusters: []TruthCluster{{ID: id, Origin: a.ID, Docs: []string{a.ID}, Independent: 1}},
	}
}
