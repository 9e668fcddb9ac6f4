package syntax

import (
	"context"
	"testing"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/segment"
)

func segmented(t *testing.T, text string) *doc.Doc {
	t.Helper()
	seg, err := segment.New(segment.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(text)
	if err := seg.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		text, after string // after: the first word after the dateline, "" for none
	}{
		{"BELGRADE, May 30 — Serbia rejected the claim.", "Serbia"},
		{"KHARTOUM, March 3 (Reuters) - Sudan's army said it had retaken the market.", "Sudan"},
		{"WASHINGTON (AP) — The Senate voted on Tuesday.", "The"},
		{"ADDIS ABABA, Feb 12 (AP) — Ethiopia accused Eritrea.", "Ethiopia"},
		{"Kyiv (Reuters) - Russia launched drones overnight.", "Russia"},
		{"Addis Ababa (AP) — Ethiopia accused Eritrea.", "Ethiopia"},
		// A hyphen inside the name ends nothing.
		{"DEIR AL-BALAH, Gaza Strip — An Israeli airstrike killed 18 people.", "An"},
		{"PORT-AU-PRINCE, Haiti (AP) - Gangs attacked the airport.", "Gangs"},
		{"GOMA, Democratic Republic of Congo — An attack killed 12 people.", "An"},
		{"KYIV/MOSCOW, June 6 (Reuters) - Ukraine accused Russia.", "Ukraine"},
		{"NATO leaders met — and argued — in Brussels.", ""},
		{"Moscow (not Kyiv) - as ever - denied it.", ""},
		{"Moscow — the capital — denied it.", ""},
		{"The US said so — twice.", ""},
	}
	for _, tc := range tests {
		d := segmented(t, tc.text)
		s := d.Sentences[0]
		k := datelineEnd(d, s)
		got := ""
		if k > s.First {
			got = d.Tokens[k].Text
		}
		if got != tc.after {
			t.Errorf("%q: dateline ends before %q, want %q", tc.text, got, tc.after)
		}
	}
}

// pieces records the sentences the annotator is given.
type pieces struct{ got [][]string }

func (p *pieces) Annotate(sents []conllu.Sentence) {
	for _, s := range sents {
		p.got = append(p.got, s.Forms())
	}
}

// The dateline goes to the models apart from the sentence it opens, and
// a long sentence in pieces of MaxTokens.
func TestPieces(t *testing.T) {
	d := segmented(t, "BELGRADE, May 30 — Serbia rejected the claim. Officials said one two three four five six.")
	p := &pieces{}
	if err := New(p, Options{MaxTokens: 5}).Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"BELGRADE", ",", "May", "30", "—"},
		{"Serbia", "rejected", "the", "claim", "."},
		{"Officials", "said", "one", "two", "three"},
		{"four", "five", "six", "."},
	}
	if len(p.got) != len(want) {
		t.Fatalf("pieces %q, want %q", p.got, want)
	}
	for i := range want {
		if len(p.got[i]) != len(want[i]) || p.got[i][0] != want[i][0] {
			t.Errorf("piece %d is %q, want %q", i, p.got[i], want[i])
		}
	}
}
