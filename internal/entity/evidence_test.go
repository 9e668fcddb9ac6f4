package entity

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// checkWants runs the stage over text and checks each expected mention.
func checkWants(t *testing.T, text string, wants []want) {
	t.Helper()
	d := analyze(t, text)
	for _, w := range wants {
		e, m := mentionOf(d, w.surface, w.n)
		if w.kind == "" {
			if m != nil {
				t.Errorf("%q (#%d): unexpected %s mention of %s %q:%s", w.surface, w.n, m.Kind, e.Type, e.Name, dump(d))
			}
			continue
		}
		if m == nil {
			t.Errorf("%q (#%d): no mention:%s", w.surface, w.n, dump(d))
			continue
		}
		if m.Kind != w.kind || e.Type != w.typ || e.Country != w.country {
			t.Errorf("%q (#%d): %s mention of %s %q country %q; want %s, %s, %q:%s", w.surface, w.n,
				m.Kind, e.Type, e.Name, e.Country, w.kind, w.typ, w.country, dump(d))
		}
	}
}

// TestStateOrPerson checks that a state or capital name becomes a person
// only on strong evidence, whatever the recogniser's tag on the word.
func TestStateOrPerson(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		wants []want
	}{
		{"capital after official", "Diplomats said official Tbilisi rejected the claim.",
			[]want{{"Tbilisi", 0, doc.MentionMetonym, doc.EntityCountry, "GE"}}},
		{"capital's possessive is the state", "Cairo's response surprised the envoys.",
			[]want{{"Cairo", 0, doc.MentionMetonym, doc.EntityCountry, "EG"}}},
		{"capital's possessive of a place noun is the city", "Residents fled Kabul's outskirts on Monday.",
			[]want{{"Kabul", 0, doc.MentionName, doc.EntityPlace, "AF"}}},
		{"given name that is a state, named as a person before", "Jordan Peterson spoke in London. Jordan said he had no regrets.",
			[]want{{"Jordan", 1, doc.MentionName, doc.EntityPerson, ""}}},
		{"same word, the person and the state", "Jordan Peterson spoke in London. Later Jordan said he would visit Jordan in May.",
			[]want{{"Jordan", 1, doc.MentionName, doc.EntityPerson, ""}, {"Jordan", 2, doc.MentionName, doc.EntityCountry, "JO"}}},
		{"the state after a person's name with the same word", "Michael Jordan toured Jordan last year.",
			[]want{{"Jordan", 1, doc.MentionName, doc.EntityCountry, "JO"}}},
		{"given name that is a state, named as a person before, again", "Georgia Lopez chaired the meeting. Afterwards Georgia said she was pleased.",
			[]want{{"Georgia", 1, doc.MentionName, doc.EntityPerson, ""}}},
		{"given name that is a state, the state named by adjective", "The Jordanian army closed the border, and Jordan said the crossing would stay shut.",
			[]want{{"Jordan", 1, doc.MentionName, doc.EntityCountry, "JO"}}},
		{"given name that is a state, referred to as it", "Chad said it would reopen the crossing next week.",
			[]want{{"Chad", 0, doc.MentionName, doc.EntityCountry, "TD"}}},
		{"state that is no given name", "Analysts expect that Uganda will sign the accord.",
			[]want{{"Uganda", 0, doc.MentionName, doc.EntityCountry, "UG"}}},
		{"capital that is no given name, as subject", "Later that day Nairobi protested to the envoy.",
			[]want{{"Nairobi", 0, doc.MentionMetonym, doc.EntityCountry, "KE"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkWants(t, c.text, c.wants) })
	}
}

// TestGovernmentPhrase checks "<state adjective> government" as a
// descriptor of the state beside the adjective's demonym mention.
func TestGovernmentPhrase(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		wants []want
	}{
		{"government", "The Kenyan government denied the report on Friday.",
			[]want{{"Kenyan government", 0, doc.MentionDescriptor, doc.EntityCountry, "KE"},
				{"Kenyan", 0, doc.MentionDemonym, doc.EntityCountry, "KE"}}},
		{"authorities", "Ugandan authorities arrested two journalists.",
			[]want{{"Ugandan authorities", 0, doc.MentionDescriptor, doc.EntityCountry, "UG"}}},
		{"other nouns stay demonyms only", "Ugandan troops crossed the river.",
			[]want{{"Ugandan troops", 0, "", "", ""}, {"Ugandan", 0, doc.MentionDemonym, doc.EntityCountry, "UG"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkWants(t, c.text, c.wants) })
	}
}

// TestPlaceAnaphora checks "the province" and "the city" referring back
// to the one place of their kind named just before.
func TestPlaceAnaphora(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		wants []want
	}{
		{"province", "Fighting spread to Sindh on Tuesday. Aid groups said the province was cut off.",
			[]want{{"the province", 0, doc.MentionDescriptor, doc.EntityPlace, "PK"}}},
		{"city", "Shelling hit Karachi overnight, and the city was left without power.",
			[]want{{"the city", 0, doc.MentionDescriptor, doc.EntityPlace, "PK"}}},
		{"two provinces: no guess", "Floods hit Sindh and Balochistan, and the province asked for help.",
			[]want{{"the province", 0, "", "", ""}}},
		{"a city is not a province", "Shelling hit Karachi overnight, and the province was left without power.",
			[]want{{"the province", 0, "", "", ""}}},
		{"too far back", "Floods hit Sindh. Rain fell for days. Roads closed. Schools shut. Then the province asked for help.",
			[]want{{"the province", 0, "", "", ""}}},
		{"the province of X is not an anaphor", "Karachi is the largest city in the province of Sindh.",
			[]want{{"the province", 0, "", "", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkWants(t, c.text, c.wants) })
	}
}

// TestActorAnaphora checks "the group", "the ministry" and "the senator"
// referring back to the one actor they fit.
func TestActorAnaphora(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		wants []want
	}{
		{"a noun for the kind", "Hezbollah denied firing the rockets. In a statement, the group said it had no connection to them.",
			[]want{{"the group", 0, doc.MentionDescriptor, doc.EntityGroup, "LB"}}},
		{"the head of the name", "The Health Ministry said 11 people were killed. The ministry added that 40 were wounded.",
			[]want{{"The ministry", 0, doc.MentionDescriptor, doc.EntityOrganization, ""}}},
		{"the head before of", "The Ministry of Health said 11 people were killed. Later the ministry added that 40 were wounded.",
			[]want{{"the ministry", 0, doc.MentionDescriptor, doc.EntityOrganization, ""}}},
		{"a title before the name", "Senator Jane Whitcomb spoke on Monday. Later the senator said talks continued.",
			[]want{{"the senator", 0, doc.MentionDescriptor, doc.EntityPerson, ""}}},
		{"a bloc", "ECOWAS condemned the coup. The bloc said it would impose sanctions.",
			[]want{{"The bloc", 0, doc.MentionDescriptor, doc.EntityOrganization, ""}}},
		{"two groups: no guess", "Hezbollah and Hamas denied firing the rockets. In a statement, the group said it had no connection to them.",
			[]want{{"the group", 0, "", "", ""}}},
		{"a complement makes no anaphor", "Hezbollah denied firing the rockets. The group of lawmakers said nothing.",
			[]want{{"The group", 0, "", "", ""}}},
		{"a predicate refers to no one", "Senator Jane Whitcomb spoke on Monday. Should Smith become the senator, taxes will rise.",
			[]want{{"the senator", 0, "", "", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkWants(t, c.text, c.wants) })
	}
}

// TestTagNoise runs the stage again after setting some name tags by hand,
// as a weaker or differently trained recogniser might leave them, and
// checks that the outcome does not hinge on them. Tags are given per
// occurrence of a token's text ("Biden#1" is its second occurrence).
func TestTagNoise(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		tags  map[string]string
		wants []want
		same  [][2]string // mention surfaces (with occurrence) in one entity
	}{
		{"lone person tag on a capital's possessive", "Observers questioned Lima's version of events.",
			map[string]string{"Lima#0": "B-PER"},
			[]want{{"Lima", 0, doc.MentionMetonym, doc.EntityCountry, "PE"}}, nil},
		{"lone person tag on a state named by adjective too", "Kenya will pay, the Kenyan minister said.",
			map[string]string{"Kenya#0": "B-PER"},
			[]want{{"Kenya", 0, doc.MentionName, doc.EntityCountry, "KE"}}, nil},
		{"lone person tag on a state that is no given name", "Critics say Nigeria has waited too long.",
			map[string]string{"Nigeria#0": "B-PER"},
			[]want{{"Nigeria", 0, doc.MentionName, doc.EntityCountry, "NG"}}, nil},
		{"given name with a person pronoun", "Kenya said she would run again.",
			map[string]string{"Kenya#0": "B-PER"},
			[]want{{"Kenya", 0, doc.MentionName, doc.EntityPerson, ""}}, nil},
		{"place tag on a word of a person named before", "Jordan Peterson spoke first. Jordan said he had no regrets.",
			map[string]string{"Jordan#1": "B-LOC"},
			[]want{{"Jordan", 1, doc.MentionName, doc.EntityPerson, ""}}, nil},
		{"place tag on the state, a person with that word named before", "Jordan Peterson spoke first. Jordan said it would close the border.",
			map[string]string{"Jordan#1": "B-LOC"},
			[]want{{"Jordan", 1, doc.MentionName, doc.EntityCountry, "JO"}}, nil},
		{"surname tagged as an organisation and as a place", "Maria Okafor leads the poll. Rivals attacked Okafor, and voters in Lagos backed Okafor.",
			map[string]string{"Okafor#1": "B-ORG", "Okafor#2": "B-LOC"},
			[]want{{"Okafor", 1, doc.MentionName, doc.EntityPerson, ""}, {"Okafor", 2, doc.MentionName, doc.EntityPerson, ""}},
			[][2]string{{"Maria Okafor", "Okafor#1"}, {"Maria Okafor", "Okafor#2"}}},
		{"person span split by the recogniser", "Jordan Peterson said the book was finished.",
			map[string]string{"Jordan#0": "B-PER", "Peterson#0": "B-PER"},
			[]want{{"Jordan", 0, doc.MentionName, doc.EntityPerson, ""}}, nil},
		{"suffix and comma outside the person tag, surname untagged", "Joseph R. Biden, Jr., spoke first. Biden then left.",
			map[string]string{"Joseph#0": "B-PER", "R.#0": "I-PER", "Biden#0": "I-PER", ",#0": "O", "Jr.#0": "O", "Biden#1": "O"},
			nil, [][2]string{{"Joseph R. Biden, Jr.", "Biden#1"}}},
		{"suffix tagged as a new person", "Samuel L. Okafor Jr. arrived. Okafor spoke.",
			map[string]string{"Samuel#0": "B-PER", "L.#0": "I-PER", "Okafor#0": "I-PER", "Jr.#0": "B-PER", "Okafor#1": "B-PER"},
			nil, [][2]string{{"Samuel L. Okafor Jr.", "Okafor#1"}}},
	}
	st, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := analyze(t, c.text)
			seen := map[string]int{}
			set := map[string]bool{}
			for i := range d.Tokens {
				k := d.Tokens[i].Text + "#" + strconv.Itoa(seen[d.Tokens[i].Text])
				seen[d.Tokens[i].Text]++
				if tag, ok := c.tags[k]; ok {
					d.Tokens[i].NER = tag
					set[k] = true
				}
			}
			for k := range c.tags {
				if !set[k] {
					t.Fatalf("no token %s in %q", k, c.text)
				}
			}
			if err := st.Run(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			for _, w := range c.wants {
				e, m := mentionOf(d, w.surface, w.n)
				if m == nil || m.Kind != w.kind || e.Type != w.typ || e.Country != w.country {
					t.Errorf("%q: want %s %s %q:%s", w.surface, w.kind, w.typ, w.country, dump(d))
				}
			}
			for _, p := range c.same {
				sa, na := surfaceOcc(p[0])
				sb, nb := surfaceOcc(p[1])
				ea, _ := mentionOf(d, sa, na)
				eb, _ := mentionOf(d, sb, nb)
				if ea == nil || eb == nil || ea.ID != eb.ID {
					t.Errorf("%q and %q should be one entity:%s", p[0], p[1], dump(d))
				}
			}
		})
	}
}

// surfaceOcc splits "Biden#1" into its text and occurrence.
func surfaceOcc(s string) (string, int) {
	if i := strings.LastIndex(s, "#"); i > 0 {
		n, err := strconv.Atoi(s[i+1:])
		if err == nil {
			return s[:i], n
		}
	}
	return s, 0
}
