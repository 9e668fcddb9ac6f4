package entity

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/segment"
)

// mentionOf finds the entity and mention whose text is surface (the n-th
// occurrence, counting from 0).
func mentionOf(d *doc.Doc, surface string, n int) (*doc.Entity, *doc.Mention) {
	seen := 0
	var bestE *doc.Entity
	var bestM *doc.Mention
	start := -1
	for i := range d.Entities {
		e := &d.Entities[i]
		for j := range e.Mentions {
			m := &e.Mentions[j]
			if d.Slice(m.Span) != surface {
				continue
			}
			_ = seen
			// Occurrences are ordered by position; pick the n-th.
			if idx := occurrence(d, surface, m.Span.Start); idx == n && (start < 0 || m.Span.Start < start) {
				bestE, bestM, start = e, m, m.Span.Start
			}
		}
	}
	return bestE, bestM
}

// occurrence is the index of the occurrence of surface that starts at cp.
func occurrence(d *doc.Doc, surface string, cp int) int {
	n := 0
	runes := []rune(d.Text)
	sr := []rune(surface)
	for i := 0; i+len(sr) <= len(runes) && i < cp; i++ {
		if string(runes[i:i+len(sr)]) == surface {
			n++
		}
	}
	return n
}

type want struct {
	surface string
	n       int    // occurrence
	kind    string // "" = no mention expected
	typ     string
	country string
}

func TestMentions(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		wants []want
	}{
		{"demonym", "Iranian drones struck the port on Tuesday.",
			[]want{{"Iranian", 0, doc.MentionDemonym, doc.EntityCountry, "IR"}}},
		{"a plural state's name is the state, its singular its adjective", "The Philippines said a Philippine vessel was rammed.",
			[]want{{"Philippines", 0, doc.MentionName, doc.EntityCountry, "PH"}, {"Philippine", 1, doc.MentionDemonym, doc.EntityCountry, "PH"}}},
		{"a role before names the recogniser missed", "Opposition lawmaker Kateřina Dvořáková, who sits on the security committee, said the report was alarming.",
			[]want{{"Kateřina Dvořáková", 0, doc.MentionName, doc.EntityPerson, ""}}},
		{"a masthead word no surname ends in", "Kathimerini Vima said that 11 people had died. Emily Post wrote a book.",
			[]want{{"Kathimerini Vima", 0, doc.MentionName, doc.EntityOutlet, ""}, {"Emily Post", 0, doc.MentionName, doc.EntityPerson, ""}}},
		{"an outlet the registry knows by a possessive name", "Lloyd's List reported that the tanker had gone dark.",
			[]want{{"Lloyd's List", 0, doc.MentionName, doc.EntityOutlet, "GB"}}},
		{"a capital before a government noun is the state", "Kyiv condemned the nature of the Kyiv regime.",
			[]want{{"Kyiv", 1, doc.MentionMetonym, doc.EntityCountry, "UA"}}},
		{"a capital's name in another state's subdivision", "She was detained in Plymouth, Massachusetts, last year.",
			[]want{{"Plymouth", 0, doc.MentionName, doc.EntityPlace, "US"}}},
		{"words naming a court go with the title", "U.S. District Judge Margaret Ellison blocked the deportation.",
			[]want{{"U.S.", 0, doc.MentionName, doc.EntityCountry, "US"}, {"District", 0, "", "", ""}, {"Margaret Ellison", 0, doc.MentionName, doc.EntityPerson, ""}}},
		{"a kind of armed group before the name", "The militia Harakat al-Nujaba said it had moved. The rebel group M23 took the town.",
			[]want{{"Harakat al-Nujaba", 0, doc.MentionName, doc.EntityGroup, ""}, {"M23", 0, doc.MentionName, doc.EntityGroup, "CD"}}},
		{"a plural's possessive inside a name", "Kurdistan Workers' Party fighters crossed. The Kurdistan Workers’ Party denied it.",
			[]want{{"Kurdistan Workers' Party", 0, doc.MentionName, doc.EntityGroup, "TR"}, {"Kurdistan Workers’ Party", 0, doc.MentionName, doc.EntityGroup, "TR"}}},
		{"demonym of a group's name", "The Sudanese Liberation Movement rejected the offer.",
			[]want{{"Sudanese Liberation Movement", 0, doc.MentionName, doc.EntityGroup, "SD"}}},
		{"people are not the state", "Dozens of Syrians crossed the border with Turkey.",
			[]want{{"Syrians", 0, "", "", ""}, {"Turkey", 0, doc.MentionName, doc.EntityCountry, "TR"}}},
		{"metonym after official", "Yesterday official Ankara denied the report.",
			[]want{{"Ankara", 0, doc.MentionMetonym, doc.EntityCountry, "TR"}}},
		{"metonym as subject, city after a preposition", "Diplomats gathered in Beijing on Friday. Beijing warned that it would respond.",
			[]want{{"Beijing", 0, doc.MentionName, doc.EntityPlace, "CN"}, {"Beijing", 1, doc.MentionMetonym, doc.EntityCountry, "CN"}}},
		{"seat of government acting for the state, and as a building", "The Kremlin denied the report. Reporters waited outside the Kremlin.",
			[]want{{"Kremlin", 0, doc.MentionMetonym, doc.EntityCountry, "RU"}, {"Kremlin", 1, doc.MentionName, doc.EntityPlace, "RU"}}},
		{"who backs or leads is the state; where something is based is the city", "Kremlin-backed fighters crossed the border. A Kabul-based charity counted them.",
			[]want{{"Kremlin", 0, doc.MentionMetonym, doc.EntityCountry, "RU"}, {"Kabul", 0, doc.MentionName, doc.EntityPlace, "AF"}}},
		{"outlet named after its head noun", "The claim was repeated by the Kurdish news agency ANHA on Monday.",
			[]want{{"ANHA", 0, doc.MentionName, doc.EntityOutlet, ""}, {"Kurdish", 0, "", "", ""}}},
		{"typed by a head after the name", "Fighters of the Fano militia entered the Amhara region.",
			[]want{{"Fano", 0, doc.MentionName, doc.EntityGroup, ""}, {"Amhara", 0, doc.MentionName, doc.EntityPlace, ""}}},
		{"named as a place", "The army retook the city of Wad Madani on Friday.",
			[]want{{"Wad Madani", 0, doc.MentionName, doc.EntityPlace, "SD"}}},
		{"official name", "The Republic of Kenya signed the deal, and Kenya will pay.",
			[]want{{"Republic of Kenya", 0, doc.MentionName, doc.EntityCountry, "KE"}, {"Kenya", 1, doc.MentionName, doc.EntityCountry, "KE"}}},
		{"outlet in the registry", "The story was first reported by Reuters on Monday.",
			[]want{{"Reuters", 0, doc.MentionName, doc.EntityOutlet, "GB"}}},
		{"outlet by head noun", "According to the Dakar Observer newspaper, the talks failed.",
			[]want{{"Dakar Observer", 0, doc.MentionName, doc.EntityOutlet, "SN"}}},
		{"outlet by web address", "The claim first appeared on Breitbart.com last week.",
			[]want{{"Breitbart.com", 0, doc.MentionName, doc.EntityOutlet, "US"}}},
		{"pronoun of the one person named", "Maria Lopez said she would resign.",
			[]want{{"she", 0, doc.MentionPronoun, doc.EntityPerson, ""}}},
		{"no pronoun inside a quotation", "Maria Lopez spoke. \"He lied,\" she said.",
			[]want{{"He", 0, "", "", ""}, {"she", 0, doc.MentionPronoun, doc.EntityPerson, ""}}},
		{"no pronoun when two people are named", "Maria Lopez told John Smith that she would resign.",
			[]want{{"she", 0, "", "", ""}}},
		{"outlet by masthead", "An editorial in the Lagos Tribune criticised the plan.",
			[]want{{"Lagos Tribune", 0, doc.MentionName, doc.EntityOutlet, "NG"}}},
		{"armed group by head", "Fighters of the Eastern Liberation Brigade seized the town.",
			[]want{{"Eastern Liberation Brigade", 0, doc.MentionName, doc.EntityGroup, ""}}},
		{"known armed group", "The government blamed Boko Haram for the attack.",
			[]want{{"Boko Haram", 0, doc.MentionName, doc.EntityGroup, "NG"}}},
		{"place with country", "Floods hit Karachi and the Sindh province.",
			[]want{{"Karachi", 0, doc.MentionName, doc.EntityPlace, "PK"}}},
		{"transliteration of a place in a named state", "Afghanistan said the fighting had spread to Badakhshon overnight.",
			[]want{{"Badakhshon", 0, doc.MentionName, doc.EntityPlace, "AF"}}},
		{"state of a country, not the country", "The rally in Atlanta, Georgia, drew thousands.",
			[]want{{"Georgia", 0, doc.MentionName, doc.EntityPlace, "US"}}},
		{"the country itself", "Russia and Georgia fought a war in 2008.",
			[]want{{"Georgia", 0, doc.MentionName, doc.EntityCountry, "GE"}}},
		{"platform, not outlet", "The video spread on a Telegram channel run by the army.",
			[]want{{"Telegram", 0, doc.MentionName, doc.EntityOrganization, ""}}},
		{"title before a name", "Senator Maria Lopez voted against the bill.",
			[]want{{"Maria Lopez", 0, doc.MentionName, doc.EntityPerson, ""}}},
		{"party label is no part of the name", "Republican Jane Doe won the primary.",
			[]want{{"Jane Doe", 0, doc.MentionName, doc.EntityPerson, ""}, {"Republican Jane Doe", 0, "", "", ""}}},
		{"demonym before a title", "Kenyan President William Ruto arrived in Kampala.",
			[]want{{"Kenyan", 0, doc.MentionDemonym, doc.EntityCountry, "KE"}, {"William Ruto", 0, doc.MentionName, doc.EntityPerson, "KE"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := analyze(t, c.text)
			for _, w := range c.wants {
				e, m := mentionOf(d, w.surface, w.n)
				if w.kind == "" {
					if m != nil {
						t.Errorf("%q: unexpected %s mention of %s %q", w.surface, m.Kind, e.Type, e.Name)
					}
					continue
				}
				if m == nil {
					t.Errorf("%q (#%d): no mention; entities: %s", w.surface, w.n, dump(d))
					continue
				}
				if m.Kind != w.kind || e.Type != w.typ || e.Country != w.country {
					t.Errorf("%q (#%d): %s mention of %s %q country %q; want %s, %s, %q", w.surface, w.n,
						m.Kind, e.Type, e.Name, e.Country, w.kind, w.typ, w.country)
				}
			}
		})
	}
}

func dump(d *doc.Doc) string {
	var b strings.Builder
	for _, e := range d.Entities {
		b.WriteString("\n  " + e.ID + " " + e.Type + " " + e.Name + " [" + e.Country + "]:")
		for _, m := range e.Mentions {
			b.WriteString(" " + d.Slice(m.Span) + "/" + m.Kind)
		}
	}
	return b.String()
}

// TestMerge checks which surface forms end up in one entity.
func TestMerge(t *testing.T) {
	cases := []struct {
		name, text string
		same       [][2]string // surface forms (first occurrences) in one entity
		apart      [][2]string // surface forms in different entities
	}{
		{"surname", "Maria Lopez spoke on Monday. Lopez said the plan would fail.",
			[][2]string{{"Maria Lopez", "Lopez said"}}, nil},
		{"Jr. after a comma", "Joseph R. Biden, Jr., spoke first. Biden then left.",
			[][2]string{{"Joseph R. Biden, Jr.", "Biden then"}}, nil},
		{"Jr. without a comma, surname alone", "Martin Luther King Jr. marched in the rain. King spoke of a dream.",
			[][2]string{{"Martin Luther King Jr.", "King spoke"}}, nil},
		{"Jr. after a comma, surname opening a sentence", "The prize went to Samuel L. Okafor, Jr., on Friday. Okafor thanked his family.",
			[][2]string{{"Samuel L. Okafor, Jr.", "Okafor thanked"}}, nil},
		{"party label before a name", "Republican Jane Doe won the primary. Doe thanked her voters.",
			[][2]string{{"Jane Doe", "Doe thanked"}}, nil},
		{"another given name after a lone surname", "Donald Okafor spoke first. Okafor left early. Later Ivana Okafor said she disagreed.",
			[][2]string{{"Donald Okafor", "Okafor left"}}, [][2]string{{"Donald Okafor", "Ivana Okafor"}}},
		{"a word before a full name", "Rival Jane Doe spoke first. Jane Doe then left.",
			[][2]string{{"Rival Jane Doe", "Jane Doe then"}}, nil},
		{"Jr. variant", "Robert Kennedy Jr. arrived late. Robert Francis Kennedy Jr. then spoke to reporters.",
			[][2]string{{"Robert Kennedy Jr.", "Robert Francis Kennedy Jr."}}, nil},
		{"two people, one surname", "Hillary Clinton and Bill Clinton arrived. Hillary Clinton spoke first.",
			nil, [][2]string{{"Hillary Clinton and", "Bill Clinton"}}},
		{"surname the recogniser may call a place", "Hillary Clinton spoke in Ohio. Voters there like Clinton.",
			[][2]string{{"Hillary Clinton", "like Clinton"}}, nil},
		{"acronym defined in brackets", "The International Atomic Energy Agency (IAEA) sent inspectors. Later the IAEA said it was satisfied.",
			[][2]string{{"International Atomic Energy Agency", "IAEA said"}}, nil},
		{"acronym before its name", "The IAEA sent inspectors. The International Atomic Energy Agency said it was satisfied.",
			[][2]string{{"IAEA", "International Atomic Energy Agency"}}, nil},
		{"demonym prefix", "The Sudanese Liberation Movement rejected the offer. Later the Liberation Movement changed its mind.",
			[][2]string{{"Sudanese Liberation Movement", "the Liberation Movement"}}, nil},
		{"state forms", "The United States sent aid. U.S. officials said American troops would stay, and Washington could not ignore it.",
			[][2]string{{"United States", "U.S."}, {"United States", "American"}, {"United States", "Washington"}}, nil},
		{"outlet alias", "The New York Times reported the deal; the NYT said talks went on.",
			[][2]string{{"New York Times", "NYT"}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := analyze(t, c.text)
			entityAt := func(surface string) *doc.Entity {
				// The surface may carry context; the entity is the one
				// with a mention inside its first occurrence.
				i := strings.Index(d.Text, surface)
				if i < 0 {
					t.Fatalf("%q not in the text", surface)
				}
				sp := doc.Span{Start: len([]rune(d.Text[:i])), End: len([]rune(d.Text[:i])) + len([]rune(surface))}
				for k := range d.Entities {
					for _, m := range d.Entities[k].Mentions {
						if m.Kind != doc.MentionDescriptor && sp.Contains(m.Span) {
							return &d.Entities[k]
						}
					}
				}
				return nil
			}
			for _, p := range c.same {
				a, b := entityAt(p[0]), entityAt(p[1])
				if a == nil || b == nil || a.ID != b.ID {
					t.Errorf("%q and %q should be one entity:%s", p[0], p[1], dump(d))
				}
			}
			for _, p := range c.apart {
				a, b := entityAt(p[0]), entityAt(p[1])
				if a == nil || b == nil || a.ID == b.ID {
					t.Errorf("%q and %q should be two entities:%s", p[0], p[1], dump(d))
				}
			}
		})
	}
}

func TestDesignation(t *testing.T) {
	text := "Members of the Ansar Brigade* attacked a convoy. The Ansar Brigade* denied it.\n*terrorist organization, banned in Kazakhstan"
	d := analyze(t, text)
	e, _ := mentionOf(d, "Ansar Brigade", 0)
	if e == nil {
		t.Fatalf("no entity for Ansar Brigade:%s", dump(d))
	}
	if strings.Contains(e.Name, "*") {
		t.Errorf("name %q carries the footnote marker", e.Name)
	}
	if len(e.Designations) != 1 {
		t.Fatalf("%d designations, want 1:%s", len(e.Designations), dump(d))
	}
	g := e.Designations[0]
	if g.Text != "terrorist organization, banned in Kazakhstan" || g.By != "KZ" ||
		d.Slice(g.Evidence) != "*terrorist organization, banned in Kazakhstan" {
		t.Errorf("designation %+v (evidence %q)", g, d.Slice(g.Evidence))
	}
	if len(e.Mentions) != 2 {
		t.Errorf("%d mentions of Ansar Brigade, want 2", len(e.Mentions))
	}
}

func TestDescriptor(t *testing.T) {
	d := analyze(t, "The head of the Kenyan Red Cross, Maria Lopez, said aid had arrived.")
	e, _ := mentionOf(d, "Maria Lopez", 0)
	if e == nil {
		t.Fatalf("no entity for Maria Lopez:%s", dump(d))
	}
	found := false
	for _, m := range e.Mentions {
		if m.Kind == doc.MentionDescriptor && d.Slice(m.Span) == "The head of the Kenyan Red Cross" {
			found = true
		}
	}
	if !found || e.Country != "KE" {
		t.Errorf("want descriptor \"The head of the Kenyan Red Cross\" and country KE:%s", dump(d))
	}
}

// TestWithoutTags runs the stage on tokens without any syntax: the
// gazetteers and capitalisation still find the main names.
func TestWithoutTags(t *testing.T) {
	d := doc.New("Iranian drones struck the port. Officials in Kabul said Reuters was wrong.")
	sg, err := segment.New(segment.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := sg.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	st, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for _, w := range []want{
		{"Iranian", 0, doc.MentionDemonym, doc.EntityCountry, "IR"},
		{"Kabul", 0, doc.MentionName, doc.EntityPlace, "AF"},
		{"Reuters", 0, doc.MentionName, doc.EntityOutlet, "GB"},
		{"Officials", 0, "", "", ""},
	} {
		e, m := mentionOf(d, w.surface, w.n)
		if w.kind == "" {
			if m != nil {
				t.Errorf("%q: unexpected mention", w.surface)
			}
			continue
		}
		if m == nil || m.Kind != w.kind || e.Type != w.typ || e.Country != w.country {
			t.Errorf("%q: want %s %s %s:%s", w.surface, w.kind, w.typ, w.country, dump(d))
		}
	}
}

func TestBadInput(t *testing.T) {
	st, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Run(context.Background(), doc.New("Text without tokens.")); !errors.Is(err, ErrNoTokens) {
		t.Errorf("untokenised text: err = %v, want ErrNoTokens", err)
	}
	d := doc.New("")
	if err := st.Run(context.Background(), d); err != nil || len(d.Entities) != 0 {
		t.Errorf("empty text: err = %v, %d entities", err, len(d.Entities))
	}
	if _, err := New(Options{MaxNameTokens: -1}); err == nil {
		t.Error("negative MaxNameTokens accepted")
	}
	bad := doc.New("Kenya")
	bad.Tokens = []doc.Token{{Span: doc.Span{Start: 0, End: 9}, Text: "Kenya"}}
	if err := st.Run(context.Background(), bad); err == nil || !strings.Contains(err.Error(), "token 0") {
		t.Errorf("token outside the text: err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := st.Run(ctx, doc.New("x")); err == nil {
		t.Error("cancelled context: no error")
	}
}

func TestIDsInOrder(t *testing.T) {
	d := analyze(t, "Reuters said Kenya and Uganda met. Kenya agreed.")
	for i, e := range d.Entities {
		if want := "e" + string(rune('1'+i)); e.ID != want {
			t.Errorf("entity %d has ID %s", i, e.ID)
		}
		if i > 0 && e.Mentions[0].Span.Start < d.Entities[i-1].Mentions[0].Span.Start {
			t.Errorf("%s starts before %s", e.ID, d.Entities[i-1].ID)
		}
	}
}

// TestMarkerInsideToken sets up tokens by hand, with the footnote marker
// glued to the word as a tokenizer that does not split it would leave it.
func TestMarkerInsideToken(t *testing.T) {
	text := "The Ansar Brigade* left.\n*banned in Kenya"
	d := doc.New(text)
	words := []string{"The", "Ansar", "Brigade*", "left", ".", "*", "banned", "in", "Kenya"}
	at := 0
	for i, w := range words {
		start := strings.Index(text[at:], w) + at
		sent := 0
		if i >= 5 {
			sent = 1
		}
		d.Tokens = append(d.Tokens, doc.Token{Span: d.SpanOfBytes(start, start+len(w)), Text: w, Sent: sent, Head: -1})
		at = start + len(w)
	}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: 24}, First: 0, End: 5}, {Span: doc.Span{Start: 25, End: 41}, First: 5, End: 9}}
	st, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	e, m := mentionOf(d, "Ansar Brigade", 0)
	if e == nil || m == nil {
		t.Fatalf("no mention \"Ansar Brigade\":%s", dump(d))
	}
	if e.Type != doc.EntityGroup || len(e.Designations) != 1 || e.Designations[0].By != "KE" ||
		d.Slice(e.Designations[0].Evidence) != "*banned in Kenya" {
		t.Errorf("entity %+v", *e)
	}
}

func TestPossessiveMetonym(t *testing.T) {
	d := analyze(t, "Analysts doubted Moscow's account of the strike.")
	e, m := mentionOf(d, "Moscow", 0)
	if m == nil || m.Kind != doc.MentionMetonym || e.Country != "RU" {
		t.Errorf("want Moscow as metonym of RU:%s", dump(d))
	}
}

// A name opening with a word for a group in Arabic names a group, with
// its particles ("wal-") inside it; an acronym is a body, whatever the
// recogniser tagged it, unless the sentence shouts in capitals.
func TestGroupWordsAndAcronyms(t *testing.T) {
	tests := []struct{ text, name, typ string }{
		{"Jama'at Nusrat al-Islam wal-Muslimin claimed the attack.", "Jama'at Nusrat al-Islam wal-Muslimin", doc.EntityGroup},
		{"Jaish al-Adl said it fired the rockets.", "Jaish al-Adl", doc.EntityGroup},
		{"UNICEF said 20 children died.", "UNICEF", doc.EntityOrganization},
	}
	for _, tc := range tests {
		d := analyze(t, tc.text)
		if e, m := mentionOf(d, tc.name, 0); m == nil || e.Type != tc.typ {
			t.Errorf("%q: want %q as one %s:%s", tc.text, tc.name, tc.typ, dump(d))
		}
	}
}

// Names typed by the words around them, whatever the recogniser made of
// them. Titles with a small word inside are one body's name: a
// capitalised preposition ("Doctors Without Borders"), "to" after a word
// for a body ("Committee to Protect Journalists"), or a preposition after
// a noun for a kind of body ("the advocacy group Justice for Myanmar",
// not the state it names); places joined by "to" stay two. A kind of
// business in an apposition makes a body's name; a noun for a person's
// role right before a name, a person's.
func TestNameTypes(t *testing.T) {
	tests := []struct{ text, name, typ string }{
		{"Silverline Trading, a Dubai company, denied the claims.", "Silverline Trading", doc.EntityOrganization},
		{"Araks Tech, a Yerevan-based firm, said it complied.", "Araks Tech", doc.EntityOrganization},
		{"Defence lawyer Pierre-Antoine Marchal questioned the witness.", "Pierre-Antoine Marchal", doc.EntityPerson},
		{"Doctors Without Borders said its clinic in Gaza was hit.", "Doctors Without Borders", doc.EntityOrganization},
		{"On Monday, Reporters Without Borders condemned the arrest.", "Reporters Without Borders", doc.EntityOrganization},
		{"The Committee to Protect Journalists said two reporters were detained.", "Committee to Protect Journalists", doc.EntityOrganization},
		{"The advocacy group Justice for Myanmar said the militia had bought drones.", "Justice for Myanmar", doc.EntityOrganization},
		{"Flights from Kyiv to Warsaw resumed on Monday.", "Kyiv", doc.EntityPlace},
		// A name set off after a noun for kin or a role is a person's.
		{"Roussel's mother, Sylvie, had told reporters in Nantes that her son was ill.", "Sylvie", doc.EntityPerson},
		{"Its ally, France, said nothing.", "France", doc.EntityCountry},
		{"A resident, who gave only her first name, Tatyana, said the blast woke her.", "Tatyana", doc.EntityPerson},
		// Outlets the registry does not hold, typed by the words around
		// them and by how newspapers are named, whatever the recogniser
		// made of them; a city before an outlet's head is where it is.
		{"Le Héraut, the Paris centre-left daily, reports that the prime minister offered his resignation.", "Le Héraut", doc.EntityOutlet},
		{"Kuryer, a weekly, reported a leak at the ministry.", "Kuryer", doc.EntityOutlet},
		{"The paper Le Héraut reported that the prime minister resigned.", "Le Héraut", doc.EntityOutlet},
		{"She spoke to the Catalan radio station Ràdio Llevant on Monday.", "Ràdio Llevant", doc.EntityOutlet},
		{"The prisoners were freed, the Qatari broadcaster Al-Wajba reported. Al-Wajba said talks lasted ten months.", "Al-Wajba", doc.EntityOutlet},
		{"Across the Rhine, the Berliner Morgenblatt focuses on the European dimension.", "Berliner Morgenblatt", doc.EntityOutlet},
		{"In Madrid, La Crónica de Madrid looks at the markets.", "La Crónica de Madrid", doc.EntityOutlet},
		{"An investigation by the Medellín newspaper El Centinela suggests the ruling was flawed. The Medellín newspaper said so.", "Medellín", doc.EntityPlace},
	}
	for _, tc := range tests {
		d := analyze(t, tc.text)
		if e, m := mentionOf(d, tc.name, 0); m == nil || e.Type != tc.typ || d.Slice(m.Span) != tc.name {
			t.Errorf("%q: want %q as one %s:%s", tc.text, tc.name, tc.typ, dump(d))
		}
	}
	if d := analyze(t, tests[6].text); len(d.Entities) != 1 {
		t.Errorf("%q: want the group alone, not the state in its name:%s", tests[6].text, dump(d))
	}
}

// An acronym in brackets after a body's name is its acronym, also when
// it is another language's ("GKNB"); an outlet's name in brackets is not.
func TestForeignAcronym(t *testing.T) {
	d := analyze(t, "Kyrgyzstan's State Committee for National Security (GKNB) said two guards were wounded. The GKNB later said the border was calm.")
	e, m := mentionOf(d, "GKNB", 1)
	if m == nil || e.Name != "State Committee for National Security" || e.Country != "KG" {
		t.Errorf("want the GKNB as the Kyrgyz State Committee:%s", dump(d))
	}
}

// A name whose words say no state takes the one its description says:
// a state's adjective or possessive before a description, or right
// before the name; the same in an apposition; a place before "-based".
// Not across a preposition, nor a language's adjective, nor for a sea.
func TestDescriptorCountries(t *testing.T) {
	tests := []struct{ text, name, country string }{
		{"The Chinese foreign ministry spokeswoman Mao Ning said Beijing opposed the move.", "Mao Ning", "CN"},
		{"Georgia's state minister Tamar Lomidze said the vote was illegal.", "Tamar Lomidze", "GE"},
		{"Georgia's state minister for reconciliation, Tamar Lomidze, said the vote was illegal.", "Tamar Lomidze", "GE"},
		{"The commission's chairwoman, Zarina Tedeeva, said the vote was fair.", "Zarina Tedeeva", ""},
		{"Fighting continued in Ethiopia's Amhara region.", "Amhara", "ET"},
		{"The GRU, Russia's military intelligence agency, denied it.", "GRU", "RU"},
		{"The Bishkek-based Tengri Logistics said it had done nothing wrong.", "Tengri Logistics", "KG"},
		{"US envoy to Ukraine Keith Kellogg said talks would go on.", "Keith Kellogg", ""},
		{"Araks Tech, a Yerevan-based firm, said it complied.", "Araks Tech", "AM"},
		// A state or region as what an expert studies is no one's state;
		// a city before a noun says where.
		{"Mona Yacoubian, a Lebanon specialist at a US think tank, said the truce held.", "Mona Yacoubian", ""},
		{"Nino Beridze, a security researcher at a Tbilisi think tank, said the vote was a sham.", "Nino Beridze", "GE"},
		{"Alain Roux, a Sahel researcher in Paris, said the junta was isolated.", "Alain Roux", ""},
		{"The Congolese army, known by its French acronym FARDC, accused the rebels.", "FARDC", ""},
		{"Explosions hit the port of Mocha on Yemen's Red Sea coast.", "Red Sea", ""},
		// A word for a kind of place or body names no place of its own.
		{"Clashes spread across the Fergana Valley on Monday.", "Fergana Valley", ""},
		{"The Gulf Policy Centre said the deal was fragile.", "Gulf Policy Centre", ""},
		// A city before a description says where a body or an outlet
		// is, not where a person is from.
		{"A source told the Kyiv newspaper Dniprovskyi Visnyk that the attack failed.", "Dniprovskyi Visnyk", "UA"},
		{"The Moscow correspondent John Smith said the talks had stalled.", "John Smith", ""},
		// A seat of power before the description is its state.
		{"Kremlin spokesman Yevgeny Larin said nothing had changed.", "Yevgeny Larin", "RU"},
		{"White House press secretary Jane Doe said the visit was off.", "Jane Doe", "US"},
		// An embassy is its state's.
		{"The US Embassy in Bogotá said it was aware of the case.", "US Embassy", "US"},
		{"A spokesman for the Spanish Embassy in Bogotá confirmed that a request had been filed.", "Spanish Embassy", "ES"},
	}
	for _, tc := range tests {
		d := analyze(t, tc.text)
		if e, m := mentionOf(d, tc.name, 0); m == nil || e.Country != tc.country {
			t.Errorf("%q: want %q of %q:%s", tc.text, tc.name, tc.country, dump(d))
		}
	}
}

// A name with an age set off after it is a person's, whatever the
// recogniser made of it, and its last word alone, typed a body by the
// recogniser, is that person.
func TestAgeMakesPerson(t *testing.T) {
	d := analyze(t, "Police detained Selin Yıldırımer, 31, at her home on Monday. The paper’s account relies on statements from Yıldırımer’s lawyer.")
	e, m := mentionOf(d, "Selin Yıldırımer", 0)
	if m == nil || e.Type != doc.EntityPerson {
		t.Fatalf("want Selin Yıldırımer as a person:%s", dump(d))
	}
	if e2, m := mentionOf(d, "Yıldırımer", 1); m == nil || e2 != e {
		t.Errorf("want the surname as the same person:%s", dump(d))
	}
}

// A demonym joined to "language" or "speaking" names a language, not
// the state: "A Russian-language channel" is no mention of Russia.
func TestLanguageIsNoState(t *testing.T) {
	d := analyze(t, "A Russian-language channel said the vote was fair. Russian forces shelled the town.")
	if _, m := mentionOf(d, "Russian", 0); m != nil {
		t.Errorf("the language is a mention:%s", dump(d))
	}
	if e, m := mentionOf(d, "Russian", 1); m == nil || e.Country != "RU" {
		t.Errorf("want the forces' Russian as Russia:%s", dump(d))
	}
	d = analyze(t, "Military counterintelligence, known by its Spanish acronym DGCIM, detained six officers.")
	if _, m := mentionOf(d, "Spanish", 0); m != nil {
		t.Errorf("the language of an acronym is a mention:%s", dump(d))
	}
}

// "The government" or "the authorities" acting stand for the one state
// named just before; with two states, inside a quotation or not acting,
// they are left alone.
func TestGovernmentAnaphora(t *testing.T) {
	tests := []struct {
		text, state string // state "": no state
	}{
		{"Benin held a presidential election on Sunday. The government denied ordering any restriction.", "Benin"},
		{"Protests spread across Benin on Monday. The authorities said the unrest was over.", "Benin"},
		{"Iran and France exchanged prisoners. The government denied paying a ransom.", ""},
		{"A former analyst in Iran, who still consults for the government, said talks failed.", ""},
		{"Russia withdrew its envoy when the government expelled two diplomats.", ""},
		{"Russia denied the report. \"The government takes every warning seriously,\" a Czech official said.", ""},
	}
	for _, tc := range tests {
		d := analyze(t, tc.text)
		phrase := "The government"
		if !strings.Contains(tc.text, phrase) {
			phrase = "the government"
		}
		if strings.Contains(tc.text, "authorities") {
			phrase = "The authorities"
		}
		e, m := mentionOf(d, phrase, 0)
		got := ""
		if m != nil {
			got = e.Name
		}
		if got != tc.state {
			t.Errorf("%q: %q stands for %q, want %q:%s", tc.text, phrase, got, tc.state, dump(d))
		}
	}
}

// "It" as the subject of a verb of saying stands for the body that was
// the subject of the sentence before; after a person it is left alone.
// The last two words of a body's name, written small, refer back to it.
func TestBodyAnaphora(t *testing.T) {
	d := analyze(t, "The Philippine Coast Guard released a video on Tuesday. It said the video was filmed from a vessel. The coast guard added that two sailors were hurt. Maria Santos said the video was real. It said nothing.")
	e, m := mentionOf(d, "It", 0)
	if m == nil || e.Name != "Philippine Coast Guard" || m.Kind != doc.MentionPronoun {
		t.Errorf("want the first It as the coast guard:%s", dump(d))
	}
	if e, m := mentionOf(d, "It", 1); m != nil {
		t.Errorf("the It after a person is %s:%s", e.Name, dump(d))
	}
	if e, m := mentionOf(d, "The coast guard", 0); m == nil || e.Name != "Philippine Coast Guard" {
		t.Errorf("want the coast guard as the Philippine Coast Guard:%s", dump(d))
	}
	// A kind of actor with a word before it refers back as the kind
	// alone does, and "it" after it in a report stands for the same.
	d = analyze(t, "Al-Shabaab claimed the attack. The militant group said it killed 12 soldiers. Amnesty International said police fired on protesters. In a statement, the rights group urged restraint.")
	for _, w := range [][2]string{{"The militant group", "al-Shabaab"}, {"the rights group", "Amnesty International"}} {
		if e, m := mentionOf(d, w[0], 0); m == nil || e.Name != w[1] {
			t.Errorf("want %q as %s:%s", w[0], w[1], dump(d))
		}
	}
	it := strings.Index(d.Text, " it ") + 1
	linked := false
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			linked = linked || m.Span.Start == it && e.Name == "al-Shabaab"
		}
	}
	if !linked {
		t.Errorf("want the it after the militant group as al-Shabaab:%s", dump(d))
	}
}

// A name and the place after "in" are one name when the acronym after
// them stands for both.
func TestAcronymJoinsPlace(t *testing.T) {
	d := analyze(t, "The European Union Mission in Armenia (EUMA) said a patrol had visited the area. EUMA added that it saw nothing.")
	e, m := mentionOf(d, "European Union Mission in Armenia", 0)
	if m == nil {
		t.Fatalf("want one name for the mission:%s", dump(d))
	}
	if e2, m2 := mentionOf(d, "EUMA", 1); m2 == nil || e2.ID != e.ID {
		t.Errorf("want EUMA as the mission's acronym:%s", dump(d))
	}
	if e.Country != "" {
		t.Errorf("a mission in Armenia is not Armenia's: country %q", e.Country)
	}
}

// Two states' bodies of one name are two entities; the name alone goes
// on from the latest.
func TestStateBodies(t *testing.T) {
	d := analyze(t, "Armenia's Defence Ministry said two soldiers died. Azerbaijan's Defence Ministry rejected that account. The Defence Ministry added that it had lost no one.")
	want := []string{"AM", "AZ", "AZ"}
	for n, c := range want {
		e, m := mentionOf(d, "Defence Ministry", n)
		if m == nil || e.Country != c {
			t.Errorf("Defence Ministry #%d: want a body of %s:%s", n, c, dump(d))
		}
	}
}

// A capital after a preposition is one side of an exchange between
// governments when the noun before the preposition names one; otherwise
// it stays a place.
func TestExchangeMetonym(t *testing.T) {
	tests := []struct {
		text, name string
		nth        int
		country    string // "" when the capital stays a place
	}{
		{"Talks between Moscow and Kyiv stalled on Monday.", "Moscow", 0, "RU"},
		{"Talks between Moscow and Kyiv stalled on Monday.", "Kyiv", 0, "UA"},
		{"The minister said relations with Beijing had soured.", "Beijing", 0, "CN"},
		{"The envoy carried a message to Tehran last week.", "Tehran", 0, "IR"},
		{"Officials complained of pressure from Washington.", "Washington", 0, "US"},
		{"Qatar helped arrange prisoner exchanges between Washington and Tehran.", "Tehran", 0, "IR"},
		{"Manila has lodged diplomatic protests against Beijing.", "Beijing", 0, "CN"},
		{"A 1951 treaty obliges Washington to help defend the Philippines.", "Washington", 0, "US"},
		{"Lebanon called on Washington and Paris to restrain Israel.", "Paris", 0, "FR"},
		{"The bloc suspended part of its budget support to Addis Ababa.", "Addis Ababa", 0, "ET"},
		{"The campaign was funded from Moscow, the report said.", "Moscow", 0, "RU"},
		{"Flights from Moscow and Kyiv resumed on Monday.", "Kyiv", 0, ""},
		{"Troops moved to Kyiv on Monday.", "Kyiv", 0, ""},
		{"Flights from Moscow resumed on Monday.", "Moscow", 0, ""},
	}
	for _, tc := range tests {
		d := analyze(t, tc.text)
		e, m := mentionOf(d, tc.name, tc.nth)
		switch {
		case m == nil:
			t.Errorf("%q: no mention %q:%s", tc.text, tc.name, dump(d))
		case tc.country == "" && m.Kind == doc.MentionMetonym:
			t.Errorf("%q: %q is a metonym of %s:%s", tc.text, tc.name, e.Country, dump(d))
		case tc.country != "" && (m.Kind != doc.MentionMetonym || e.Country != tc.country):
			t.Errorf("%q: want %q as metonym of %s:%s", tc.text, tc.name, tc.country, dump(d))
		}
	}
}

// A small word the recogniser puts inside a name joins its two halves.
func TestNameConnector(t *testing.T) {
	d := analyze(t, "The Syrian Observatory for Human Rights said five people died.")
	if _, m := mentionOf(d, "Syrian Observatory for Human Rights", 0); m == nil {
		t.Errorf("want one name for the observatory:%s", dump(d))
	}
}

// A pronoun with no person named in its sentence or the one before goes
// on from a pronoun linked before it or from the one person named last,
// up to three sentences back, unless a person described, not named,
// comes between.
func TestPronounChains(t *testing.T) {
	tests := []struct {
		text, pronoun string
		nth           int
		name          string // "" when the pronoun is no mention
	}{
		{"Maria Lopez spoke on Monday. \"We will not leave.\" \"Never.\" She added that the talks would go on.", "She", 0, "Maria Lopez"},
		{"Maria Lopez spoke on Monday. She said the talks had failed. \"We tried.\" \"We failed.\" She added that they would go on.", "She", 1, "Maria Lopez"},
		{"John Smith spoke on Monday. \"We tried.\" The author of the report goes further. He suggests that the talks failed.", "He", 0, ""},
		{"Maria Lopez met John Smith. \"We tried.\" \"We failed.\" She left.", "She", 0, ""},
		{"Maria Lopez spoke. \"We tried.\" \"We failed.\" \"We left.\" She left.", "She", 0, ""},
		{"John Smith spoke on Monday. \"We tried.\" A security consultant said the roads were closed. He added that the insurgents avoided battles.", "He", 0, ""},
		// A person whose words tell the other gender is not meant.
		{"His spokeswoman, Yelena Gurova, said the governor was ill. The governor himself was calm. He said the issue was closed.", "He", 0, ""},
		{"Mrs. Clinton met Mr. Sanders on Monday. She said the talks went well.", "She", 0, "Clinton"},
		// Nor is one most pronouns of the other gender go to.
		{"Maria Lopez spoke on Monday. She said the talks had failed. She added that they would go on. Lopez met John Smith on Tuesday. He said little.", "He", 0, "John Smith"},
	}
	for _, tc := range tests {
		d := analyze(t, tc.text)
		e, m := mentionOf(d, tc.pronoun, tc.nth)
		switch {
		case tc.name == "" && m != nil:
			t.Errorf("%q: %q is a mention of %s:%s", tc.text, tc.pronoun, e.Name, dump(d))
		case tc.name != "" && (m == nil || m.Kind != doc.MentionPronoun || e.Name != tc.name):
			t.Errorf("%q: want %q as pronoun of %s:%s", tc.text, tc.pronoun, tc.name, dump(d))
		}
	}
}

// The outlet a document comes from, by its metadata, is an outlet wherever
// the text names it.
func TestOwnOutlet(t *testing.T) {
	text := "Its latest post accused the Nordic Ledger of spreading lies."
	if e, m := mentionOf(analyzeFrom(t, text, "The Nordic Ledger"), "Nordic Ledger", 0); m == nil || e.Type != doc.EntityOutlet {
		t.Errorf("with the outlet's name as metadata, want \"Nordic Ledger\" an outlet:%s", dump(analyzeFrom(t, text, "The Nordic Ledger")))
	}
}

// An adjective before a noun for an outlet names no outlet.
func TestAdjectiveBeforeOutletNoun(t *testing.T) {
	d := analyze(t, "Central Asian outlet says water row escalated.")
	if e, m := mentionOf(d, "Asian", 0); m != nil && e.Type == doc.EntityOutlet {
		t.Errorf("\"Asian\" is an outlet:%s", dump(d))
	}
}

// A hyphened surname alone is the person named in full before.
func TestHyphenedSurname(t *testing.T) {
	d := analyze(t, "The daily's senior political writer, Yumiko Shimabukuro-Tanaka, argues that the reaction was formulaic. Shimabukuro-Tanaka speculates that Beijing is testing Tokyo.")
	full, _ := mentionOf(d, "Yumiko Shimabukuro-Tanaka", 0)
	e, m := mentionOf(d, "Shimabukuro-Tanaka", 1)
	if full == nil || m == nil || e.ID != full.ID {
		t.Errorf("want the second \"Shimabukuro-Tanaka\" a mention of Yumiko Shimabukuro-Tanaka:%s", dump(d))
	}
}

// "it" and "its" in what an organisation or a state says stand for it;
// elsewhere, or for an entity of another kind, they stand for nothing.
func TestItInReports(t *testing.T) {
	tests := []struct {
		text, pronoun, name string // name "" when the pronoun is no mention
	}{
		{"The Pentagon said it had sent 300 troops to Poland.", "it", "Pentagon"},
		{"Moscow denied that its forces had shelled the plant.", "its", "Moscow"},
		// An organ of a state speaks for the state.
		{"Ukraine's air force said it had shot down 23 drones.", "it", "Ukraine"},
		{"The Israeli army said it had struck a command centre.", "it", "Israeli"},
		{"The Israeli novelist said it was over.", "it", ""},
		{"The Pentagon sent troops, and it was a surprise.", "it", ""},
		{"John Smith said it was raining.", "it", ""},
		// Also where the parse hangs the clause elsewhere.
		{"Russia's defence ministry said on Sunday its forces had captured the village of Novohrodivka in the eastern Donetsk region.", "its", "Russia"},
	}
	for _, tc := range tests {
		d := analyze(t, tc.text)
		e, m := mentionOf(d, tc.pronoun, 0)
		switch {
		case tc.name == "" && m != nil:
			t.Errorf("%q: %q is a mention of %s:%s", tc.text, tc.pronoun, e.Name, dump(d))
		case tc.name != "" && (m == nil || m.Kind != doc.MentionPronoun):
			t.Errorf("%q: want %q as pronoun of %s:%s", tc.text, tc.pronoun, tc.name, dump(d))
		case tc.name != "":
			if _, n := mentionOf(d, tc.name, 0); n == nil || !slices.ContainsFunc(e.Mentions, func(x doc.Mention) bool { return x.Span == n.Span }) {
				t.Errorf("%q: %q is not a mention of %s:%s", tc.text, tc.pronoun, tc.name, dump(d))
			}
		}
	}
}

// A capital is its state's government when it acts, also where the parse
// misreads the act; it is the city where something happens to it.
func TestCapitalActs(t *testing.T) {
	tests := []struct {
		text, capital, country string // country "" when the capital is the city
	}{
		{"Baku, for its part, neither confirmed nor denied the talks.", "Baku", "AZ"},
		// A capital that says something speaks for its government,
		// whatever the parse hung it on; where it is said, it is a city.
		{"Drones hit Saratov refinery as Moscow says 87 were shot down overnight", "Moscow", "RU"},
		{"Officials in Kabul said the border was open.", "Kabul", ""},
		{"Analysts say Moscow, which brokered the truce, may oppose the plan.", "Moscow", "RU"},
		{"Russian diplomats have privately warned Ankara against interfering.", "Ankara", "TR"},
		{"Residents fled Kyiv, which was shelled overnight.", "Kyiv", ""},
		// A seat of power before a person's role is the leadership.
		{"Peskov, the Kremlin spokesman, said Russia was not at war.", "Kremlin", "RU"},
		{"Tourists visited the Kremlin.", "Kremlin", ""},
		// A dateline says where the report was filed.
		{"BRUSSELS — European Union leaders failed on Thursday to agree on aid.", "BRUSSELS", ""},
		{"KHARTOUM, March 3 (Reuters) - Sudan's army said it had retaken the market.", "KHARTOUM", ""},
		{"Brussels – EU leaders failed to agree.", "Brussels", ""},
		{"Vienna, for its part, rejected the plan.", "Vienna", "AT"},
		// The subject raised from an act said of it.
		{"Moscow is said to have deployed 1,000 fighters to Mali.", "Moscow", "RU"},
		{"Tehran is believed to have supplied the drones.", "Tehran", "IR"},
		{"Moscow is said to be cold in winter.", "Moscow", ""},
		// A possessive after a preposition is still the state's.
		{"The militia is acting on Tehran's orders.", "Tehran", "IR"},
		{"Protests spread in Moscow's streets.", "Moscow", ""},
		// Whom an act is blamed on acts.
		{"Kyiv blamed the attack on Moscow.", "Moscow", "RU"},
	}
	for _, tc := range tests {
		d := analyze(t, tc.text)
		e, m := mentionOf(d, tc.capital, 0)
		switch {
		case m == nil:
			t.Errorf("%q: no mention %q:%s", tc.text, tc.capital, dump(d))
		case tc.country != "" && (m.Kind != doc.MentionMetonym || e.Country != tc.country):
			t.Errorf("%q: want %s as metonym of %s:%s", tc.text, tc.capital, tc.country, dump(d))
		case tc.country == "" && m.Kind == doc.MentionMetonym:
			t.Errorf("%q: want %s as the city:%s", tc.text, tc.capital, dump(d))
		}
	}
}

// A place name several states share goes to a neighbour of a state the
// text names when it names none of them; a sea belongs to no state.
func TestSharedPlaceNames(t *testing.T) {
	tests := []struct {
		text, place, country string
	}{
		{"Israel said its troops entered Gaza on Monday.", "Gaza", "PS"},
		{"Mozambique said floods hit Gaza province.", "Gaza", "MZ"},
		{"Yemen's Houthis fired missiles at a tanker in the Red Sea.", "Red Sea", ""},
		// Water belongs to no state, whatever state its name holds.
		{"Beijing claims almost the entire South China Sea.", "South China Sea", ""},
		// A name that opens with the place takes the place's state.
		{"Israel said its troops entered the Gaza Strip on Monday.", "Gaza Strip", "PS"},
		{"Israel struck Rafah. The Gaza Health Ministry said 20 people died.", "Gaza Health Ministry", "PS"},
		// A capital stays its state's beside a neighbour of another town
		// of its name.
		{"Washington warned Moscow. Two brokers in London said prices rose.", "London", "GB"},
		// Nor does another state named make it that state's town.
		{"Colombia and Venezuela closed the border. A general who lives in exile in Madrid said the colonel was safe.", "Madrid", "ES"},
		// Named with it, the other state wins.
		{"Canada said floods hit London, Ontario.", "London", "CA"},
	}
	for _, tc := range tests {
		d := analyze(t, tc.text)
		e, m := mentionOf(d, tc.place, 0)
		if m == nil || e.Country != tc.country {
			t.Errorf("%q: want %s in %q:%s", tc.text, tc.place, tc.country, dump(d))
		}
	}
}

// A name after a preposition of place or a verb of moving towards it, or
// ending in a word for a kind of place, is a place; a title after a name
// belongs to the name after it.
func TestPlacesAndTitles(t *testing.T) {
	for _, tc := range []struct {
		text, name, typ string
	}{
		{"Many families had fled towards El Fasher, residents said.", "El Fasher", doc.EntityPlace},
		{"His hostility towards Vladimir Putin is well known.", "Vladimir Putin", doc.EntityPerson},
		{"China accused the Philippines of ramming a vessel near the disputed Sabina Shoal.", "Sabina Shoal", doc.EntityPlace},
		{"Putin had spoken with U.S. President-elect Donald Trump.", "Donald Trump", doc.EntityPerson},
		{"Putin had spoken with U.S. President-elect Donald Trump.", "U.S.", doc.EntityCountry},
		// Nor are ranks and offices of other kinds.
		{"Conservative MP Douglas Renshaw said the figures were wrong.", "Douglas Renshaw", doc.EntityPerson},
		{"Commodore Ramon Villareal said the ships withdrew.", "Ramon Villareal", doc.EntityPerson},
		{"Magistrate Ángela Beatriz Cárdenas wrote a dissent.", "Ángela Beatriz Cárdenas", doc.EntityPerson},
		// A title of several words is not part of the name.
		{"Chief Cabinet Secretary Yoshimasa Hayashi told reporters that Japan would protest.", "Yoshimasa Hayashi", doc.EntityPerson},
		{"Secretary of Homeland Security Alejandro Mayorkas said the border was secure.", "Alejandro Mayorkas", doc.EntityPerson},
		{"Deputy Chief of Staff Maria Lopez said the plan was ready.", "Maria Lopez", doc.EntityPerson},
		{"Deputy Minister for Restoration Oleh Marchenko insisted the corridor would stay open.", "Oleh Marchenko", doc.EntityPerson},
		{"Army spokesman Brig. Gen. Khalid al-Tayeb said the group had shelled the camp.", "Khalid al-Tayeb", doc.EntityPerson},
		{"Vice-Minister for Latin America Yoselin Carrero accused Georgetown of lying.", "Yoselin Carrero", doc.EntityPerson},
		// Particles inside a person's name, two of them too.
		{"Maarten van der Velde, a Dutch physicist, spoke to the paper on Monday.", "Maarten van der Velde", doc.EntityPerson},
		// A name listed with places is a place.
		{"Inspectors visited facilities at Fordow, Natanz and Isfahan.", "Natanz", doc.EntityPlace},
		// A romanised Korean given name is whole.
		{"JCS spokesman Col. Park Ji-hoon said the missile flew 900 km.", "Park Ji-hoon", doc.EntityPerson},
		{"North Korean leader Kim Jong-un watched the launch.", "Kim Jong-un", doc.EntityPerson},
		{"Chief Executive Officer Tim Cook said sales rose.", "Tim Cook", doc.EntityPerson},
		// A broadcaster named by what it is, or by an apposition.
		{"Hospital sources quoted by Radio Okapi said dozens were wounded.", "Radio Okapi", doc.EntityOutlet},
		{"Officials told Kanal Jedan, the UN-backed broadcaster, that the road was closed.", "Kanal Jedan", doc.EntityOutlet},
		{"Sahara Reporters said the governor had fled.", "Sahara Reporters", doc.EntityOutlet},
		// A body's name ending in a title word after "of".
		{"A spokesperson for the Ministry of Defence told AFP that all units were in barracks.", "Ministry of Defence", doc.EntityOrganization},
		// A branch of a known group.
		{"Fighters of Islamic State Sahel Province crossed the border.", "Islamic State Sahel Province", doc.EntityGroup},
		// An outlet named after "news site".
		{"According to a report by the Russian-language news site Azia Segodnya, residents clashed.", "Azia Segodnya", doc.EntityOutlet},
		// A name in apposition after a noun for an outlet.
		{"A popular pro-war Telegram channel, Chernomorsky Front, claimed the ship carried drones.", "Chernomorsky Front", doc.EntityOutlet},
		{"An Urdu-language daily in Peshawar, Roznama Khyber Awaz, reported the clashes.", "Roznama Khyber Awaz", doc.EntityOutlet},
		{"He notes that a Telegram channel close to Malian army units, \"Sahel Sentinelle\", posted on Sunday that the birds are resting.", "Sahel Sentinelle", doc.EntityOutlet},
		// A kind of place after a noun joined to it.
		{"Shells struck a market inside the Abu Shouk displacement camp on Tuesday.", "Abu Shouk", doc.EntityPlace},
		// A bare "agency" in the apposition is as often a government body.
		{"The forms are reviewed by United States Citizenship and Immigration Services, the agency that runs the program.", "United States Citizenship and Immigration Services", doc.EntityOrganization},
	} {
		d := analyze(t, tc.text)
		if e, m := mentionOf(d, tc.name, 0); m == nil || e.Type != tc.typ || d.Slice(m.Span) != tc.name {
			t.Errorf("%q: want %q a %s:%s", tc.text, tc.name, tc.typ, dump(d))
		}
	}
}

// "and" joins two names the recogniser read as one when each is known on
// its own; a state's name may hold "and" itself. A particle the recogniser
// opened the name with belongs to it.
func TestNamesWithAnd(t *testing.T) {
	for _, tc := range []struct {
		text  string
		names []string // mention texts, each its own entity
	}{
		{"Attacks by groups linked to al Qaeda and Islamic State intensified.", []string{"al Qaeda", "Islamic State"}},
		{"Bosnia and Herzegovina rejected the plan.", []string{"Bosnia and Herzegovina"}},
		{"Trinidad and Tobago voted against it.", []string{"Trinidad and Tobago"}},
	} {
		d := analyze(t, tc.text)
		seen := map[string]bool{}
		for _, n := range tc.names {
			e, m := mentionOf(d, n, 0)
			if m == nil || seen[e.ID] {
				t.Errorf("%q: want %q as an entity of its own:%s", tc.text, n, dump(d))
				continue
			}
			seen[e.ID] = true
		}
	}
}

// The name of a dateline is a place, however the recogniser typed it and
// whatever hyphens it holds.
func TestDatelinePlace(t *testing.T) {
	for _, tc := range []struct{ text, place string }{
		{"DEIR AL-BALAH, Gaza Strip — An Israeli airstrike killed 18 people, officials said.", "DEIR AL-BALAH"},
		{"PORT-AU-PRINCE, Haiti (AP) — Gangs attacked the capital's airport on Monday.", "PORT-AU-PRINCE"},
	} {
		d := analyze(t, tc.text)
		if e, m := mentionOf(d, tc.place, 0); m == nil || e.Type != doc.EntityPlace {
			t.Errorf("%q: want %s a place:%s", tc.text, tc.place, dump(d))
		}
	}
}

// A body named with and without its state's adjective is one entity, as
// is a known group after the adjective.
func TestDemonymBeforeBody(t *testing.T) {
	tests := []struct {
		text, long, short string
		nth               int // occurrence of short
	}{
		{"The Syrian Democratic Forces said the Democratic Forces would not retreat.", "Syrian Democratic Forces", "Democratic Forces", 1},
		{"The Sudanese Rapid Support Forces took the airport. The RSF denied it.", "Sudanese Rapid Support Forces", "RSF", 0},
	}
	for _, tc := range tests {
		d := analyze(t, tc.text)
		e1, m1 := mentionOf(d, tc.long, 0)
		e2, m2 := mentionOf(d, tc.short, tc.nth)
		if m1 == nil || m2 == nil || e1.ID != e2.ID {
			t.Errorf("%q: want %q and %q as one entity:%s", tc.text, tc.long, tc.short, dump(d))
		}
	}
}

// An apposition that names a person's role or a kind of place types the
// name before it, whatever the recogniser made of it.
func TestTypeByApposition(t *testing.T) {
	tests := []struct{ text, name, typ string }{
		{"Peskov, the Kremlin spokesman, said Russia was not at war.", "Peskov", doc.EntityPerson},
		{"Kharkiv, the second city, was shelled.", "Kharkiv", doc.EntityPlace},
		// A place the gazetteer does not know, read as a person, with
		// the apposition ending the sentence.
		{"The RSF has taken control of El Fasher, the last army stronghold in Darfur.", "El Fasher", doc.EntityPlace},
	}
	for _, tc := range tests {
		d := analyze(t, tc.text)
		if e, m := mentionOf(d, tc.name, 0); m == nil || e.Type != tc.typ {
			t.Errorf("%q: want %s a %s:%s", tc.text, tc.name, tc.typ, dump(d))
		}
	}
}

func TestAcronymFits(t *testing.T) {
	tests := []struct {
		acr, name string
		want      bool
	}{
		{"CSTO", "Collective Security Treaty Organisation", true},
		{"CENTCOM", "US Central Command", true},
		{"UKMTO", "UK Maritime Trade Operations", true},
		{"CENT", "Central Command", false}, // the beginning of one word only
		{"CEN", "Central", false},          // one word is no abbreviation of several
		{"NATO", "United Nations", false},
		{"XY", "Central Command", false},
	}
	for _, tc := range tests {
		if got := acronymFits(tc.acr, tc.name); got != tc.want {
			t.Errorf("acronymFits(%q, %q) = %v, want %v", tc.acr, tc.name, got, tc.want)
		}
	}
}

// A body whose name holds a state's name belongs to that state.
func TestBodyOfState(t *testing.T) {
	d := analyze(t, "The Israel Defense Forces said it struck targets in Gaza.")
	if e, m := mentionOf(d, "Israel Defense Forces", 0); m == nil || e.Country != "IL" {
		t.Errorf("want the Israel Defense Forces of IL:%s", dump(d))
	}
	// Or whose owner is named in the possessive before it.
	for _, tc := range []struct{ text, name, country string }{
		{"Russia's Defense Ministry said its air defenses destroyed 17 drones.", "Defense Ministry", "RU"},
		{"The United States' Central Command said it struck a radar site.", "Central Command", "US"},
	} {
		d := analyze(t, tc.text)
		if e, m := mentionOf(d, tc.name, 0); m == nil || e.Country != tc.country {
			t.Errorf("want the %s of %s:%s", tc.name, tc.country, dump(d))
		}
	}
	d = analyze(t, "The United Nations and the European Union met in Geneva.")
	for _, n := range []string{"United Nations", "European Union"} {
		if e, m := mentionOf(d, n, 0); m == nil || e.Country != "" {
			t.Errorf("want %s of no state:%s", n, dump(d))
		}
	}
}

// A name that a body's head follows once ("Georgian Dream party") names
// that body everywhere in the document, not a state's adjective and a
// person; a person's name before "administration" stays a person.
func TestBodyNamedOnce(t *testing.T) {
	d := analyze(t, "Georgia's ruling Georgian Dream party declared victory. The commission said Georgian Dream had won 54% of the vote.")
	for k := range 2 {
		if e, m := mentionOf(d, "Georgian Dream", k); m == nil || e.Type != doc.EntityOrganization || e.Country != "GE" {
			t.Errorf("want mention %d of Georgian Dream as an organisation of GE:%s", k, dump(d))
		}
	}
	d = analyze(t, "The Joe Biden administration said Joe Biden was tired.")
	if e, m := mentionOf(d, "Joe Biden", 1); m == nil || e.Type != doc.EntityPerson {
		t.Errorf("want Joe Biden as a person:%s", dump(d))
	}
}

// A month or weekday of a date is no entity, whatever the recogniser
// tagged it.
func TestDateWordsAreNoEntities(t *testing.T) {
	for _, text := range []string{
		"ISLAMABAD, Jan 18 (Reuters) - Pakistan carried out strikes, the ministry said.",
		"The ministry said on 18 Sept. that Pakistan carried out strikes.",
	} {
		d := analyze(t, text)
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if w := d.Slice(m.Span); w == "Jan" || w == "Sept." || w == "Sept" {
					t.Errorf("%q: %q is a mention of %s:%s", text, w, e.Name, dump(d))
				}
			}
		}
	}
}

// A role before a name set off by commas, also after a possessive ("Its
// spokesman, Lawrence Kanyuka,"), makes the name a person's and the role
// a descriptor of that person.
func TestRoleBeforeName(t *testing.T) {
	d := analyze(t, "Its spokesman, Lawrence Kanyuka, was quoted by local radio as saying the group was fighting.")
	e, m := mentionOf(d, "Lawrence Kanyuka", 0)
	if m == nil || e.Type != doc.EntityPerson {
		t.Fatalf("want Lawrence Kanyuka as a person:%s", dump(d))
	}
	if _, r := mentionOf(d, "Its spokesman", 0); r == nil || r.Kind != doc.MentionDescriptor || !slices.ContainsFunc(e.Mentions, func(x doc.Mention) bool { return x.Span == r.Span }) {
		t.Errorf("want 'Its spokesman' as a descriptor of Lawrence Kanyuka:%s", dump(d))
	}
}

// A name an outlet cue types once ("the newspaper Kommersant") is that
// outlet everywhere in the document, also opening a sentence where the
// tagger reads it as a common noun.
func TestOutletNamedOnce(t *testing.T) {
	d := analyze(t, "Kommersant: Moscow and Baku are drifting apart\n\nThe Russian newspaper Kommersant writes that relations have soured.")
	for k := range 2 {
		if e, m := mentionOf(d, "Kommersant", k); m == nil || e.Type != doc.EntityOutlet {
			t.Errorf("want mention %d of Kommersant as an outlet:%s", k, dump(d))
		}
	}
}

// A name the recogniser calls a person's is a place after a preposition
// of place, unless a possessive follows.
func TestPersonTagAfterLocative(t *testing.T) {
	d := analyze(t, "An Israeli air strike on a school in Khan Younis killed 32 people.")
	if e, m := mentionOf(d, "Khan Younis", 0); m == nil || e.Type != doc.EntityPlace {
		t.Errorf("want Khan Younis as a place:%s", dump(d))
	}
	d = analyze(t, "The talks in Putin's view failed.")
	if e, m := mentionOf(d, "Putin", 0); m == nil || e.Type != doc.EntityPerson {
		t.Errorf("want Putin as a person:%s", dump(d))
	}
}

// A kind of business or body right before a name ("energy major
// Chevron", "agency UKMTO") or in apposition before it ("The company,
// Delta Tankers,") makes it an organisation, and a fleet is a body,
// whatever the recogniser tagged.
func TestOrganisationKinds(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Shipping security firm Ambrey said the tanker was boarded.", "Ambrey"},
		{"The tanker had been chartered by energy major Chevron.", "Chevron"},
		{"The U.S. Navy's Fifth Fleet said the seizure was illegal.", "Fifth Fleet"},
		{"The British maritime security agency UKMTO said the tanker was struck.", "UKMTO"},
		{"The company, Delta Tankers, said it had no links to Israel.", "Delta Tankers"},
	} {
		d := analyze(t, tc.text)
		if e, m := mentionOf(d, tc.name, 0); m == nil || e.Type != doc.EntityOrganization {
			t.Errorf("want %s as an organisation:%s", tc.name, dump(d))
		}
	}
}

// An apposition with "a" that says what a name is types it too.
func TestOutletByIndefiniteApposition(t *testing.T) {
	d := analyze(t, "Rybar, a Telegram channel close to the Russian military, wrote that troops had attacked.")
	if e, m := mentionOf(d, "Rybar", 0); m == nil || e.Type != doc.EntityOutlet {
		t.Errorf("want Rybar as an outlet:%s", dump(d))
	}
}

// "Brussels" acting is the European Union, one entity with its name;
// in a document about Belgium it is Belgium's government.
func TestBrusselsActs(t *testing.T) {
	d := analyze(t, "Brussels warned on Monday that it would retaliate. The European Union has prepared a list of goods.")
	e, m := mentionOf(d, "Brussels", 0)
	if m == nil || e.Type != doc.EntityOrganization || e.Name != "European Union" {
		t.Errorf("want Brussels as the European Union:%s", dump(d))
	}
	if e2, m2 := mentionOf(d, "European Union", 0); m2 == nil || e2 != e {
		t.Errorf("want one entity for Brussels and the European Union:%s", dump(d))
	}
	d = analyze(t, "Belgium's prime minister met the king. Brussels said the talks were useful.")
	if e, m := mentionOf(d, "Brussels", 0); m == nil || e.Type != doc.EntityCountry || e.Country != "BE" {
		t.Errorf("want Brussels as Belgium:%s", dump(d))
	}
}

// A name given as another's alias with "known as" is the same entity.
func TestKnownAs(t *testing.T) {
	d := analyze(t, "RSF commander Mohamed Hamdan Dagalo, known as Hemedti, denied the charges.")
	e, m := mentionOf(d, "Mohamed Hamdan Dagalo", 0)
	e2, m2 := mentionOf(d, "Hemedti", 0)
	if m == nil || m2 == nil || e != e2 || e.Type != doc.EntityPerson {
		t.Errorf("want Hemedti as an alias of the person Mohamed Hamdan Dagalo:%s", dump(d))
	}
}

// A group the lexicon knows is not another group of the same head word:
// the Taliban are not the Pakistani Taliban named before.
func TestKnownGroupsApart(t *testing.T) {
	d := analyze(t, "Islamabad accused the Pakistani Taliban of the attack. The Taliban government denies the charge.")
	e, m := mentionOf(d, "Pakistani Taliban", 0)
	e2, m2 := mentionOf(d, "Taliban", 1)
	if m == nil || m2 == nil || e == e2 {
		t.Errorf("want the Taliban apart from the Pakistani Taliban:%s", dump(d))
	}
}

// The words before a connector in an outlet's name name it for short,
// later in the document; a word of a foreign title, after its article,
// does too, before the registry's paper of that word ("the Corriere" of
// "Il Corriere del Tevere" is not Corriere della Sera).
func TestOutletShortName(t *testing.T) {
	d := analyze(t, "The weekly Le Veilleur de Ouaga reported the arrests. Le Veilleur says three officers were held.")
	full, _ := mentionOf(d, "Le Veilleur de Ouaga", 0)
	e, m := mentionOf(d, "Le Veilleur", 1)
	if full == nil || m == nil || e.ID != full.ID || e.Type != doc.EntityOutlet {
		t.Errorf("want the second \"Le Veilleur\" a mention of the outlet Le Veilleur de Ouaga:%s", dump(d))
	}
	d = analyze(t, "Italy's Il Corriere del Tevere goes further than most. The Corriere acknowledges that the figure is rough.")
	full, _ = mentionOf(d, "Il Corriere del Tevere", 0)
	if e, m := mentionOf(d, "Corriere", 1); full == nil || m == nil || e.ID != full.ID {
		t.Errorf("want \"the Corriere\" a mention of Il Corriere del Tevere:%s", dump(d))
	}
}
