package certainty_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/attribution"
	"github.com/hearsaynews/hearsay/internal/attribution/attrtest"
	"github.com/hearsaynews/hearsay/internal/certainty"
	"github.com/hearsaynews/hearsay/internal/doc"
)

// show prints a claim as "span | certainty polarity | hedges [| aN]".
func show(d *doc.Doc, c doc.Claim) string {
	var hs []string
	for _, h := range c.Hedges {
		hs = append(hs, d.Slice(h))
	}
	s := fmt.Sprintf("%s | %s %s | %s", d.Slice(c.Span), c.Certainty, c.Polarity, strings.Join(hs, "; "))
	if c.Attribution != "" {
		s += " | " + c.Attribution
	}
	return s
}

func run(t *testing.T, name string, parsed bool) *doc.Doc {
	t.Helper()
	d, err := attrtest.Load("testdata", name, parsed)
	if err != nil {
		t.Fatal(err)
	}
	at, _ := attribution.New(attribution.Options{})
	ce, err := certainty.New(certainty.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := at.Run(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := ce.Run(ctx, d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestClaims checks each certainty mechanism on sentences written for it,
// with the parse and with tags only.
func TestClaims(t *testing.T) {
	cases := []struct {
		name string
		want []string
	}{
		{"hedges", []string{
			"c1 The storm may reach the coast tomorrow | possible positive | may",
			"c2 the talks will resume | doubtful positive | It seems unlikely",
			"c3 the village will be flooded | conditional positive | If the river rises",
			"c4 The minister is unwilling to resign | certain negative | ",
			"c5 Perhaps the answer lies elsewhere | possible positive | Perhaps",
			"c6 The rebels apparently withdrew overnight | probable positive | apparently",
			"c7 You cannot but admire her courage | certain positive | ",
			// "Will the talks resume?" is a question: no claim.
		}},
		// Near certainty is probable; "there is no evidence that" doubts.
		{"near-certainty", []string{
			"c1 The convoy was almost certainly hit by a missile | probable positive | almost certainly",
			"c2 the hospital was used by the army | doubtful positive | There is no evidence"}},
		// What may not be excluded is possible; a negated "clear" doubts;
		// an intransitive "fail" asserts a failure.
		{"not-excluded", []string{
			"c1 the envoy resigned | possible positive | It is not excluded",
			"c2 the talks will fail | possible positive | It cannot be ruled out",
			"c3 the border will reopen | doubtful positive | It is not clear"}},
		// A frame the report interrupts hedges what is reported; what a
		// source does not rule out is possible.
		{"interrupted-frame-and-not-ruled-out", []string{
			"c1 It is possible | possible positive | possible",
			"c2 the talks will fail | possible positive | It is possible | a1",
			"c3 It is unlikely | doubtful positive | unlikely",
			"c4 the border will reopen | doubtful positive | It is unlikely | a2",
			"c5 troops would be sent | possible positive | not rule out | a3"}},
		// "if anything," sets no condition; a report set off by commas
		// is not the clause's verb; "never" before a verb negates it,
		// also one the tagger read as a participle.
		{"connectives-asides-never", []string{
			"c1 \"The groups have not been weakened; if anything, they control more territory,\" | certain negative |  | a1",
			"c2 If anything, the army is stronger | certain positive | ",
			"c3 The notes, she added, were not an official record | certain negative |  | a2",
			"c4 The army never withdrew from the town | certain negative | ",
			"c5 Prices never recovered | certain negative | "}},
		// What is asked whether is open, as what is unclear.
		{"asked-whether", []string{
			"c1 the service had warned the government | doubtful positive | asked whether | a1",
			"c2 the talks would fail | doubtful positive | wondered if | a2"}},
		// A live report's time stamp is no part of the claim.
		{"time-stamps", []string{
			"c1 The prosecutor opened the session | certain positive | ",
			"c2 The defence objected to the question | certain positive | "}},
		// What is not known, or unknown, is in doubt.
		{"not-known", []string{
			"c1 the commander survived | doubtful positive | It is not known",
			"c2 the convoy arrived | doubtful positive | It remains unknown",
			"c3 The village is known as Little Kabul | certain positive | "}},
		// "no fewer than" and "no more than" bound a number and deny
		// nothing; "no more" alone does.
		{"number-bounds", []string{
			"c1 The strike killed no fewer than 14 civilians | certain positive | ",
			"c2 No more than a dozen soldiers remained in the town | certain positive | ",
			"c3 There is no more food in the camp | certain negative | "}},
		// "If you look at" points the listener; it sets no condition.
		// A particle after its verb, or a preposition a question word
		// strands, ends a clause.
		{"pointers-and-particles", []string{
			"c1 \"If you look at the wake, the ship is clearly the one changing course,\" | certain positive |  | a1",
			"c2 the war will go on | conditional positive | If the talks fail",
			"c3 The fighting will go on | certain positive | ",
			"c4 what evidence the claim was based on | doubtful positive | It was not clear"}},
		// The concession is not part of what the mayor is reported to
		// have said: the writer puts it forward.
		{"concession", []string{
			"c1 the road would reopen | certain positive |  | a1",
			"c2 repairs were still under way | certain positive | ",
		}},
		// A source that does not confirm does not vouch for the
		// content, and the auxiliaries left around the attribution
		// assert nothing; a denial is the source's own claim.
		{"negated-cue", []string{
			"c1 The claims | doubtful positive | not | a1",
			"c2 the report | doubtful positive | not | a2",
			"c3 it had shelled the town | certain positive |  | a3",
		}},
		// Neither confirming nor denying is not vouching: the negation
		// opens the cue, or comes before it.
		{"neither-nor", []string{
			"c1 the strike | doubtful positive | neither | a1",
			"c2 the reports | doubtful positive | not | a2",
		}},
		// A passive of rumouring weakens the clause it embeds, also as
		// what someone else says.
		{"passive-raising", []string{
			"c1 The general is rumoured to have fled | possible positive | is rumoured | a1",
		}},
		// A source that held back from saying something does not vouch
		// for it.
		{"held-back", []string{
			"c1 the talks had failed | doubtful positive | refrained from | a1",
			"c2 the invasion | doubtful positive | avoids | a2",
		}},
		// A negation inside the cue ("could not be confirmed") doubts
		// what it restates.
		{"unconfirmed-passive", []string{
			"c1 he was released | certain positive |  | a1",
			"c2 the claim | doubtful positive | not | a2",
		}},
		// A hedging adjective in quotation marks, whatever its tag.
		{"quoted-hedge", []string{
			`c1 it was "highly likely" that the flights were reconnaissance missions | probable positive | it was "highly likely" | a1`,
		}},
		// A writer who calls what reports say false doubts it.
		{"reports-called-false", []string{
			"c1 the president had fled | doubtful positive | are false | a1",
			"c2 the army had retreated | certain positive |  | a2",
		}},
		// The verb of a relative clause set off after the subject is
		// not the clause's own.
		{"relative-before-modal", []string{
			"c1 Moscow, which brokered the ceasefire, may oppose the plan | possible positive | may",
		}},
		// An open question after a doubting frame is in doubt; a
		// settled one is not.
		{"open-question", []string{
			"c1 who fired first | doubtful positive | It remains unclear",
			"c2 It is clear who won | certain positive | ",
		}},
		// A condition opening a quotation is the hedge, not the whole
		// quotation.
		{"quoted-condition", []string{
			`c1 "If the talks fail, the war will go on," | conditional positive | If the talks fail | a1`,
		}},
		// A source that says of itself that nobody has checked it.
		{"unconfirmed", []string{
			"c1 the airport had been captured | possible positive | Unconfirmed | a1",
		}},
		{"attributed-belief", []string{
			"c1 the fire was set deliberately | probable positive | believe | a1",
		}},
		{"indirect", []string{
			"c1 The army launched a new offensive | certain positive | ",
			"c2 This | probable positive | indirectly | a1",
		}},
		{"negation", []string{
			"c1 The bridge was not damaged | certain negative | ",
			"c2 Nobody was hurt | certain negative | ",
		}},
		{"clauses", []string{
			"c1 Rain fell all night | certain positive | ",
			"c2 the hills stayed dry | certain positive | ",
			"c3 The talks collapsed | certain positive | ",
			"c4 the envoys left | certain positive | ",
		}},
		// A participle on the noun of a prepositional phrase and a name
		// the tagger read a verb in are no clauses of the writer's.
		{"no-clause", []string{
			"c1 the army killed 300 people | certain positive |  | a1",
			"c2 soldiers shot them | certain positive |  | a2",
		}},
		// A condition put by inversion hedges the clause after it, as a
		// fronted if-clause does.
		// What an attribution leaves of a clause is no claim: a frame
		// that needs more, an auxiliary with a phrase, a phrase with a
		// clause inside it. A whole sentence still is.
		{"leftover-fragments", []string{
			"c1 arrests before they were made public | certain positive |  | a1",
			"c2 villagers were afraid | certain positive |  | a2",
			"c3 villagers were afraid | certain positive |  | a3",
			"c4 He spoke by telephone from a church where he had taken shelter | certain positive |  | a4",
			"c5 The talks failed | certain positive | ",
			"c6 the figure | doubtful positive | not | a5",
		}},
		// A hedge adjective after a linking verb, or inside quotation
		// marks in the verb group; "no" right after the verb group; a
		// report inside a condition.
		{"linking-no-and-conditional-report", []string{
			"c1 The Kurdish authorities remain unlikely to act against the fighters | doubtful positive | unlikely",
			"c2 the weapons were \"most likely\" procured in Libya | probable positive | likely | a1",
			"c3 there are no plans for a new wave of mobilisation | certain negative |  | a2",
			"c4 the minister breached the code | conditional positive | If the adviser finds | a3",
			"c5 she will resign | conditional positive | If the adviser finds that the minister breached the code",
			// "no" that affirms by denying.
			"c6 The minister made no secret of his frustration | certain positive | "}},
		// A verification said to be impossible vouches for nothing.
		{"not-possible-to-verify", []string{
			"c1 the vote was rigged | certain positive |  | a1",
			"c2 that account independently | doubtful positive | not | a2"}},
		// The verb of a relative clause on the subject is not the
		// claim's: its own modal is.
		{"modal-after-relative", []string{
			"c1 Readers who followed more than one outlet may have come away with very different pictures | possible positive | may",
			"c2 Talks that began in May could collapse next week | possible positive | could",
			// "appear" with nothing it seems is no hedge.
			"c3 The claim first appeared on a forum on Tuesday | certain positive | "}},
		{"inverted-condition", []string{
			"c1 the outcome might well have been different | conditional positive | Had the brigades been given more time to train",
			"c2 sanctions will follow | conditional positive | Should talks fail",
		}},
		// "could not" says a thing was not done; "could" alone that it
		// may be.
		{"could-not", []string{
			"c1 Without air cover, they could not hit anything | certain negative | ",
			"c2 The rebels could take the city | possible positive | could",
		}},
		// A raising verb in the cue hedges what it shows.
		{"raising-cue-hedge", []string{
			"c1 scorch marks near two storage tanks | probable positive | appeared to | a1",
		}},
		// Signs and indications point to a clause without
		// establishing it; little doubt leaves it all but certain.
		{"indications", []string{
			"c1 the army is running out of shells | probable positive | There are growing signs",
			"c2 the strike was deliberate | certain positive | ",
		}},
		// Rumours report a clause no one has checked, also where the
		// sentence's own verb is read as a participle.
		{"rumours", []string{
			"c1 the president had fled | possible positive | Rumours | a1",
		}},
		// A negation that opens what a confirmation is about doubts it.
		{"neither-verified", []string{
			"c1 Russia of blowing up the dam | certain positive |  | a1",
			"c2 Neither claim | doubtful positive | Neither | a2",
		}},
		{"footnote", []string{
			"c1 The group met in secret | certain positive | ",
		}}, // A negative subject of a confirmation vouches for nothing.
		{"negative-source", []string{
			"c1 the meeting | doubtful positive | Neither | a1",
		}},
		// A hedge adverb set off at the start is the writer's hedge.
		{"hedge-opening", []string{
			"c1 Presumably, the strike was a response to Russian attacks | probable positive | Presumably",
		}},
		// A negation in an apposition's relative clause does not negate
		// the claim, whose past tense the tagger read as a participle.
		{"negation-in-apposition", []string{
			"c1 some of the aircraft crossed the median line, a boundary that Beijing does not recognise | certain positive |  | a1",
		}},
		// An aside and the auxiliary of the cue left between source and
		// cue assert nothing.
		// A writer's frame whose clause a report holds asserts nothing.
		{"frame-that", []string{
			"c1 the systems have never been used | certain negative |  | a1",
		}},
		{"auxiliary-left", []string{
			"c1 they consider a diplomatic solution unlikely | certain positive |  | a1",
			"c2 a diplomatic solution unlikely | certain positive |  | a2",
		}},
		// A relative clause or a participle left of a source describes
		// it and asserts nothing.
		{"source-asides", []string{
			"c1 the order came from the regulator | certain positive |  | a1",
			"c2 the transfer was likely | probable positive | likely | a2",
		}},
		// The words that open a clause a report took belong to it.
		{"clause-openers-left", []string{
			"c1 The paper ends its coverage with a quote from the minister | certain positive | ",
			"c2 she resigned | certain positive |  | a1",
		}},
	}
	// Cases whose attributions the tags alone do not find as the tree
	// does; their claims are checked with the tree only.
	treeOnly := map[string]bool{"passive-raising": true, "held-back": true}
	for _, c := range cases {
		for _, parsed := range []bool{true, false} {
			if !parsed && treeOnly[c.name] {
				continue
			}
			t.Run(fmt.Sprintf("%s/parsed=%v", c.name, parsed), func(t *testing.T) {
				d := run(t, c.name, parsed)
				var got []string
				for _, cl := range d.Claims {
					got = append(got, cl.ID+" "+show(d, cl))
				}
				if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
					t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
				}
			})
		}
	}
}

func TestInputErrors(t *testing.T) {
	if _, err := certainty.New(certainty.Options{MinClaimWords: -1}); err == nil {
		t.Error("negative MinClaimWords accepted")
	}
	st, _ := certainty.New(certainty.Options{})
	if err := st.Run(context.Background(), doc.New("Never segmented.")); !errors.Is(err, certainty.ErrNoSentences) {
		t.Errorf("unsegmented doc: got %v", err)
	}
	if err := st.Run(context.Background(), doc.New("")); err != nil {
		t.Errorf("empty doc: %v", err)
	}
	// An attribution whose content lies outside every token is skipped,
	// not a panic.
	d, _ := attrtest.Load("testdata", "negation", true)
	d.Attributions = []doc.Attribution{{ID: "a1", Content: doc.Span{Start: d.Len(), End: d.Len()}}}
	if err := st.Run(context.Background(), d); err != nil {
		t.Errorf("stray attribution: %v", err)
	}
}
