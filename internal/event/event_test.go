package event

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/doc"
)

// ent is an entity for a test: its mentions are every occurrence of each
// text.
type ent struct {
	id, typ  string
	mentions map[string]string // text → kind
}

var testEntities = []ent{
	{"SY", doc.EntityCountry, map[string]string{"Syrian": doc.MentionDemonym}},
	{"HB", doc.EntityGroup, map[string]string{"Hezbollah": doc.MentionName}},
	{"HO", doc.EntityPlace, map[string]string{"Homs": doc.MentionName}},
	{"TR", doc.EntityCountry, map[string]string{"Turkey": doc.MentionName}},
	{"GR", doc.EntityCountry, map[string]string{"Greece": doc.MentionName}},
	{"JP", doc.EntityCountry, map[string]string{"Japan": doc.MentionName}},
	{"NP", doc.EntityCountry, map[string]string{"Nepal": doc.MentionName}},
	{"IR", doc.EntityCountry, map[string]string{"Iran": doc.MentionName}},
	{"IL", doc.EntityCountry, map[string]string{"Israel": doc.MentionName}},
	{"KE", doc.EntityCountry, map[string]string{"Kenya": doc.MentionName, "Kenyan": doc.MentionDemonym}},
	{"SO", doc.EntityCountry, map[string]string{"Somalia": doc.MentionName}},
	{"RU", doc.EntityCountry, map[string]string{"Russian": doc.MentionDemonym}},
	{"ID", doc.EntityPlace, map[string]string{"Idlib": doc.MentionName}},
	{"CL", doc.EntityCountry, map[string]string{"Chile": doc.MentionName}},
	{"PE", doc.EntityCountry, map[string]string{"Peru": doc.MentionName}},
	{"RT", doc.EntityOutlet, map[string]string{"Reuters": doc.MentionName}},
	{"FR", doc.EntityCountry, map[string]string{"France": doc.MentionName}},
	{"DF", doc.EntityGroup, map[string]string{"defenders of Homs": doc.MentionDescriptor}},
}

// addEntities gives d every test entity that occurs in its text, matching
// whole words.
func addEntities(d *doc.Doc) {
	for _, e := range testEntities {
		de := doc.Entity{ID: e.id, Type: e.typ}
		for text, kind := range e.mentions {
			for off := 0; ; {
				i := strings.Index(d.Text[off:], text)
				if i < 0 {
					break
				}
				b := off + i
				off = b + len(text)
				if b > 0 && isLetter(d.Text[b-1]) || off < len(d.Text) && isLetter(d.Text[off]) {
					continue
				}
				de.Mentions = append(de.Mentions, doc.Mention{Span: d.SpanOfBytes(b, off), Kind: kind})
			}
		}
		if len(de.Mentions) > 0 {
			d.Entities = append(d.Entities, de)
		}
	}
}

// docFromCoNLLU builds a Doc whose text is the forms joined by spaces,
// with the tokens and syntax of the file (syntax=false keeps only the
// text, to exercise the stage without earlier stages).
func docFromCoNLLU(t testing.TB, path string, withSyntax bool) *doc.Doc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.Read(f, path)
	if err != nil {
		t.Fatal(err)
	}
	var forms []string
	for _, s := range sents {
		forms = append(forms, s.Forms()...)
	}
	d := doc.New(strings.Join(forms, " "))
	d.Published = "2021-03-11"
	if withSyntax {
		off := 0
		for si, s := range sents {
			first := len(d.Tokens)
			for _, tk := range s.Tokens {
				n := len([]rune(tk.Form))
				d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: off, End: off + n}, Text: tk.Form, Sent: si,
					Lemma: tk.Lemma, UPOS: tk.UPOS, XPOS: tk.XPOS, Feats: tk.Feats, Dep: tk.Deprel, Head: first + tk.Head - 1})
				off += n + 1
			}
			d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: d.Tokens[first].Span.Start, End: d.Tokens[len(d.Tokens)-1].Span.End},
				First: first, End: len(d.Tokens)})
		}
	}
	addEntities(d)
	return d
}

// show prints an event as "TYPE[mode] trigger actor>recipient @location
// #quantity unit ~time".
func show(d *doc.Doc, e doc.Event) string {
	s := fmt.Sprintf("%s[%s] %q %s>%s @%s", e.Type, e.Mode, d.Slice(e.Trigger), e.Actor, e.Recipient, e.Location)
	if e.Quantity != nil {
		s += fmt.Sprintf(" #%g %s", e.Quantity.Value, e.Quantity.Unit)
	}
	if e.Time != nil {
		s += fmt.Sprintf(" ~%s=%s", d.Slice(e.Time.Span), e.Time.Value)
	}
	return s
}

func TestRun(t *testing.T) {
	tests := []struct {
		file    string
		syntax  []string // with tokens and dependencies
		surface []string // from the text alone
	}{
		{"shelled",
			[]string{`ASSAULT[heavy-weapons] "shelled" SY>HB @HO #12 tanks ~Monday=2021-03-08`},
			[]string{`ASSAULT[heavy-weapons] "shelled" SY>HB @HO #12 tanks ~Monday=2021-03-08`}},
		{"accused",
			[]string{`ACCUSE[] "accused" TR>GR @`, `AID[military] "arming" GR> @`},
			[]string{`ACCUSE[] "accused" TR>GR @`, `AID[military] "arming" GR> @`}},
		{"providing",
			[]string{`AID[humanitarian] "providing humanitarian aid" JP>NP @`},
			[]string{`AID[humanitarian] "providing humanitarian aid" JP>NP @`}},
		{"conditional", nil, nil},
		{"negated", nil, nil},
		{"deployed",
			[]string{`MOBILIZE[troops] "deployed" KE> @SO #300 soldiers`},
			[]string{`MOBILIZE[troops] "deployed" KE> @SO #300 soldiers`}},
		{"talks", nil, nil},
		{"airstrike",
			// The place in the clause counts as where it happened.
			[]string{`ASSAULT[air] "airstrike" RU> @ID`},
			[]string{`ASSAULT[air] "airstrike" RU> @ID`}},
		{"details", nil, nil},
		{"rootnoun",
			[]string{`REQUEST[] "called for" > @FR`},
			[]string{`REQUEST[] "called for" > @FR`}},
		{"banned", nil, nil},
		{"defenders",
			[]string{`ASSAULT[heavy-weapons] "shelled" >DF @HO`},
			[]string{`ASSAULT[heavy-weapons] "shelled" >DF @HO`}},
		{"according",
			[]string{`ASSAULT[air] "attacked" SY> @`},
			[]string{`ASSAULT[air] "attacked" SY> @`}},
	}
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		for _, mode := range []string{"syntax", "surface"} {
			want := tc.syntax
			if mode == "surface" {
				want = tc.surface
			}
			d := docFromCoNLLU(t, filepath.Join("testdata", tc.file+".conllu"), mode == "syntax")
			if i := strings.Index(d.Text, "the rebels were"); i >= 0 {
				// Reported by a source: roles come from the content only.
				d.Attributions = []doc.Attribution{{ID: "a1", Content: d.SpanOfBytes(i, len(d.Text)-2)}}
			}
			if err := s.Run(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range d.Events {
				got = append(got, show(d, e))
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s (%s):\n got  %q\n want %q", tc.file, mode, got, want)
			}
		}
	}
}

func TestClaimAndCertainty(t *testing.T) {
	d := docFromCoNLLU(t, filepath.Join("testdata", "deployed.conllu"), true)
	d.Claims = []doc.Claim{{ID: "c1", Span: doc.Span{Start: 0, End: d.Len()}, Certainty: doc.Possible, Polarity: doc.Positive}}
	s, _ := New(Options{})
	if err := s.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 || d.Events[0].Claim != "c1" || d.Events[0].Certainty != doc.Possible || d.Events[0].ID != "v1" {
		t.Fatalf("events = %+v", d.Events)
	}
	d.Claims = nil
	_ = s.Run(context.Background(), d)
	if len(d.Events) != 1 || d.Events[0].Claim != "" || d.Events[0].Certainty != doc.Certain {
		t.Fatalf("without claims: %+v", d.Events)
	}
}

func TestEmptyAndBadInput(t *testing.T) {
	s, _ := New(Options{})
	if err := s.Run(context.Background(), nil); err == nil {
		t.Error("nil doc: want an error")
	}
	for _, text := range []string{"", "   ", "attack", "* * *", "Talks. Talks! Attack?"} {
		d := doc.New(text)
		if err := s.Run(context.Background(), d); err != nil {
			t.Errorf("%q: %v", text, err)
		}
		if len(d.Events) != 0 {
			t.Errorf("%q: no entities, want no events, got %d", text, len(d.Events))
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Run(ctx, doc.New("Kenya deployed troops.")); err == nil {
		t.Error("cancelled context: want an error")
	}
}

func TestLexiconErrors(t *testing.T) {
	for _, lx := range []string{
		"attack\tVN\tASSAULT\t-",       // 4 columns
		"attack\tX\tASSAULT\t-\t-",     // bad pos
		"attack\tVN\tFIGHT\t-\t-",      // not a contract type
		"attack\tVN\tASSAULT\t-\tloud", // unknown flag
		"hold\tV\t-\t-\t-",             // no type and not a support verb
	} {
		if _, err := New(Options{Lexicon: lx}); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("lexicon %q: want an error naming line 1, got %v", lx, err)
		}
	}
	if _, err := New(Options{Lexicon: "raid\tVN\tASSAULT\t-\t-\n"}); err != nil {
		t.Errorf("good lexicon: %v", err)
	}
}

func TestLemmaOf(t *testing.T) {
	s, _ := New(Options{})
	for form, want := range map[string]string{"attacked": "attack", "supplies": "supply", "shipped": "ship",
		"struck": "strike", "deploying": "deploy", "talks": "talk", "sanctions": "sanction", "weather": "weather"} {
		if got := s.lx.lemmaOf(form); got != want {
			t.Errorf("lemmaOf(%q) = %q, want %q", form, got, want)
		}
	}
}

// TestPlainText runs the stage on text alone (no tokens or syntax), with
// every test entity that occurs marked, for the lexicon's sense limits.
func TestPlainText(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Greece struck a deal with Turkey.", nil},
		{"Stocks rallied in Homs.", nil},
		{"Kenya released its budget.", nil},
		{"Kenya released 30 prisoners.", []string{`RETREAT[release] "released" KE> @ #30 prisoners`}},
		{"Japan sent its condolences to Nepal.", nil},
		{"Japan sent 40 tons of food to Nepal.", []string{`AID[humanitarian] "sent" JP>NP @ #40 tons`}},
		{"Chile did not attack Peru.", nil},
		{"Turkey accused Greece.", []string{`ACCUSE[] "accused" TR>GR @`}},
		{"The lira rallied in Homs.", nil},
		{"Thousands rallied in Homs.", []string{`PROTEST[demo] "rallied" > @HO`}},
		{"Turkey, which supports Greece, offered talks.", []string{`SUPPORT[] "supports" TR>GR @`, `CONSULT[] "offered talks" TR> @`}},
		{"Chile called for talks between the two sides.", []string{`REQUEST[] "called for" CL> @`}},
		{"Kenya ordered the arrest of two opposition leaders.", []string{`COERCE[arrest] "ordered the arrest" KE> @ #2 leaders`}},
	}
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		d := doc.New(tc.text)
		addEntities(d)
		got := runShow(t, s, d)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// runShow runs the stage on d and shows its events.
func runShow(t *testing.T, s *Stage, d *doc.Doc) []string {
	t.Helper()
	if err := s.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Events {
		got = append(got, show(d, e))
	}
	return got
}

// TestPlausible: a sound parse is read; a parse that chains every word to
// the one before (as an untrained parser does) is set aside for the
// positional reading.
func TestPlausible(t *testing.T) {
	s, _ := New(Options{})
	for _, f := range []string{"shelled", "accused", "providing", "airstrike", "according"} {
		d := docFromCoNLLU(t, filepath.Join("testdata", f+".conllu"), true)
		if v := newView(d, s.lx); !v.sentOK[0] {
			t.Errorf("%s: sound parse judged implausible", f)
		}
		for i := range d.Tokens {
			d.Tokens[i].Head, d.Tokens[i].Dep = i-1, "dep"
		}
		d.Tokens[0].Dep = "root"
		if v := newView(d, s.lx); v.sentOK[0] {
			t.Errorf("%s: chained parse judged plausible", f)
		}
	}
}

// TestSameEvent needs the parse: a passive that names who suffered needs
// no actor ("49 soldiers were killed"), nor does a counted act ("the
// strike killed 14 civilians"), and an event noun hung on a verb
// event of its type, in a phrase ("in the clashes") or as its subject
// ("airstrikes killed"), is that event, not a second one.
func TestSameEvent(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		file string
		want []string
	}{
		{"killed", []string{`ASSAULT[] "killed" >KE @HO #49 soldiers ~Monday=2021-03-08`}},
		{"airstrikes-killed", []string{`ASSAULT[air] "killed" KE> @HO #12 people ~Monday=2021-03-08`}},
		// With no actor known, a count of those it struck makes it an
		// event.
		{"strike-killed", []string{`ASSAULT[] "killed" > @HO #14 civilians ~Monday=2021-03-08`}},
	}
	for _, c := range cases {
		got := runShow(t, s, docFromCoNLLU(t, filepath.Join("testdata", c.file+".conllu"), true))
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: got %q, want %q", c.file, got, c.want)
		}
	}
}

// TestDesignationNoEvent: the footnote that designates an entity
// ("*organization banned in Kenya") labels it; it narrates no ban.
func TestDesignationNoEvent(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Turkey accused Greece.\n*organization banned in Kenya"
	d := doc.New(text)
	addEntities(d)
	note := strings.Index(text, "*")
	d.Entities = append(d.Entities, doc.Entity{ID: "X", Type: doc.EntityGroup,
		Designations: []doc.Designation{{Text: "organization banned in Kenya", By: "KE", Evidence: d.SpanOfBytes(note, len(text))}}})
	got := runShow(t, s, d)
	if want := []string{`ACCUSE[] "accused" TR>GR @`}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}
