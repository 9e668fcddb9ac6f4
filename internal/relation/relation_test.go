package relation

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/event"
)

// builder makes test Docs by quoting their text: every span is given as
// the n-th occurrence of a string.
type builder struct {
	t *testing.T
	d *doc.Doc
}

func newBuilder(t *testing.T, text string) *builder { return &builder{t, doc.New(text)} }

// at is the span of the first occurrence of s at or after the code point
// offset of after (a string that must occur first, or "").
func (b *builder) at(s, after string) doc.Span {
	b.t.Helper()
	from := 0
	if after != "" {
		i := strings.Index(b.d.Text, after)
		if i < 0 {
			b.t.Fatalf("%q not in text", after)
		}
		from = i
	}
	i := strings.Index(b.d.Text[from:], s)
	if i < 0 {
		b.t.Fatalf("%q not in text after %q", s, after)
	}
	return b.d.SpanOfBytes(from+i, from+i+len(s))
}

func (b *builder) entity(id, typ, country string, mentions ...string) {
	e := doc.Entity{ID: id, Type: typ, Country: country, Name: mentions[0]}
	for _, m := range mentions {
		for off := 0; ; {
			i := strings.Index(b.d.Text[off:], m)
			if i < 0 {
				break
			}
			e.Mentions = append(e.Mentions, doc.Mention{Span: b.d.SpanOfBytes(off+i, off+i+len(m)), Kind: doc.MentionName})
			off += i + len(m)
		}
	}
	b.d.Entities = append(b.d.Entities, e)
}

// attribution adds an attribution (and its claim unless it refers back);
// its cue is looked for after its source, else anywhere.
func (b *builder) attribution(id, source, sourceEntity, cue, cueType, content, refersTo string) {
	cueAfter := source
	if i := strings.Index(b.d.Text, source); !strings.Contains(b.d.Text[i:], cue) {
		cueAfter = ""
	}
	b.d.Attributions = append(b.d.Attributions, doc.Attribution{ID: id,
		Source: doc.Source{Span: b.at(source, ""), Entity: sourceEntity}, Cue: doc.Cue{Span: b.at(cue, cueAfter), Type: cueType},
		Content: b.at(content, ""), RefersTo: refersTo})
	if refersTo == "" {
		b.d.Claims = append(b.d.Claims, doc.Claim{ID: "c" + id[1:], Span: b.at(content, ""), Attribution: id,
			Certainty: doc.Certain, Polarity: doc.Positive})
	}
}

func (b *builder) event(id, typ, trigger, after, actor, recipient, claim string) {
	b.d.Events = append(b.d.Events, doc.Event{ID: id, Type: typ, Trigger: b.at(trigger, after), Actor: actor,
		Recipient: recipient, Claim: claim, Certainty: doc.Certain})
}

func relations(d *doc.Doc) []string {
	var out []string
	for _, r := range d.Relations {
		s := r.Type + " " + r.From + ">" + r.To
		if r.Evidence != nil {
			s += " [" + d.Slice(*r.Evidence) + "]"
		}
		out = append(out, s)
	}
	return out
}

func TestRun(t *testing.T) {
	tests := []struct {
		name  string
		build func(b *builder)
		want  []string
	}{
		{"same jets, other origin, other target, and a denial", func(b *builder) {
			b.d.Text = "Reuters reported that 40 Russian jets bombed the rebels in Idlib. The ministry said the jets came from Syria. " +
				"Activists said the jets bombed a Turkish convoy instead. This was denied by Moscow."
			*b.d = *doc.New(b.d.Text)
			b.entity("RU", doc.EntityCountry, "RU", "Russian", "Moscow")
			b.entity("SY", doc.EntityCountry, "SY", "Syria")
			b.entity("TR", doc.EntityCountry, "TR", "Turkish")
			b.entity("RB", doc.EntityGroup, "", "the rebels")
			b.entity("RT", doc.EntityOutlet, "", "Reuters")
			b.attribution("a1", "Reuters", "RT", "reported", doc.CueStatement, "40 Russian jets bombed the rebels in Idlib", "")
			b.attribution("a2", "The ministry", "", "said", doc.CueStatement, "the jets came from Syria", "")
			b.attribution("a3", "Activists", "", "said", doc.CueStatement, "the jets bombed a Turkish convoy instead", "")
			b.attribution("a4", "Moscow", "RU", "denied", doc.CueDenial, "This", "a3")
			b.event("v1", "ASSAULT", "bombed", "", "RU", "RB", "c1")
			b.event("v2", "ASSAULT", "bombed", "Activists", "", "TR", "c3")
		}, []string{"contradicts a4>c3 [This was denied]", "contradicts c1>c2", "contradicts c1>c3"}},
		{"two sources agree; one source twice does not corroborate", func(b *builder) {
			*b.d = *doc.New("AP said Kenyan jets struck al-Shabaab. The BBC said Kenya attacked al-Shabaab. AP said Kenya hit al-Shabaab.")
			b.entity("KE", doc.EntityCountry, "KE", "Kenyan", "Kenya")
			b.entity("AS", doc.EntityGroup, "", "al-Shabaab")
			b.entity("AP", doc.EntityOutlet, "", "AP")
			b.entity("BB", doc.EntityOutlet, "", "BBC")
			b.attribution("a1", "AP", "AP", "said", doc.CueStatement, "Kenyan jets struck al-Shabaab", "")
			b.attribution("a2", "The BBC", "BB", "said", doc.CueStatement, "Kenya attacked al-Shabaab", "")
			b.attribution("a3", "AP said Kenya", "AP", "said", doc.CueStatement, "Kenya hit al-Shabaab", "")
			b.event("v1", "ASSAULT", "struck", "", "KE", "AS", "c1")
			b.event("v2", "ASSAULT", "attacked", "", "KE", "AS", "c2")
			b.event("v3", "ASSAULT", "hit", "", "KE", "AS", "c3")
		}, []string{"corroborates c1>c2", "corroborates c2>c3"}},
		{"different helpers of one group are not in conflict", func(b *builder) {
			*b.d = *doc.New("Officials said Iran armed the Houthis. Analysts said Russia supplied the Houthis.")
			b.entity("IR", doc.EntityCountry, "IR", "Iran")
			b.entity("RU", doc.EntityCountry, "RU", "Russia")
			b.entity("HO", doc.EntityGroup, "", "the Houthis")
			b.attribution("a1", "Officials", "", "said", doc.CueStatement, "Iran armed the Houthis", "")
			b.attribution("a2", "Analysts", "", "said", doc.CueStatement, "Russia supplied the Houthis", "")
			b.event("v1", "AID", "armed", "", "IR", "HO", "c1")
			b.event("v2", "AID", "supplied", "", "RU", "HO", "c2")
		}, nil},
		{"a confirmation", func(b *builder) {
			*b.d = *doc.New("The mayor said 12 tanks entered the city. Residents confirmed this.")
			b.attribution("a1", "The mayor", "", "said", doc.CueStatement, "12 tanks entered the city", "")
			b.attribution("a2", "Residents", "", "confirmed", doc.CueConfirmation, "this", "a1")
		}, []string{"corroborates a2>c1 [confirmed this]"}},
		{"a confirmation refused takes no side", func(b *builder) {
			*b.d = *doc.New("The mayor said 12 tanks entered the city. Residents would neither confirm nor deny this.")
			b.attribution("a1", "The mayor", "", "said", doc.CueStatement, "12 tanks entered the city", "")
			b.attribution("a2", "Residents", "", "neither confirm nor deny", doc.CueConfirmation, "this", "a1")
			b.d.Claims = append(b.d.Claims, doc.Claim{ID: "c2", Span: b.at("this", ""), Attribution: "a2",
				Certainty: doc.Doubtful, Polarity: doc.Positive})
		}, nil},
		{"the writer's claim restated and denied", func(b *builder) {
			*b.d = *doc.New("The group allegedly received drones from Iran, a claim Tehran has dismissed. Iran armed the group, it said, a claim Tehran denies.")
			b.d.Claims = append(b.d.Claims, doc.Claim{ID: "c9", Span: b.at("The group allegedly received drones from Iran", ""),
				Certainty: doc.Probable, Polarity: doc.Positive})
			b.attribution("a1", "Tehran", "", "has dismissed", doc.CueDenial, "a claim", "")
			// Not after a clause the writer states: no relation.
			b.attribution("a2", "it", "", "said", doc.CueStatement, "Iran armed the group", "")
			b.d.Attributions = append(b.d.Attributions, doc.Attribution{ID: "a3", Source: doc.Source{Span: b.at("Tehran", "it said")},
				Cue: doc.Cue{Span: b.at("denies", ""), Type: doc.CueDenial}, Content: b.at("a claim", "it said")})
		}, []string{"contradicts a1>c9 [a claim Tehran has dismissed]"}},
		{"nothing upstream", func(b *builder) {
			*b.d = *doc.New("Helicopters attacked. The helicopters came from the north.")
		}, nil},
	}
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		b := newBuilder(t, "")
		tc.build(b)
		if err := s.Run(context.Background(), b.d); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := relations(b.d)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s:\n got  %q\n want %q", tc.name, got, tc.want)
		}
	}
	if err := s.Run(context.Background(), nil); err == nil {
		t.Error("nil doc: want an error")
	}
	if _, err := New(Options{MaxClaims: -1}); err == nil {
		t.Error("negative MaxClaims: want an error")
	}
}

func TestCompare(t *testing.T) {
	q := func(x float64) *float64 { return &x }
	tests := []struct {
		name    string
		a, b    Frame
		verdict string
		reason  string // a part of the reason
	}{
		{"other types", Frame{Type: "ASSAULT", Referent: 1}, Frame{Type: "AID", Referent: 1}, Unrelated, "different event types"},
		{"other recipient, same referent", Frame{Type: "ASSAULT", RecipientKey: "n:a", Referent: 2}, Frame{Type: "ASSAULT", RecipientKey: "n:b", Referent: 2}, doc.Contradicts, "recipient n:a vs n:b"},
		{"other recipient, no shared referent or time", Frame{Type: "ASSAULT", ActorKey: "c:X", RecipientKey: "n:a"}, Frame{Type: "ASSAULT", ActorKey: "c:X", RecipientKey: "n:b"}, Unrelated, "not shown"},
		{"same day, other numbers", Frame{Type: "ASSAULT", Time: "2020-05-01", Quantity: q(12), Unit: "tanks"}, Frame{Type: "ASSAULT", Time: "2020-05-01", Quantity: q(40), Unit: "tanks"}, doc.Contradicts, "12 vs 40 tanks"},
		{"same day, close numbers", Frame{Type: "ASSAULT", Time: "2020-05-01", Quantity: q(100), Unit: "tanks"}, Frame{Type: "ASSAULT", Time: "2020-05-01", Quantity: q(95), Unit: "tanks"}, doc.Corroborates, "100 tanks"},
		{"opposite polarity", Frame{Type: "AID", ActorKey: "c:X", Time: "2020", Polarity: doc.Positive}, Frame{Type: "AID", ActorKey: "c:X", Time: "2020", Polarity: doc.Negative}, doc.Contradicts, "opposite polarity"},
		{"means owners", Frame{Means: "drone", OwnerKey: "c:A", Referent: 3}, Frame{Means: "drone", OwnerKey: "c:B", Referent: 3}, doc.Contradicts, "drone from c:A vs c:B"},
		{"AID and SUPPORT agree", Frame{Type: "AID", ActorKey: "c:A", RecipientKey: "n:g"}, Frame{Type: "SUPPORT", ActorKey: "c:A", RecipientKey: "n:g"}, doc.Corroborates, "by c:A on n:g"},
		{"a correction of the same jets' act", Frame{Type: "ASSAULT", ActorKey: "c:X", Referent: 5}, Frame{Type: "ASSAULT", RecipientKey: "n:g", Referent: 5, Corrective: true}, doc.Contradicts, "correction"},
		{"a correction that agrees on the target", Frame{Type: "ASSAULT", RecipientKey: "n:g", Referent: 5}, Frame{Type: "ASSAULT", RecipientKey: "n:g", Referent: 5, Corrective: true}, doc.Corroborates, "recipient n:g"},
		{"local IDs stand in for keys", Frame{Type: "ASSAULT", Actor: "e1", Recipient: "e2"}, Frame{Type: "ASSAULT", Actor: "e1", Recipient: "e2"}, doc.Corroborates, "e1"},
		{"one target, other actors", Frame{Type: "ASSAULT", ActorKey: "c:RU", Target: 1}, Frame{Type: "ASSAULT", ActorKey: "c:UA", Target: 1}, doc.Contradicts, "actor c:RU vs c:UA"},
		{"other targets, other actors", Frame{Type: "ASSAULT", ActorKey: "c:RU", Target: 1}, Frame{Type: "ASSAULT", ActorKey: "c:UA", Target: 2}, Unrelated, "not shown"},
	}
	for _, tc := range tests {
		c := Compare(tc.a, tc.b)
		if c.Verdict != tc.verdict || !strings.Contains(c.Reason, tc.reason) {
			t.Errorf("%s: Compare = %+v, want %s (%q)", tc.name, c, tc.verdict, tc.reason)
		}
	}
}

func TestFindMeans(t *testing.T) {
	d := doc.New("Two Iraqi drones and 3 tanks of the Syrian army advanced. The drones returned from Iran. Later, six drones appeared. " +
		"The tanks came from Aleppo. Then the Turkish tanks fired.")
	// Every occurrence of each word is a mention; a town owns no tanks.
	var ments []mentionSpan
	for w, id := range map[string]string{"Iraqi": "IQ", "Syrian": "SY", "Iran": "IR", "Aleppo": "AL", "Turkish": "TR"} {
		typ := doc.EntityCountry
		if id == "AL" {
			typ = doc.EntityPlace
		}
		for off := 0; ; {
			i := strings.Index(d.Text[off:], w+" ")
			if i < 0 {
				i = strings.Index(d.Text[off:], w+".")
			}
			if i < 0 {
				break
			}
			ments = append(ments, mentionSpan{d.SpanOfBytes(off+i, off+i+len(w)), id, typ})
			off += i + len(w)
		}
	}
	var got []string
	for _, m := range findMeans(d, forms, ments) {
		got = append(got, fmt.Sprintf("%s|%s|%s|%d", d.Slice(m.span), m.lemma, m.owner, m.referent))
	}
	// "the Turkish tanks" name another owner than the Syrian ones: a new chain.
	want := []string{"drones|drone|IQ|1", "tanks|tank|SY|2", "drones|drone|IR|1", "drones|drone||3", "tanks|tank||2", "tanks|tank|TR|4"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("findMeans:\n got  %q\n want %q", got, want)
	}
}

// TestWithEventStage runs the event stage and then this one on text alone
// (no tokens or parse), with entities, attributions and claims given: the
// frames come from the events found.
func TestWithEventStage(t *testing.T) {
	b := newBuilder(t, "")
	*b.d = *doc.New("According to Reuters, the villagers of Kafr Nabl were attacked by 40 Russian jets. " +
		"The ministry said the jets flew from Syria. Activists said the jets targeted Turkish troops instead.")
	b.entity("RU", doc.EntityCountry, "RU", "Russian")
	b.entity("SY", doc.EntityCountry, "SY", "Syria")
	b.entity("TR", doc.EntityCountry, "TR", "Turkish")
	b.entity("VI", doc.EntityGroup, "", "the villagers of Kafr Nabl")
	b.entity("KN", doc.EntityPlace, "", "Kafr Nabl")
	b.entity("RT", doc.EntityOutlet, "", "Reuters")
	b.attribution("a1", "Reuters", "RT", "According to", doc.CueStatement, "the villagers of Kafr Nabl were attacked by 40 Russian jets", "")
	b.attribution("a2", "The ministry", "", "said", doc.CueStatement, "the jets flew from Syria", "")
	b.attribution("a3", "Activists", "", "said", doc.CueStatement, "the jets targeted Turkish troops instead", "")
	es, err := event.New(event.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := es.Run(context.Background(), b.d); err != nil {
		t.Fatal(err)
	}
	var evs []string
	for _, e := range b.d.Events {
		evs = append(evs, e.Type+" "+e.Actor+">"+e.Recipient+" "+e.Claim)
	}
	if want := []string{"ASSAULT RU>VI c1", "ASSAULT >TR c3"}; strings.Join(evs, ",") != strings.Join(want, ",") {
		t.Fatalf("events %q, want %q", evs, want)
	}
	s, _ := New(Options{})
	if err := s.Run(context.Background(), b.d); err != nil {
		t.Fatal(err)
	}
	want := []string{"contradicts c1>c2", "contradicts c1>c3"}
	if got := relations(b.d); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("relations %q, want %q", got, want)
	}
}

// TestTargetChains: a pronoun continues the nearest earlier target of
// its number in its sentence or the one before; a definite noun continues an
// earlier target of the same word; an indefinite one starts a chain.
func TestTargetChains(t *testing.T) {
	d := doc.New("Troops blew up the dam and the bridges. Shelling destroyed it. Rockets hit them. " +
		"Later the dam collapsed. Engineers found a dam nearby. Nobody repaired it.")
	at := func(word string, nth int) doc.Span {
		m := regexp.MustCompile(`\b`+word+`\b`).FindAllStringIndex(d.Text, -1)
		if nth >= len(m) {
			t.Fatalf("no %q number %d", word, nth)
		}
		return d.SpanOfBytes(m[nth][0], m[nth][1])
	}
	var sents []doc.Sentence
	start := 0
	for i, r := range []rune(d.Text) {
		if r == '.' {
			sents = append(sents, doc.Sentence{Span: doc.Span{Start: start, End: i + 1}})
			start = i + 2
		}
	}
	d.Sentences = sents
	d.Events = []doc.Event{
		{ID: "v1", Type: "ASSAULT", Target: at("dam", 0)},
		{ID: "v2", Type: "ASSAULT", Target: at("bridges", 0)},
		{ID: "v3", Type: "ASSAULT", Target: at("it", 0)},
		{ID: "v4", Type: "ASSAULT", Target: at("them", 0)},
		{ID: "v5", Type: "ASSAULT", Target: at("dam", 1)},
		{ID: "v6", Type: "ASSAULT", Target: at("dam", 2)},
		{ID: "v7", Type: "ASSAULT", Target: at("it", 1)},
	}
	got := targetChains(d)
	// "them" is two sentences after "the bridges": too far.
	want := map[string]int{"v1": 1, "v2": 2, "v3": 1, "v4": 0, "v5": 1, "v6": 3, "v7": 3}
	for id, c := range want {
		if got[id] != c {
			t.Errorf("chains %v, want %v", got, want)
			break
		}
	}
}

// figuresIn reads what a number counts and the range its wording allows,
// and leaves dates, years and times alone.
func TestFiguresIn(t *testing.T) {
	inf := math.Inf(1)
	cases := []struct {
		text string
		want []string // "lo-hi unit"
	}{
		{"1,240 people were killed", []string{"1240-1240 people"}},
		{"more than 2,000 deaths", []string{"2000-+Inf death"}},
		{"around 40 million euros", []string{"3.4e+07-4.6e+07 euro"}},
		{"€120m in cash", []string{"1.2e+08-1.2e+08 euro"}},
		{"turnout was 61 percent, up from 48%", []string{"61-61 %", "48-48 %"}},
		{"up to 300 soldiers", []string{"0-300 soldier"}},
		{"as many as 18 vessels", []string{"0-18 vessel"}},
		{"the figure at 270", []string{"270-270 "}},
		{"on March 3 in 2024 at 4:30", nil},
		{"since 1998", nil},
	}
	for _, c := range cases {
		d := doc.New(c.text)
		var got []string
		for _, f := range figuresIn(d, doc.Span{Start: 0, End: d.Len()}) {
			hi := fmt.Sprint(f.hi)
			if f.hi == inf {
				hi = "+Inf"
			}
			got = append(got, fmt.Sprint(f.lo)+"-"+hi+" "+f.unit)
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
