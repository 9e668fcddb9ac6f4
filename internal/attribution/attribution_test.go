package attribution_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/attribution"
	"github.com/hearsaynews/hearsay/internal/attribution/attrtest"
	"github.com/hearsaynews/hearsay/internal/doc"
)

// show prints an attribution as "source (kind) | cue (type) | content"
// with parent, refers-to and date when set; the parts of a content its
// cue interrupts are joined by " … ".
func show(d *doc.Doc, a doc.Attribution) string {
	content := d.Slice(a.Content)
	if len(a.ContentParts) > 0 {
		parts := make([]string, len(a.ContentParts))
		for i, p := range a.ContentParts {
			parts[i] = d.Slice(p)
		}
		content = strings.Join(parts, " … ")
	}
	s := fmt.Sprintf("%s (%s) | %s (%s) | %s", d.Slice(a.Source.Span), a.Source.Kind, d.Slice(a.Cue.Span), a.Cue.Type, content)
	if a.Parent != "" {
		s += " | parent " + a.Parent
	}
	if a.RefersTo != "" {
		s += " | refers " + a.RefersTo
	}
	if a.Date != "" {
		s += " | date " + a.Date
	}
	return a.ID + " " + s
}

func run(t *testing.T, name string, parsed bool, published string) *doc.Doc {
	t.Helper()
	d, err := attrtest.Load("testdata", name, parsed)
	if err != nil {
		t.Fatal(err)
	}
	d.Published = published
	st, err := attribution.New(attribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestMechanisms runs each mechanism on sentences written for it, once with
// the parse and once with tags only (as with a parse too poor to use):
// both must give the same attributions.
func TestMechanisms(t *testing.T) {
	cases := []struct {
		name      string
		published string
		want      []string
	}{
		{"say-that", "", []string{
			"a1 The mayor of Springfield, Jane Doe (person) | said (statement) | the bridge would reopen next week | date 03-03"}},
		{"say-that", "2023-03-05", []string{
			"a1 The mayor of Springfield, Jane Doe (person) | said (statement) | the bridge would reopen next week | date 2023-03-03"}},
		{"according-front", "", []string{
			"a1 the Daily Ledger (outlet) | According to (statement) | the factory closed its doors in June"}},
		// A description after the name belongs to the phrase, and the
		// content is the clause before it.
		{"according-appositive", "", []string{
			"a1 Uzi Arad, a former national security adviser to the governor (person) | according to (statement) | He could win the state"}},
		// The dateline is the writer's, not part of what is reported.
		{"dateline-source", "", []string{
			"a1 The mayor’s campaign (group) | said (statement) | it is looking for a new manager"}},
		// The possessive of a plural is no closing quotation mark.
		{"quote-plural-possessive", "", []string{
			"a1 Jane Roe, the Greens’ campaign manager (person) | said (statement) | “We raised more than we spent in the first quarter of the year, and the numbers we have seen since January put us well ahead of every goal we set,”"}},
		// "by" and a bare noun is how it was said, not by whom.
		{"said-by-means", "", []string{
			"a1 the envoy (person) | said (statement) | “The talks went well,”"}},
		{"dateline-content", "", []string{
			"a1 financial documents (document) | according to (statement) | The senator invested in the companies he attacks"}},
		{"according-mid", "", []string{
			"a1 local traders (group) | according to (statement) | fuel is now scarce in the north"}},
		{"parenthetical", "", []string{
			"a1 the report (document) | continues (statement) | the dam was never inspected"}},
		{"final-cue", "", []string{
			"a1 the minister (person) | warned (statement) | The plan will fail"}},
		{"passive-anaphor", "", []string{
			"a1 The company (group) | announced (statement) | new layoffs",
			"a2 two union leaders (group) | confirmed (confirmation) | This | refers a1"}},
		{"nested-accusation", "", []string{
			"a1 A report released by the Harbor Tribune (document) | said (statement) | the governor accused the council of hiding the costs",
			"a2 the governor (person) | accused (accusation) | the council of hiding the costs | parent a1"}},
		{"object-coordinated", "", []string{
			"a1 The governor (person) | endorsed (statement) | the new budget"}},
		{"object-bare-time", "", []string{
			"a1 The senator (person) | praised (statement) | the agreement"}},
		{"see-as", "", []string{
			"a1 Many farmers (group) | see (belief) | the new tariff as a threat to their exports"}},
		{"see-object", "", nil},
		{"asked-question", "", []string{
			"a1  () | Asked (statement) | whether the plant would close"}},
		{"adj-prep", "", []string{
			"a1 The union (group) | has long been critical of (statement) | the new pension rules"}},
		{"adj-prep-no-copula", "", nil},
		{"quote-lead", "", []string{
			"a1 the economist (person) | said (statement) | The new tax plan “is a recipe for debt,”"}},
		{"attack-verbal", "", []string{
			"a1 The mayor (person) | attacked (accusation) | the council for its spending"}},
		{"attack-force", "", nil},

		{"own-prep", "", []string{
			"a1 The minister (person) | pointed to (statement) | the falling price of grain"}},
		{"own-prep-other", "", nil},
		{"in-source", "", []string{
			"a1 a survey released on Monday (document) | In (statement) | most farmers planted less wheat than last year"}},
		{"in-source-occasion", "", []string{
			"a1 the farmer (person) | said (statement) | the harvest would be poor"}},
		{"particle-out", "", []string{
			"a1 The mayor (person) | laid out (statement) | a plan for the new harbor"}},
		{"particle-out-absent", "", nil},
		{"quote-continued", "", []string{
			"a1 she (person) | said (statement) | “We will not give up,” … “The vote was stolen.”"}},
		{"quote-colon", "", []string{
			"a1 The senator (person) | told (statement) | “This bill is dead.”"}},
		{"relay", "", []string{
			"a1 An article published by the Valley Courier (document) | said (statement) | the old mill will close next year",
			"a2 The author (author) | believes (belief) | the owners had planned the sale for years | parent a1",
			"a3 the article (document) | concludes (statement) | The town will suffer | parent a1"}},
		{"belief", "", []string{
			"a1 Officials (unnamed) | suspect (belief) | the fire was set deliberately"}},
		// A headline in sentence case drops what makes a clause; what
		// follows the verb is what was said.
		{"headline-sentence-case", "", []string{
			"a1 Houthis (person) | claim (statement) | attack on tanker in Red Sea",
			"a2 US (group) | says (statement) | no damage reported",
			"a3 Police (group) | say (statement) | two dead in shooting"}},
		// A connective that opens the sentence says nothing; "insist"
		// reports through "on".
		{"connective-is-no-content", "", []string{
			"a1 Egypt (group) | insisted on (statement) | its neutrality"}},
		// Reports that open a sentence as its subject are its source;
		// what is denied of claims is their clause.
		{"subject-report", "", []string{
			"a1 Reports (unnamed) | that (statement) | the president had fled",
			"a2 Claims (unnamed) | that (statement) | Iran supplied the drones",
			"a3 Tehran (group) | denied (denial) | Iran supplied the drones"}},
		// "X quoted Y as saying Z": Y says Z, as X reports.
		{"quoted-as-active", "", []string{
			"a1 State media (outlet) | quoted (statement) | the drills were necessary",
			"a2 military experts (unnamed) | saying (statement) | the drills were necessary | parent a1",
			"a3 The agency (group) | cited (statement) | talks had stalled",
			"a4 a senior official (unnamed) | saying (statement) | talks had stalled | parent a3"}},
		// A pronoun right after the author of the retold article is the
		// author again.
		{"relay-pronoun", "", []string{
			"a1 An article published by the Lakeside Gazette (document) | said (statement) | the bridge would close",
			"a2 The author (author) | believes (belief) | the city lacked funds | parent a1",
			"a3 She (author) | notes (statement) | repairs could take a year | parent a1",
			"a4 She (author) | adds (statement) | the mayor resigned | parent a1"}},
		{"denial-object", "", []string{
			"a1 The ministry (group) | denied (denial) | the reports"}},
		{"not-a-cue", "", nil},
		// How often a thing was seen is not what was said; nor is a
		// clause joined after a cue that took no complement.
		{"times-not-content", "", nil},
		{"joined-clause-not-content", "", nil},
		// A phrase of circumstance after a parenthetical cue is the
		// writer's; an agent goes on with the clause.
		{"writers-adjunct", "", []string{
			"a1 officials from both countries (unnamed) | said (statement) | At least nine people were killed on Wednesday",
			"a2 the adviser (person) | said (statement) | The argument would be aided … by the primary calendar"}},
		// A time in the clause reported is when the thing happened, not
		// when it was said.
		{"date-in-content", "2025-03-08", []string{
			"a1 the paper (document) | said (statement) | Bond spreads widened on Monday to their highest level since October",
			"a2 The ministry (group) | said (statement) | Kyiv had shelled the town | date 2025-03-06"}},
		// A family and the parties of a trial are groups.
		{"family-and-parties", "", []string{
			"a1 Her family (group) | told (statement) | she was ill",
			"a2 The prosecution (group) | said (statement) | the evidence was sound"}},
		// Drafts, versions and dissents are documents.
		{"document-kinds", "", []string{
			"a1 An earlier version (document) | threatened (statement) | sanctions | parent a2",
			"a2 diplomats (unnamed) | said (statement) | An earlier version had also threatened sanctions",
			"a3 A dissent by two judges (document) | argued (statement) | the evidence was unreliable"}},
		// A noun in -ing after "a" heads the source ("a ruling by").
		{"gerund-noun-source", "", []string{
			"a1 A 2016 ruling by an international tribunal (document) | found (statement) | the claims had no basis"}},
		{"speaker-label", "", []string{
			"a1 SMITH (person) | : (statement) | We will win this race"}},
		{"byline", "", []string{
			"a1 Maria Lopez (person) | ― (statement) | “The new law will hurt small farms.”"}},
		{"inverted-appositive", "", []string{
			"a1 Tom Reed, a lawyer for the losing candidate (person) | said (statement) | The vote was rigged"}},
		{"adding-that", "", []string{
			"a1 The governor (person) | said (statement) | the budget was balanced",
			"a2 The governor (person) | adding (statement) | taxes would not rise"}},
		{"aux-before-cue", "", []string{
			"a1 The agency (group) | repeatedly said (statement) | the water is safe"}},
		// A participle with its agent modifies a noun: no one says anything.
		{"participle-agent", "", nil},
		{"according-end", "", []string{
			"a1 figures released on Friday (unnamed) | according to (statement) | Unemployment fell in May"}},
		{"infinitive", "", []string{
			"a1 The union (group) | vowed (statement) | to continue the strike"}},
		{"quote-inverted", "", []string{
			"a1 the coach, John Smith, who took over in May (person) | said (statement) | “We lost the match,”"}},
		// A quoted title is not what was said.
		{"quote-title", "", []string{
			"a1 She (person) | said (statement) | the plan had failed"}},
		{"noun-cue", "", []string{
			"a1 Officials (unnamed) | rejected (denial) | the minister's claim that the dam was safe",
			"a2 the minister's (person) | claim (statement) | the dam was safe | parent a1"}},
		{"quote-speaker-description", "", []string{
			"a1 Rep. Ann Lee (D-Ohio), a member of the panel (person) | said (statement) | “The risk is small,”"}},
		// A weak cue reports only with a clause, or with an object when
		// a document or evidence is its subject.
		{"weak-object", "", nil},
		{"poll-shows", "", []string{
			"a1 The latest poll (document) | shows (statement) | the senator ahead by four points"}},
		{"noun-prep", "", []string{
			"a1 The mayor's (person) | criticism of (accusation) | the budget"}},
		{"title-says", "", []string{
			"a1 Farm Group (group) | Says (statement) | Drought Will Cut Harvest"}},
		{"call-for-gerund", "", []string{
			"a1 The council (group) | called for (statement) | closing the old mine"}},
		// A quotation closing the sentence before is not the content of
		// a cue that has a clause of its own.
		{"quote-before-own-clause", "", []string{
			"a1 The mayor (person) | called (statement) | the plan “a waste of money.”",
			"a2 He (person) | said (statement) | the council would vote again in spring"}},
		// Where and when the saying happened is not what was said.
		{"cue-adjunct", "", []string{
			"a1 The union (group) | criticized (accusation) | the new contract"}},
		// Verbs of telling: the hearer is neither content nor source.
		{"tell-final", "", []string{
			"a1 Maria Lopez (person) | told (statement) | The bridge will stay closed until May"}},
		{"tell-final-name", "", []string{
			"a1 the commander (person) | told (statement) | The talks have failed"}},
		{"tell-that", "", []string{
			"a1 Maria Lopez (person) | told (statement) | the talks had failed"}},
		{"tell-object-that", "", []string{
			"a1 The minister (person) | assured (statement) | the money would arrive in June"}},
		{"tell-bare-clause", "", []string{
			"a1 The coach (person) | told (statement) | the team was ready"}},
		{"warn-hearer-only", "", nil},
		{"warn-bare-clause", "", []string{
			"a1 Doctors (group) | warned (statement) | the virus could spread quickly"}},
		// A quotation before a cue with nothing after it is its content.
		{"quote-before-bare-cue", "", []string{
			"a1 She (person) | said (statement) | “We will rebuild the school.”"}},
		// A cue inside a quotation reports only what the quotation holds.
		{"quote-inner-cue", "", []string{
			"a1 I (person) | think (belief) | the vote was fair | parent a2",
			"a2 she (person) | said (statement) | “I think the vote was fair,” … “but the count took far too long.”"}},
		// The main clause after an opening clause is not what it reports.
		{"opening-clause", "", []string{
			"a1 the mayor (person) | said (statement) | the budget was balanced",
			"a2 the council (group) | voted against (statement) | it | refers a1"}},
		// A coordinated verb shares the subject of the verb before it.
		{"call-object-predicate-inside", "", []string{
			"a1 The senator (person) | called (statement) | the new tax “a disgrace to the state.”"}},
		// A cue before a colon introduces what follows; it is no aside.
		{"colon-not-parenthetical", "", []string{
			"a1 the governor (person) | declared (statement) | “The mine will close.”"}},
		// A preposition the cue takes is not a phrase of time or place.
		{"vote-for-not-adjunct", "", []string{
			"a1 many people (unnamed) | vote for (statement) | the governor"}},
		// "promised a road" promises the road, not to a hearer.
		{"promise-object", "", []string{
			"a1 the minister (person) | promised (statement) | a new road"}},
		// A present-tense cue the tagger read as a plural noun.
		{"verb-after-appositive", "", []string{
			"a1 Jane Roe, the family's lawyer (person) | argues (statement) | the police acted too late"}},
		// An object ends at a comma, unless the comma separates a list.
		{"object-comma-aside", "", []string{
			"a1 The governor (person) | praised (statement) | the pastor",
			"a2 who (person) | vowed (statement) | to fight the new law"}},
		{"object-list", "", []string{
			"a1 The union (group) | criticized (accusation) | the mayor, the council and the police chief"}},
		// A cue with an object of its own is no aside to the clause before.
		{"own-object-not-aside", "", []string{
			"a1 the mayor (person) | rejected (denial) | it long before"}},
		// A dateline or a table row is no speaker label; a headline that
		// puts words in a person's mouth is.
		{"dateline-not-speaker", "", nil},
		{"table-row-not-speaker", "", nil},
		{"headline-speaker", "", []string{
			"a1 Senator Jane Smith (person) | : (statement) | Time for a new farm policy"}},
		// Naming is not saying; speaking reports only through its
		// preposition.
		{"naming-not-saying", "", nil},
		{"speak-no-clause", "", nil},
		{"speak-about", "", []string{
			"a1 The minister (person) | spoke about (statement) | the drought in the north"}},
		// A quotation goes on over the paragraphs of quoted words after
		// its speaker's, until one names a speaker or is not a quotation.
		{"quote-paragraphs", "", []string{
			"a1 the engineer (person) | said (statement) | “The dam is safe,” … “We checked every wall twice. Nothing has moved.”"}},
		// A pro-form stands for what was said.
		{"say-proform", "", []string{
			"a1 Most farmers (group) | backed (statement) | the plan",
			"a2 half of the traders (group) | said (statement) | the same of the new tax"}},
		// An object and what is said of it.
		{"consider-predicate", "", []string{
			"a1 a third of the voters (group) | consider (belief) | the senator honest"}},
		// A participle of stance with its holder and object; without a
		// holder it reads as an act.
		{"stance-participle", "", []string{
			"a1 Hundreds of farmers (group) | backing (statement) | the governor"}},
		{"stance-participle-act", "", []string{
			"a1 The envoy (person) | accused (accusation) | the rebels of supporting the raids"}},
		// A name set off after the source's noun belongs to the source; a
		// discourse adverb after it does not.
		{"according-named", "", []string{
			"a1 the regional governor, Oleh Kiper (person) | According to (statement) | two people were injured"}},
		{"source-however", "", []string{
			"a1 The ministry (group) | claimed (statement) | the depot was destroyed"}},
		// "citing X": X is whom the report comes from, a link in the
		// chain; a reason cited is what was said.
		{"citing-opening", "", []string{
			"a1 sources in the defence ministry (unnamed) | Citing (statement) | 49 soldiers were killed | parent a2",
			"a2 the paper (document) | reports (statement) | 49 soldiers were killed"}},
		{"citing-trailing", "", []string{
			"a1 the Financial Times (outlet) | reported (statement) | Insurers could raise premiums",
			"a2 industry sources (unnamed) | citing (statement) | Insurers could raise premiums | parent a1"}},
		{"citing-reason", "", []string{
			"a1 The firm (group) | citing (statement) | legal risks"}},
		// A participle that describes a noun reports nothing.
		{"reduced-relative", "", []string{
			"a1 the article (document) | concludes (statement) | The ceasefire announced on Wednesday will not hold"}},
		// An outlet whose article the text goes on retelling.
		// The retold outlet named again, as "the paper" is, speaks in
		// the retold article; "the paper" taking up a newspaper is the
		// newspaper.
		{"relay-named-again", "", []string{
			"a1 The newspaper Harbor Tribune (outlet) | wrote (statement) | the port would close",
			"a2 Officials in the city (unnamed) | said (statement) | nothing",
			"a3 The paper (outlet) | said (statement) | the owners planned the sale | parent a1",
			"a4 Harbor Tribune (outlet) | concluded (statement) | the workers would lose their jobs | parent a1"}},
		{"relay-outlet", "", []string{
			"a1 The newspaper Harbor Tribune (outlet) | wrote (statement) | the port would close",
			"a2 The author of the article (author) | believes (belief) | the owners planned the sale | parent a1"}},
		// A gerund clause is what is denied.
		{"gerund-denied", "", []string{
			"a1 The rebels (group) | denied (denial) | losing the city"}},
		// The hearer of "told" and the occasion after it are no content.
		{"told-on-condition", "", []string{
			"a1 a Western diplomat (unnamed) | told (statement) | The talks will fail"}},
		// A disposition to act is no act of saying.
		{"disposition", "", nil},
		// The object of a preposition ends at the comma before an aside.
		{"prep-object-comma", "", []string{
			"a1 The ministry (group) | commented on (statement) | the strikes | parent a2",
			"a2 the newspaper (outlet) | notes (statement) | The ministry has not commented on the strikes"}},
		// An adjective the tagger gave the head noun heads the source.
		{"adjective-head-source", "", []string{
			"a1 The Kenyan military (group) | said (statement) | it had struck weapons depots near the border"}},
		// Quoted words that run on as the verb's adjunct are not said.
		{"quote-adjunct", "", []string{
			"a1 The deputy leader (person) | warned (statement) | the movement would respond “at the right time.”"}},
		{"demonym-in-source", "", []string{
			"a1 the Kenyan defence minister (person) | said (statement) | the army was ready"}},
		// Putting a figure at a number states it.
		{"figure-cue", "", []string{
			"a1 The regional administration (group) | put (statement) | the death toll at 12"}},
		// "As reported by X" is "according to X"; "in his opinion" a view.
		{"as-reported", "", []string{
			"a1 the news portal Maliweb (outlet) | As reported (statement) | the army lost 40 soldiers near the border"}},
		{"in-his-opinion", "", []string{
			"a1 his (person) | In his opinion (belief) | the defeat will weaken the government"}},
		// The contrast after ", but" is the writer's.
		{"but-contrast", "", []string{
			"a1 Officials (unnamed) | said (statement) | the plan was sound"}},
		// A weak cue's clause whose verb the tagger took for a participle
		// ("lived" as VBN) still has a subject of its own.
		{"finding-mistagged-past", "", []string{
			"a1 Reuters (outlet) | found (statement) | many residents lived in poverty"}},
		// A second quotation after ", but" goes on with the same words,
		// even when a cue inside the first one ("You know") reads, in a
		// faulty parse, the rest of the sentence as its clause.
		// A cue with its subject between commas after an opening
		// subordinate clause belongs to the main clause; a relative
		// clause after the comma is still part of the opening one.
		{"opening-clause-parenthetical", "", []string{
			"a1 the experts (group) | say (statement) | If countries do not develop more ambitious plans … the world could suffer profound consequences"}},
		{"opening-clause-relative", "", []string{
			"a1 she (person) | hoped (belief) | to win easily"}},
		// An opening mark typed for the closing one still closes.
		// A participle after the main clause shares its subject, not
		// that of the clause the main one reports.
		{"participle-main-subject", "", []string{
			"a1 The ministry (group) | noted (statement) | the situation remains tense",
			"a2 The ministry (group) | adding (statement) | negotiations may resume next week"}},
		{"dateline-date", "", []string{
			"a1 a military spokesman (unnamed) | said (statement) | Government forces have retaken the valley"}},
		// A name whose last word names a body is a group's.
		{"body-name-source", "", []string{
			"a1 The Institute for the Study of War (group) | reported (statement) | the front line had not moved"}},
		// An aside between the cue and its "that" clause.
		{"that-after-aside", "", []string{
			"a1 State media (outlet) | reported (statement) | the bridge had been destroyed",
			"a2 the defence ministry (group) | citing (statement) | the bridge had been destroyed | parent a1"}},
		// "on condition of anonymity" is how they spoke, not what about;
		// and the participle set off after the subject is not part of
		// the source.
		{"speak-on-condition", "", []string{
			"a1 Two officials (unnamed) | said (statement) | the army was preparing a counteroffensive"}},
		{"infinitive-after-date", "", []string{
			"a1 The rebels (group) | claimed (statement) | to have captured the district"}},
		// "As X notes, CLAUSE": the main clause is what X notes, with
		// the cue read as a verb even where the tags have a plural noun.
		{"as-fronted", "", []string{
			"a1 the author (author) | points out (statement) | the evidence remains circumstantial",
			"a2 the newspaper (outlet) | notes (statement) | the talks have stalled"}},
		// "X was quoted by Y as saying": X says, as Y reports.
		{"quoted-as-saying", "", []string{
			"a1 Interfax (outlet) | quoted by (statement) | the talks would continue",
			"a2 The spokesman (person) | as saying (statement) | the talks would continue | parent a1"}},
		// Where it was written is no topic when a "that" clause follows.
		{"medium-then-that", "", []string{
			"a1 The governor (person) | wrote (statement) | three people had been injured"}},
		// The relative clause describes the subject of the main verb and
		// reports nothing of the main clause (what it claims is its own).
		{"relative-then-main", "", []string{
			"a1 who (group) | claimed responsibility for (statement) | the attack",
			"a2 The militants, who claimed responsibility for the attack (group) | said (statement) | it was revenge for the killing of their leader"}},
		// The phrase runs to its comma whatever the clause after it
		// looks like to the tagger.
		{"according-participle-phrase", "", []string{
			"a1 a statement posted on the ministry's website (document) | According to (statement) | the drills involved 30 warships"}},
		// Asking not to be named is no report; sources "familiar with
		// the matter" are unnamed.
		{"anonymous-request", "", []string{
			"a1 A senior official, who asked not to be named (unnamed) | said (statement) | the army was monitoring the border",
			"a2 Sources familiar with the matter (unnamed) | told (statement) | the deal was close"}},
		// "citing leaked documents": a participle before the cited noun.
		{"citing-participle-noun", "", []string{
			"a1 the newspaper (outlet) | writes (statement) | The army's stocks of shells may run out by May",
			"a2 leaked Pentagon documents (document) | citing (statement) | The army's stocks of shells may run out by May | parent a1"}},
		// A name that ends in a word for a document is no document; "the
		// publication" is an outlet, the one the document retells.
		{"name-ending-in-document-noun", "", []string{
			"a1 The Washington Post (outlet) | writes (statement) | the talks have stalled",
			"a2 The publication (outlet) | notes (statement) | no date was set | parent a1"}},
		// A noun cue in the subject: its clause ends where the main
		// clause's verb begins; that it has not been confirmed is the
		// writer's unnamed doubt about the clause.
		{"noun-cue-subject", "", []string{
			"a1 Kyiv's (group) | allegation (accusation) | Russia used chemical weapons",
			"a2  () | has not been confirmed (confirmation) | Russia used chemical weapons"}},
		// When and where it was said come before the clause or the
		// quotation, and are neither.
		{"time-before-that", "", []string{
			"a1 The general (person) | warned (statement) | the front line could collapse",
			"a2 The mayor (person) | said (statement) | \"We are not ready to leave.\""}},
		// A first name that is also a modal ("Will") after the cue.
		{"inverted-modal-name", "", []string{
			"a1 Will Doyle, a spokesman for the governor (person) | said (statement) | \"We have no information about any casualties,\""}},
		// What the speaker was doing, told in a participle clause,
		// does not stop the quotation going on after the sentence.
		{"quote-on-after-participle", "", []string{
			"a1 he (person) | said (statement) | \"It is good that my voice is low,\" … \"I look through the lenses darkly.\""}},
		// A relative clause whose subject is what was said: the content
		// is the clause, source and cue inside it.
		{"relative-gap", "", []string{
			"a1 Democrats (group) | said (statement) | that … would protect voting rights",
			"a2 officials (unnamed) | said (statement) | which … will take effect in May"}},
		// A verb joined to the main one shares the main clause's
		// subject, not that of the clause the main verb reports.
		{"conjoined-main-subject", "", []string{
			"a1 The UN office (group) | said (statement) | it had documented at least 9,000 deaths",
			"a2 The UN office (group) | warned (statement) | the real toll was likely much higher"}},
		// A passive's agent ends before the preposition of the charge
		// and before a relative clause about it.
		{"passive-agent-ends", "", []string{
			"a1 Ukraine (group) | has been accused (accusation) | Russia … of deporting thousands of children",
			"a2 the ministry (group) | denied (denial) | The claim | refers a1",
			"a3 which (group) | called (statement) | it \"a provocation\" | refers a2"}},
		// The relative clause after an inverted speaker tells who it is.
		{"inverted-relative-source", "", []string{
			"a1 a senior official who was not authorized to speak publicly (unnamed) | said (statement) | \"The pressure does not come only from the campaign,\""}},
		// An aside between dashes: what it reports ends at the closing
		// dash, and the subject of the main verb is before it.
		{"dash-aside", "", []string{
			"a1 who (person) | previously said (statement) | he would bomb the oil fields",
			"a2 Donald Trump (person) | said (statement) | the country must act"}},
		// A fronted phrase before a subject with a relative clause.
		{"fronted-phrase-appositive", "", []string{
			"a1 who (person) | endorsed (statement) | Clinton",
			"a2 Reid, who endorsed Clinton last year (person) | stressed (statement) | the need to treat both candidates fairly"}},
		// "..., X said, adding": the participle goes on from the verb of
		// saying right before it.
		{"parenthetical-then-participle", "", []string{
			"a1 the imam (person) | said (statement) | The gunman left as soon as prayers were finished",
			"a2 the imam (person) | adding (statement) | he had never seen him before"}},
		// One capitalised word between the quotation and the cue is the
		// speaker's name, whatever the tagger made of it.
		{"quote-one-word-speaker", "", []string{
			"a1 Quick (person) | said (statement) | \"My apologies, I am sorry,\""}},
		// A second verb of the cue's clause ends even a short content.
		{"short-object-then-verb", "", []string{
			"a1 The senator (person) | called (statement) | him divisive",
			"a2 The senator (person) | accused (accusation) | him of dividing the country"}},
		// "say" tagged as an interjection between a subject and a clause
		// is the verb; a dash that opens an aside labels no speaker.
		{"say-read-as-interjection", "", []string{
			"a1 A full 79 percent of Democrats (group) | say (statement) | they would be satisfied with the nominee",
			"a2 Democrats (group) | say (statement) | the plan far outweighs any gains"}},
		// A capitalised adjective alone after the cue is a name.
		{"inverted-adjective-name", "", []string{
			"a1 Cuban, who is also a host on the show (person) | said (statement) | \"It's too early to tell,\""}},
		// "Three years ago" is when, not who.
		{"time-ago-before-source", "", []string{
			"a1 Michael Bloomberg (person) | said (statement) | it was impossible for an independent candidate to win"}},
		// The verbs of a relative clause about the speaker do not stop a
		// quotation from being the cue's.
		{"speaker-relative-after-quote", "", []string{
			"a1 Melanne Verveer, who served as chief of staff (person) | told (statement) | \"There is no job description,\""}},
		// A description, then the name, both set off by commas.
		{"parenthetical-description-then-name", "", []string{
			"a1 his top aide, Tad Devine (person) | told (statement) | The senator remains committed to the race"}},
		// A title in quotation marks after the cue is no second
		// quotation.
		{"quote-then-show-title", "", []string{
			"a1 the senator (person) | told (statement) | \"North Korea is a paranoid, isolated nation,\""}},
		// A quotation its own cue interrupts is one content in two
		// parts; a cue set in a clause of its own sentence reports that
		// clause, not the quotation before it.
		{"quote-then-parenthetical-cue", "", []string{
			"a1 John Barrett (person) | said (statement) | “We were floored,” … “It was a shock.”",
			"a2 he (person) | said (statement) | To prevent problems … local officials should be vigilant"}},
		// A comma between adjectives of one noun does not end the
		// object.
		{"coordinate-adjectives-object", "", []string{
			"a1 The senator (person) | formally accused (accusation) | his important, oil-rich ally of complicity"}},
		// A currency sign opens an amount inside the noun phrase.
		{"amount-after-noun-cue", "", []string{
			"a1 Democrats (group) | criticized (accusation) | the governor’s opposition to the $1.1 billion House funding proposal",
			"a2 the governor’s (person) | opposition to (statement) | the $1.1 billion House funding proposal | parent a1"}},
		// ", but" and a clause with a subject of its own, however long,
		// is the writer's contrast.
		{"but-long-subject", "", []string{
			"a1 Companies (group) | complain (statement) | taxes are too high"}},
		// What a cue in a relative clause set off by commas reports
		// ends where the main clause goes on with its verb.
		{"relative-aside-content-end", "", []string{
			"a1 who (person) | contended (statement) | the rules were unfair"}},
		// A relative clause with no relative word whose subject is
		// reported: the content begins with the noun it hangs on.
		{"zero-relative-gap", "", []string{
			"a1 he (person) | said (statement) | the money … was stolen",
			"a2 the officials (group) | said (statement) | The changes … will take effect in May"}},
		// ", including X" goes on with the noun phrase before it.
		{"including-goes-on", "", []string{
			"a1 She (person) | criticized (accusation) | several factors, including laws that raised barriers to voting"}},
		// A quotation that opens the next sentence is not part of a
		// content that ends before it; "when asked" after the speaker
		// is no clause of its own, so the speaker's quotation goes on.
		{"quote-next-sentence-not-joined", "", []string{
			`a1 he (person) | said (statement) | "It is possible for anybody to change," … "But I see no evidence of it."`,
			"a2  () | asked about (statement) | the senator's temper"}},
		// Whom a question was put to, after a quotation, is no content.
		{"asked-hearer-after-quote", "", []string{
			"a1 you (person) | backing (statement) | him | parent a2",
			"a2 Obama (person) | asked (statement) | “Why are you still backing him?” … “What does this say about your party?”"}},
		// A quotation right after the cue can begin the subject of the
		// reported clause.
		{"quote-conj-subject", "", []string{
			`a1 He (person) | said (statement) | "budget reforms" and the collection of unpaid taxes would help finance them`}},
		// A gerund subject after a parenthetical cue goes on with the
		// content.
		{"gerund-subject-after-cue", "", []string{
			"a1 he (person) | said (statement) | Although the transition was smooth … replacing her would be harder"}},
		// An aside inside the object, then the charge.
		{"aside-then-complement", "", []string{
			"a1 The candidate (person) | repeatedly accused (accusation) | Rafael Cruz, who was born and raised in Cuba, of associating with the assassin"}},
		{"coordinated-gerunds", "", []string{
			"a1 He (person) | proposed (statement) | cutting taxes and raising spending"}},
		// A bare day after the cue tells when, not what.
		{"day-after-cue", "", []string{
			`a1 the president (person) | said (statement) | "Europe must be able to defend itself,"`,
			"a2 He (person) | said (statement) | the plan would fail"}},
		// Names joined by "and", or a share, take a plural verb: the
		// base form after them is the present tense, even read as a noun.
		{"plural-subject-stance", "", []string{
			"a1 China and Russia (group) | support (statement) | the government",
			"a2 One percent (group) | support (statement) | Jill Stein"}},
		// A verb read as a plural noun, with an adverb before it and its
		// particle and "that" after it.
		{"particle-verb-after-adverb", "", []string{
			"a1 The report (document) | points out (statement) | the penalties are light"}},
		// Evidence "shows" though the tagger read a noun: before "that"
		// and a clause, before a subject pronoun and its verb, and at the
		// end after a noun phrase with a participle before its noun.
		{"evidence-verb-read-as-noun", "", []string{
			"a1 Data from the 2014 American Community Survey (unnamed) | show (statement) | women represented 41 percent of the workforce",
			"a2 documents from his tax return (document) | show (statement) | he took a large loss",
			"a3 an analysis of newly filed campaign-finance reports (document) | shows (statement) | Donations hit $1.1 billion"}},
		// "say" read as an interjection, set off by commas after its
		// subject.
		{"say-interjection-parenthetical", "", []string{
			"a1 advisers to Mr. Obama (group) | say (statement) | in recent days … the president has grown exasperated with the tenor of the campaign"}},
		// "more likely to say" reports what people say; a comma inside
		// a closing quotation mark before "but" ends the content.
		{"likely-to-say", "", []string{
			"a1 Voters (group) | say (statement) | the senator represents their views",
			"a2 Trump (person) | promising (statement) | lower taxes and “jobs, jobs, jobs,”"}},
		// In a title-case headline a cue verb after a name is a verb,
		// whatever the tagger made of it.
		{"headline-title-case-verb", "", []string{
			"a1 Senator (person) | Calls for (statement) | Special Prosecutor",
			"a2 Report (document) | Reveals (statement) | Donor Ties"}},
		// A city's state set off by commas and ", such as X" stay in
		// the object; "so-called" names, nobody calls.
		{"object-place-and-examples", "", []string{
			"a1 Clinton (person) | criticized (accusation) | Tulsa, Okla., police officer Betty Shelby for the shooting",
			`a2 Mr. Trump (person) | called for (statement) | taxing so-called "pass through" income, such as that of partnerships`}},
		// The speaker named again after a quotation that ends a content
		// is no part of it.
		{"speaker-named-again-after-quote", "", []string{
			`a1 Mr. Kamin (person) | said (statement) | the proposals send a clear message that a top priority "is increasing the tax liability at the top,"`,
			`a2 he (person) | said (statement) | "is increasing the tax liability at the top,"`}},
		// "Having said that" and "That said" connect; nobody says. A
		// time after the subject is when it was said, not who said it.
		{"having-said-that", "", []string{
			"a1 The senator (person) | said (statement) | he would consider the nominee"}},
		// A semicolon ends what a cue reports, on either side.
		{"semicolon-ends-content", "", []string{
			"a1 Republicans (group) | said (statement) | the timing of the news was not intentional"}},
		// A headline's speaker label may go on with where or to whom;
		// its title case hides the verb of what is said.
		{"headline-speaker-label", "", []string{
			"a1 Former Attorney General (person) | : (statement) | Email Scandal Disqualifies Her"}},
		// A quotation that makes up the next sentence goes on with an
		// indirect content that ends the cue's sentence; not with an
		// object.
		{"indirect-then-quote", "", []string{
			`a1 She (person) | said (statement) | she and the president had made progress in the face of opposition. "I really believe that he has done an incredible job."`,
			"a2 I (person) | really believe (belief) | he has done an incredible job | parent a1",
			"a3 He (person) | suggest (statement) | retaliation"}},
		// A verb read as a plural noun, with a to-infinitive after
		// it: after an appositive subject, and as the second verb of
		// its subject after ", and".
		{"plans-after-apposition", "", []string{
			"a1 The governor's deputy, State Senator Ann Lowe (person) | plans (belief) | to release her own returns soon",
			"a2 He (person) | proposes (statement) | doing away with the mandate",
			"a3 He (person) | plans (belief) | to reduce the cost of insurance"}},
		// "see X as Y" holds a view however long X is; "saw him as he
		// left" does not.
		{"sees-as-after-long-object", "", []string{
			"a1 Critics of the program (group) | see (belief) | reauthorization of the bill as an opportunity to fix its problems"}},
		// A participle after a quotation closed by a comma goes on
		// from the main clause and has its own content; the quotation
		// keeps its closing mark.
		{"participle-after-quoted-comma", "", []string{
			`a1 The mayor (person) | insisted (statement) | he has "expanded the city's tax base,"`,
			"a2 The mayor (person) | claiming (statement) | he is responsible for the new jobs"}},
		// A dateline is no speaker label; advising a client, keeping a
		// lead and holding a meeting say nothing.
		{"dateline-and-everyday-senses", "", []string{
			"a1 Her lawyer (person) | advised (statement) | the deal was legal"}},
		// An object goes on with a second noun the parser joined to the
		// verb, and with a clause after a time phrase; it ends before a
		// second verb of the cue's subject, and "that" before a noun is
		// its determiner.
		{"object-goes-on", "", []string{
			"a1 She (person) | declined (denial) | that assignment",
			"a2 The senator (person) | defending (statement) | himself and his business record",
			"a3 Pence (person) | echoed (statement) | statements by the governor last week that critics of the police demean law enforcement"}},
		// "referring to" sources cites them, as "citing" does; a
		// participle with its agent describes the source it follows.
		// A day after the object is when it was said, with its
		// preposition, unless the charge follows it.
		// "on" and a date between the subject and the verb tell when.
		{"source-on-date", "", []string{
			"a1 The ministry (group) | said (statement) | talks had failed",
			"a2 The army (group) | said (statement) | the road was open",
			"a3 The rebels (group) | accused (accusation) | the army of shelling the port"}},
		// A cited source set off inside the subject is a source of its
		// own, even where the tagger reads "citing" as a noun.
		{"citing-mid-sentence", "", []string{
			"a1 sources in the Sudanese government (unnamed) | citing (statement) | Egypt had supplied drones to the army | parent a2",
			"a2 The newspaper (outlet) | reported (statement) | Egypt had supplied drones to the army"}},
		// ", which X denied": the pronoun stands for the clause before,
		// which ends there.
		{"which-answer", "", []string{
			"a1 The newspaper (outlet) | reported (statement) | the minister had resigned",
			"a2 the government (group) | denied (denial) | which | refers a1"}},
		// "on Telegram" before "that" is where it was written, even
		// where the tagger misreads the word after "that"; a title
		// before a person's name makes no group of them; a day after
		// the cue is when.
		{"title-name-misread-that", "", []string{
			"a1 Kyiv Mayor Vitali Klitschko (person) | wrote (statement) | debris had fallen on a building",
			"a2 The air force (group) | said (statement) | it had shot down 23 drones"}},
		// An apposition naming a person's office makes the source a
		// person.
		{"appositive-title-person", "", []string{
			"a1 Peskov, the Kremlin spokesman (person) | said (statement) | Russia was not at war"}},
		// Two joined verbs of saying are one cue also where the tagger
		// reads the first past tense as a participle.
		{"neither-past-tenses", "", []string{
			"a1 Baku (person) | neither confirmed nor denied (confirmation) | the talks"}},
		// "that" before a noun, a relative clause and a verb opens a
		// clause; it is no determiner.
		{"that-noun-relative-verb", "", []string{
			"a1 He (person) | notes (statement) | Moscow, which brokered the 2020 ceasefire, may oppose Turkish mediation"}},
		// The same with an auxiliary the tagger reads as a verb, and
		// two joined verbs; or with a final "denies" read as a noun.
		{"which-neither", "", []string{
			"a1 Bloggers (group) | claimed (statement) | troops had crossed the river near Krynky",
			"a2 Kyiv (group) | neither confirmed nor denied (confirmation) | which | refers a1",
			"a3 Moscow (group) | repeatedly accused (accusation) | Kyiv of attacking the plant",
			"a4 Ukraine (group) | denies (denial) | which | refers a3"}},
		// A phrase in quotation marks inside the writer's sentence,
		// with a passive right after it, was said by no one; "last
		// week" after the cue is when; a gerund charge is no report of
		// its own.
		{"quoted-phrase-not-speech", "", []string{
			"a1 The bloc (group) | said (statement) | it was ready to deploy a standby force “on the day” it was ordered",
			"a2 The junta (group) | accused (accusation) | France of planning a military intervention"}},
		// An aside after the subject that names the occasion of saying
		// is no part of the source, whatever names it holds.
		{"occasion-aside", "", []string{
			"a1 The UN envoy (person) | urged (statement) | both sides to show restraint",
			"a2 The minister (person) | said (statement) | talks had failed"}},
		// "that" right after the cue opens a clause though the tagger
		// misreads the clause's verb (and the cue) as nouns.
		{"that-clause-misread-verb", "", []string{
			"a1 The analyst (person) | argues (statement) | the sales undermine diplomacy"}},
		// "at" and a figure after an estimate's object is the estimate,
		// not when or where it was made.
		{"estimate-at-figure", "", []string{
			"a1 Police (group) | estimated (belief) | the crowd at 10,000",
			"a2 Officials (unnamed) | put (statement) | the death toll at more than 200",
			"a3 He (person) | praised (statement) | the plan"}},
		// The dash of a dateline opens no source.
		{"dateline-dash-source", "", []string{
			"a1 Sudan's army (group) | said (statement) | it had retaken the market"}},
		// ", allegations it denies": a bare plural noun of saying and a
		// pronoun speaker answer the clause before.
		{"allegations-it-denies", "", []string{
			"a1 rights groups (group) | has been accused (accusation) | The militia … of killings in the west",
			"a2 it (group) | denies (denial) | allegations | refers a1"}},
		// Where a text was posted is not what it was about.
		{"written-on-medium", "", []string{
			`a1 he (person) | wrote (statement) | "We will not leave Ukraine alone,"`,
			"a2 The minister (person) | wrote (statement) | talks had failed",
			"a3 She (person) | commented on (statement) | the ruling"}},
		// An outlet that is not the head of the source does not make it
		// an outlet; diplomats speaking together go unnamed.
		{"outlet-not-at-head", "", []string{
			"a1 Legal experts consulted by Reuters (unnamed) | said (statement) | such a move would face challenges",
			"a2 Two diplomats familiar with the talks (unnamed) | said (statement) | leaders were considering a deal"}},
		// A noun of saying after the writer's own clause restates that
		// clause, not what someone said in the sentence before.
		{"restated-writer-claim", "", []string{
			"a1 Its leader (person) | said (statement) | the group had 100,000 fighters",
			"a2 Tehran (group) | has dismissed (denial) | a claim"}},
		// ", which cited X,": X is the source the outlet took its report
		// from, as with "citing X"; the relative is part of neither the
		// outlet's source nor what it reports.
		{"which-cited", "", []string{
			"a1 Al Arabiya (outlet) | According to (statement) | at least four people were killed",
			"a2 unnamed sources in Beirut (unnamed) | cited (statement) | at least four people were killed | parent a1",
			"a3 a military source (unnamed) | cited (statement) | the town had fallen | parent a4",
			"a4 Al Jazeera (outlet) | reported (statement) | the town had fallen",
			"a5 The minister, who quoted the report (person) | said (statement) | the ceasefire had collapsed"}},
		// The occasion or medium of saying after what was said is no
		// part of it; "in the statement" is one already named.
		{"occasion-closes-content", "", []string{
			"a1 Hezbollah (group) | confirmed (confirmation) | his death",
			"a2 He (person) | rejected (denial) | the claims",
			"a3 She (person) | criticized (accusation) | the plan",
			"a4 He (person) | said (statement) | there was a mistake in the statement"}},
		// The agent of a participle inside the subject is not the
		// subject; a form in -ing between a possessive and its noun
		// reports nothing ("Georgia's ruling party").
		{"agent-in-subject", "", []string{
			"a1 Families of those affected by mass shootings (group) | urged (statement) | Congress to act"}},
		// "neither" opens what was said; a present tense in -s read as
		// a plural noun before a preposition is still the clause's verb.
		{"misread-present-and-neither", "", []string{
			"a1 Analysts (unnamed) | said (statement) | neither side wanted a wider conflict",
			"a2 Tehran (group) | says (statement) | the group operates from Pakistani territory",
			"a3 Tehran (group) | says (statement) | that … operates from Pakistan"}},
		// "claimed responsibility for X": X is the act claimed.
		{"claimed-responsibility", "", []string{
			"a1 Islamic State (group) | claimed responsibility for (statement) | the attack",
			"a2 No group (group) | claimed credit for (statement) | the bombing"}},
		// A paper of a place is a newspaper; nothing comes before a
		// personal pronoun in its noun phrase.
		{"relay-demonym-paper", "", []string{
			"a1 the Finnish paper Harbor Tribune (outlet) | reported (statement) | Russia has moved warheads to a base near the border",
			"a2 the newspaper (outlet) | According to (statement) | the warheads were moved in October | parent a1",
			"a3 The minister (person) | told (statement) | he could neither confirm nor deny the report",
			"a4 he (person) | neither confirm nor deny (confirmation) | the report | parent a3 | refers a2"}},
		// "that" right before a verb is its subject, not a
		// complementiser; a past tense after a cue in the past, where
		// what was said is in the present, is the speaker's second act,
		// with the speaker's subject.
		{"that-before-verb", "", []string{
			"a1 The Air Force (group) | said (statement) | that was false",
			"a2 Democrats (group) | want (belief) | policies that create more revenue",
			`a3 A spokesperson (unnamed) | said (statement) | the incursions "do not appear to be hostile"`,
			"a4 A spokesperson (unnamed) | declined (denial) | to rule anything out"}},
		// "on" and a noun phrase inside the subject belong to it.
		{"source-on-phrase", "", []string{
			"a1 Unconfirmed reports on social media (unnamed) | claimed (statement) | one drone was shot down",
			"a2 Experts on the region (unnamed) | say (statement) | the war will last"}},
		// A bare plural noun of saying after the clause restates it,
		// whatever the tagger read it as.
		{"bare-plural-restatement", "", []string{
			"a1 The army (group) | said (statement) | the rebels shelled the camp",
			"a2 they (group) | reject (denial) | accusations | refers a1"}},
		// "data show" at the end of the sentence is a verb of evidence;
		// a second verb of a content before its cue is still reported.
		{"data-show-final", "", []string{
			"a1 industry data (unnamed) | show (statement) | Shipping companies have rerouted dozens of vessels around Africa",
			"a2 the newspaper (outlet) | reported (statement) | The United States considered striking the sites but decided against it"}},
		// A present tense in -s read as a plural noun before a gerund
		// ("denies receiving"), also after a relative clause; the one
		// quoted may have an apposition. (Without the entity layer the
		// name "M23" makes a person.)
		{"denies-gerund-and-quoted-by", "", []string{
			"a1 The M23, which seized the city of Goma in January (person) | denies (denial) | receiving support from Rwanda",
			"a2 local radio (outlet) | quoted by (statement) | the group was fighting",
			"a3 Its spokesman, Lawrence Kanyuka (person) | as saying (statement) | the group was fighting | parent a2"}},
		// A participle after a parenthetical cue is the speaker's second
		// act, not what was said, unless it is a clause's subject.
		{"parenthetical-second-act", "", []string{
			"a1 Hamas (group) | said (statement) | The talks collapsed",
			"a2 Hamas (group) | blaming (accusation) | Israel for new demands",
			"a3 he (person) | said (statement) | Though the transition was smooth … replacing the leader would be harder"}},
		// "In the author's view", "In the view of X": the possessor or
		// X holds the view, the phrase is the cue.
		{"in-possessive-view", "", []string{
			"a1 the author (author) | In the author's view (belief) | the dispute is unlikely to end soon",
			"a2 the ministry (group) | In the view of (belief) | the talks failed"}},
		// "that" with a phrase and no clause after it is the object, and
		// stands for the outermost report of what was said before.
		{"that-object-pronoun", "", []string{
			"a1 The newspaper (outlet) | reported (statement) | Serbia had agreed to supply arms",
			"a2 Serbia (group) | agreed (statement) | to supply arms | parent a1",
			"a3 The ministry (group) | confirmed (confirmation) | that | refers a1"}},
		// "the accusation" refers to an accusation in reach before any
		// other report; "could not be confirmed" with no agent is the
		// writer's unnamed doubt about what it restates.
		{"accusation-anaphor-and-unverified", "", []string{
			"a1 Opposition leaders (group) | accused (accusation) | the police of using excessive force",
			"a2 Opposition leaders (group) | saying (statement) | several journalists had been beaten",
			"a3 The ministry (group) | denied (denial) | the accusation | refers a1",
			"a4 The party (group) | said (statement) | he was released",
			"a5  () | could not be confirmed (confirmation) | the claim | refers a4"}},
		// A participle goes on from the verb of saying in the phrase
		// right before it, also with when and how it was said between.
		{"participle-after-late-cue", "", []string{
			"a1 the foreign ministry (group) | said (statement) | The rulers have given the ambassador 48 hours to leave",
			"a2 the foreign ministry (group) | accusing (accusation) | him of ignoring an invitation"}},
		// "neither" opening an object or a subject is a determiner,
		// whatever the tagger read it as.
		{"neither-object", "", []string{
			"a1 Analysts (unnamed) | expect (belief) | neither side to win a majority",
			"a2 She (person) | said (statement) | neither Manafort nor Gates played a role"}},
		// A poll's figures are stated as a toll is, the percent sign
		// included; what a figure measures is no one's support.
		{"poll-figure", "", []string{
			"a1 The survey (document) | put (statement) | support for the opposition at 31%",
			"a2 The commission (group) | put (statement) | turnout at 61 percent"}},
		// An infinitive right after the cue is what it takes, with the
		// negation the parse hung on the cue; a clause further on is
		// not.
		{"asked-not-infinitive", "", []string{
			"a1 He (person) | promised (statement) | not to raise taxes because voters were struggling"}},
		// A place or body after the name of a speaker who follows the
		// cue is not a clause of its own; a body after "of" is part of
		// who the speaker is. Without a clause before the cue, the noun
		// phrase after it is its object.
		{"speaker-affiliation-after", "", []string{
			"a1 political scientist Dossym Satpayev (person) | says (statement) | Even India has more cultural resonance through Bollywood films",
			"a2 Jane Roe of the Brookings Institution (person) | said (statement) | The ceasefire will not hold",
			"a3 Jane Roe, the governor (person) | tweeted (statement) | her approval of the plan"}},
		// A hyphen inside the dateline's name does not end it.
		{"dateline-hyphen", "", []string{
			"a1 health officials (unnamed) | said (statement) | An Israeli airstrike killed 18 people"}},
		// A noun the tagger read as a verb right after "that", with the
		// clause's verb further on, is the clause's subject, not "that"
		// the subject of a clause of its own.
		{"that-misread-noun-subject", "", []string{
			"a1 The governor (person) | wrote (statement) | debris from a downed drone had damaged a house"}},
		// A judgement drawn from evidence is a belief with a clause;
		// assessing a thing reports nothing.
		{"assessed-that", "", []string{
			"a1 The think tank (group) | assessed (belief) | Ukraine was likely to continue its strikes"}},
		// A participle right after the text it describes says what
		// became of the text; the text is no speaker.
		{"text-participle", "", []string{
			"a1 The rebels (group) | said (statement) | their fighters had liberated the town",
			"a2 One study (document) | found (statement) | Trump would raise taxes"}},
		// The answering verb may come after its auxiliaries and a
		// negation.
		{"restated-claim-auxiliary", "", []string{
			"a1 The rebels (group) | say (statement) | they have taken the airport",
			"a2 the army (group) | did not immediately confirm (confirmation) | a claim | refers a1"}},
		// ", without providing evidence" says how the claim was made,
		// not what it was, and ", despite evidence" what the writer sets
		// against it; a quotation is not what went unsaid.
		{"without-evidence", "", []string{
			"a1 Israel (group) | says (statement) | it has killed more than 17,000 militants",
			`a2 Trump (person) | claimed (statement) | he could end the war "in 24 hours,"`,
			"a3 He (person) | said (statement) | the troops left without firing a shot",
			"a4 Iranian officials (unnamed) | denied (denial) | arming the group",
			"a5 He (person) | said (statement) | the talks would go on, despite the attack"}},
		// A name the recogniser found goes on whatever the tagger read
		// its words as: the hearer "Human Rights Watch" is no clause.
		{"hearer-name-misread", "", []string{
			"a1 Several witnesses (unnamed) | told (statement) | soldiers rounded up men in the market and shot them"}},
		// A clause after a word set off by a comma belongs to that word,
		// not to a weak cue before it; an adverb set off is an aside.
		{"weak-cue-other-clause", "", []string{
			"a1 UN peacekeepers (group) | urged (statement) | both sides to show restraint",
			"a2 UN peacekeepers (group) | warning (statement) | any miscalculation could trigger a wider war",
			"a3 He (person) | added (statement) | the talks would go on"}},
		// The one who answers may be a bare plural, and the noun of
		// saying read as an adjective before it.
		{"restated-claim-bare-subject", "", []string{
			"a1 The rebels (group) | say (statement) | they took the airport",
			"a2 government officials (unnamed) | deny (denial) | a claim | refers a1",
			"a3 The general (person) | said (statement) | the front had held",
			"a4 American officials (unnamed) | reject (denial) | a charge | refers a3"}},
		// Pushing reports a position only through "for".
		{"push-prep-only", "", []string{
			"a1 Activists (group) | pushed for (statement) | a ceasefire"}},
		// A participle aside between subject and cue may hold a clause
		// of its own; a noun's infinitive ends before the verb after
		// the aside.
		{"participle-aside-with-clause", "", []string{
			"a1 One of them (unnamed) | said (statement) | the warning had been ignored",
			"a2  () | calls (statement) | to resign",
			"a3 The president (person) | said (statement) | he would stay"}},
		// A participle before its noun, after an article or a verb of
		// its own, is an adjective; after an auxiliary it is the verb.
		{"attributive-participle", "", []string{
			"a1 China (group) | accused (accusation) | the Philippines of ramming a vessel near the disputed Sabina Shoal",
			"a2 he (person) | said (statement) | The crew ignored repeated warnings",
			"a3 China (group) | repeated (statement) | its warnings to Manila"}},
		// A ruling restated after a comma is the writer's word on it,
		// no part of what was ruled.
		{"ruling-restated", "", []string{
			"a1 An international tribunal (group) | ruled (statement) | China's claims had no legal basis | date 2016"}},
		// ", which cited X," after "according to": X is the inner link
		// of the chain, and a word of its name is no cue.
		{"according-which-cited", "", []string{
			"a1 the government (group) | According to (statement) | at least three shipments were intercepted off the coast last year",
			"a2 intelligence reports (unnamed) | cited (statement) | at least three shipments were intercepted off the coast last year | parent a1"}},
		// A present tense after ", but" that does not agree with the
		// subject of the clause the parse joined it to takes the main
		// clause's subject.
		{"but-say-agreement", "", []string{
			"a1 Western military analysts (unnamed) | believe (belief) | Russia is trying to reach the city before winter",
			"a2 Western military analysts (unnamed) | say (statement) | its advance has come at an enormous cost"}},
		// A label headed by a noun that names no one is a topic.
		{"topic-label", "", []string{
			"a1 Russia (group) | claims (statement) | capture of village near Pokrovsk"}},
		// A second "that" clause joined by "and" is the outer cue's,
		// not a weak cue's inside the first.
		{"weak-cue-second-that", "", []string{
			"a1 A spokesperson (unnamed) | told (statement) | fighting was continuing on the outskirts of the village and that Russian troops had not yet taken it"}},
		// A list of subjects set off by commas that opens the clause is
		// one source.
		{"list-subject", "", []string{
			"a1 The United States, the European Union and several Latin American governments (group) | called for (statement) | the full results to be released"}},
		// A quoted phrase with the clause going on after it is no weak
		// cue's content; a whole quotation is.
		{"weak-quote-phrase", "", []string{
			`a1 The president (person) | said (statement) | he saw "nothing abnormal" in the vote`,
			`a2 he (person) | added (statement) | "We will win,"`}},
		// "Seem" or "appear" before the cue is part of it, and its
		// subject the source.
		{"raising-cue", "", []string{
			"a1 Satellite images analyzed by the agency (document) | appeared to show (statement) | scorch marks near two storage tanks"}},
		// A verb before an infinitive it does not report, or a weak cue,
		// leaves "In his opinion" the attribution of the clause.
		{"in-opinion-with-infinitive", "", []string{
			"a1 his (person) | In his opinion (belief) | Armenia has learned to counter the drones with jamming systems"}},
		// A dateline's place may hold small words; ", while" after a
		// parenthetical cue opens the writer's second clause, whose
		// verbs share its own subject.
		{"while-contrast-after-cue", "", []string{
			"a1 the provincial governor (person) | said (statement) | An attack on a market killed at least 12 people on Friday",
			"a2 the rebel group (group) | put (statement) | the toll at three",
			"a3 the rebel group (group) | blamed (accusation) | the army"}},
		// Defending oneself is a deed unless against words; a figure
		// restated after a comma is the writer's word on it.
		{"reflexive-and-figure", "", []string{
			"a1 Kigali (person) | says (statement) | it is defending itself against a militia operating in eastern Congo",
			"a2 He (person) | defended (statement) | himself against the charges",
			"a3 A local leader (unnamed) | told (statement) | as many as 30 people had been killed"}},
		// Outside a quotation "I" is the writer of the piece.
		{"first-person-writer", "", []string{
			"a1 I (author) | suspect (belief) | the answer lies in the lack of air cover",
			"a2 I (person) | think (belief) | we will win | parent a3",
			`a3 the general (person) | said (statement) | "I think we will win,"`}},
		// Whom an outlet cites after "As reported by X," is no part of
		// the clause; a publication clarifies what it reports.
		{"as-reported-citing-clarifies", "", []string{
			"a1 the Ukrainian edition of Forbes (outlet) | As reported (statement) | the strike was carried out by long-range drones",
			"a2 its own sources in the military intelligence service (group) | citing (statement) | the strike was carried out by long-range drones | parent a1",
			"a3 The publication (outlet) | clarifies (statement) | two bombers may have been damaged | parent a1"}},
		// A headline's passive without its auxiliary names no source.
		{"headline-passive", "", nil},
		// The object of a denial set off by commas is no speaker after
		// the cue; "The figure" refers to the report of it.
		{"denial-object-not-speaker", "", []string{
			"a1 which (group) | backs (statement) | some of the rebel factions | parent a3",
			"a2 Turkey, which backs some of the rebel factions (group) | denied (denial) | any involvement in the offensive | parent a3",
			"a3 the foreign minister (person) | told (statement) | Turkey, which backs some of the rebel factions, denied any involvement in the offensive",
			"a4 The monitor (person) | said (statement) | more than 300 people had been killed",
			"a5  () | could not be independently confirmed (confirmation) | The figure | refers a4"}},
		// A headline verb that reports only through an infinitive seeks
		// a thing; a question or an apposition after a cue comes before
		// any "that" further on.
		{"seek-and-whether", "", []string{
			"a1 legal experts (unnamed) | according to (statement) | Judges will now decide whether to issue the warrant, a process that typically takes about three months"}},
		// "Neither claim could be verified" doubts the claims before;
		// determining a cause reports nothing.
		{"neither-claim-verified", "", []string{
			"a1 Ukraine (group) | accused (accusation) | Russia of blowing up the dam",
			"a2 Moscow (group) | said (statement) | Ukrainian shelling had destroyed it",
			"a3  () | could be independently verified (confirmation) | Neither claim | refers a2",
			"a4 Experts (unnamed) | said (statement) | it was too early to determine the cause"}},
		// A present tense read as a plural noun after ", but", with a
		// clause after it, is the subject's second verb.
		{"but-insists-misread", "", []string{
			"a1 The prime minister (person) | repeatedly said (statement) | his country needs access to the sea",
			"a2 The prime minister (person) | insists (statement) | it will pursue it through peaceful means"}},
		// An unverified claim past an aside on it; a position restated
		// after a comma is the writer's word on it.
		{"unverified-past-aside", "", []string{
			"a1 The rebels (group) | said (statement) | they had taken the bridge",
			"a2  () | could not be verified (confirmation) | The claim | refers a1",
			"a3 Hamas (group) | said (statement) | the proposal did not meet its demands"}},
		// "according to" at the end of a relative clause reports that
		// clause.
		{"according-in-relative", "", []string{
			"a1 Moscow (group) | says (statement) | Western restrictions have failed to weaken its economy, which grew by 3.6% last year",
			"a2 official data (unnamed) | according to (statement) | which grew by 3.6% last year"}},
		// Agreeing to something reports a commitment; agreeing a thing
		// is the act.
		{"agree-act", "", []string{
			"a1 The two sides (group) | agreed (statement) | to resume talks"}},
		// A capitalised name the tagger read as a determiner opens a
		// headline's clause; responding to force is a deed.
		// A base form after a plural subject that the tagger read as
		// the last noun of a compound, also past a place after the
		// subject, is the verb of what was said.
		{"misread-base-after-plural", "", []string{
			"a1 It (group) | previously said (statement) | its operations in Amhara target only armed groups",
			"a2 The army (group) | says (statement) | its soldiers target only fighters"}},
		// A participle aside inside what was said, which goes on after
		// it with the same auxiliary, is part of it.
		{"participle-inside-content", "", []string{
			"a1 Iranian state media (outlet) | said (statement) | the tanker had collided with an Iranian boat, injuring several crew members, and had been taken to an Iranian port"}},
		// A pronoun with its verb after a relative cue opens the
		// clause said.
		{"relative-pronoun-subject-clause", "", []string{
			"a1 which (group) | confirmed (confirmation) | it was in contact with the vessel's manager"}},
		// A headline's passive report without "is": no one named says
		// it, and the speaker after the comma reports that.
		// With a speaker after it, the passive is how the speaker put it:
		// one report, not two.
		{"headline-passive-report", "", []string{
			"a1 U.S. (group) | says (statement) | Iran's navy said to have seized oil tanker in Gulf of Oman",
			"a2  () | said (statement) | Rebel commander said to have fled to Sudan"}},
		// A restated claim answered by a subject with a possessor.
		{"restated-after-possessor", "", []string{
			"a1 The military (group) | said (statement) | Hezbollah stored cash beneath the hospital",
			"a2 the hospital's director (person) | denied (denial) | an allegation | refers a1",
			"a3 Kyiv (person) | said (statement) | Russian troops shelled the plant",
			"a4 Russia's army (group) | rejected (denial) | a claim | refers a3"}},
		// A cue ending the sentence after a comma and a short subject,
		// read as a noun, answers the clause before; a plural noun of
		// saying there is no cue.
		{"final-cue-read-as-noun", "", []string{
			"a1 Myanmar rebels (group) | claim (statement) | capture of border town | parent a2",
			"a2 military (group) | denies (denial) | Myanmar rebels claim capture of border town",
			"a3 the military (group) | denied (denial) | Rebels captured the border town",
			"a4 He (person) | said (statement) | it was just ideological, theoretical views"}},
		// "Observe" reports only with a clause; pictures that appear
		// to show are the source of what they show.
		{"observe-weak-and-appear-show", "", []string{
			"a1 China (group) | urged (statement) | both sides to observe a ceasefire",
			"a2 he (person) | observed (statement) | The tariffs had failed",
			"a3 that (document) | appeared to show (statement) | soldiers surrendering their weapons",
			"a4 Photographs (document) | appeared to show (statement) | damage to the runway"}},
		// Gerunds joined in a charge are one charge.
		{"charge-joined-gerunds", "", []string{
			"a1 The prime minister (person) | accused (accusation) | Serbia of training and arming the gunmen who stormed the village"}},
		// "According to" after a clause reports that clause, not a
		// contrast after it, and with its participles.
		{"according-contrast-and-participle", "", []string{
			"a1 the United Nations (group) | according to (statement) | The war has killed more than 14,000 people",
			"a2 rights activists (group) | say (statement) | the real toll could be much higher",
			"a3 local officials (unnamed) | according to (statement) | Militants attacked the town, killing 12 people and taking 25 hostages"}},
		// What a noun of saying holds ends before the speaker of the
		// sentence set off after it.
		{"noun-content-before-speaker", "", []string{
			"a1 Israel's (group) | demand (statement) | to keep troops along the border | parent a2",
			"a2 two Egyptian officials (unnamed) | said (statement) | Talks have stalled over Israel's demand to keep troops along the border"}},
		// A rubric before a colon is no speaker.
		{"rubric-label", "", nil},
		// A plural noun opening the clause said, read as a verb after
		// "that", is neither a cue nor makes "that" a pronoun.
		{"that-noun-misread-as-verb", "", []string{
			"a1 Kommersant (outlet) | reported (statement) | talks on a joint air defence system had stalled",
			"a2 two sources (unnamed) | citing (statement) | talks on a joint air defence system had stalled | parent a1"}},
		// A time phrase inside the verb group is not the subject; a cue
		// read as a noun and its "that" are not part of it.
		{"time-in-verb-group", "", []string{
			"a1 The paper (document) | notes (statement) | President Alexander Lukashenko has in recent months repeatedly stressed Belarus's sovereignty",
			"a2 President Alexander Lukashenko (person) | repeatedly stressed (statement) | Belarus's sovereignty | parent a1"}},
		// A participle of blame describes its noun; an apposition that
		// ranks the clause before a parenthetical cue is the writer's.
		{"blamed-on-participle", "", []string{
			"a1 local activists (group) | said (statement) | The militia killed 85 people"}},
		// "The report" is an outlet's report a few sentences back.
		{"outlet-report-referent", "", []string{
			"a1 The Times (outlet) | reported (statement) | the army had withdrawn",
			"a2 A spokesman (unnamed) | said (statement) | troops were regrouping",
			"a3 The army (group) | denied (denial) | the report | refers a1"}},
		// One of the sources taken up again is still unnamed.
		{"one-of-the-sources", "", []string{
			"a1 Kommersant (outlet) | cited (statement) | two sources",
			"a2 One of the sources (unnamed) | said (statement) | the issue had been raised"}},
		// A name the tagger misread, before a relative aside, is the
		// speaker.
		{"name-misread-before-relative", "", []string{
			"a1 Human Rights Watch, which published its own investigation last year (group) | said (statement) | the findings were consistent with what it had documented"}},
		// The object of a relative clause on the subject is no subject.
		{"subject-relative-clause-object", "", []string{
			"a1 Independent analysts who reviewed the opposition's tally sheets (unnamed) | said (statement) | they were genuine"}},
		// A participle read as a past tense before the speaker's noun.
		{"headline-participle-speaker", "", []string{
			"a1 leaked report (document) | says (statement) | Wagner fighters allegedly executed prisoners in Mali"}},
		// A force that threatens a place endangers it; a threat in
		// words has what is threatened, or whom with what.
		{"threaten-place", "", []string{
			"a1 The EU (group) | threatened (statement) | sanctions",
			"a2 The president (person) | threatened (statement) | Iran with strikes"}},
		// Where a claim of responsibility was made is not what was
		// claimed.
		{"credit-in-statement", "", []string{
			"a1 The Pakistani Taliban (group) | claimed responsibility for (statement) | the attack"}},
		// Pictures published by an outlet that appear to show a counted
		// thing: the pictures show it, the outlet's name is no subject.
		{"images-by-outlet-appear-to-show", "", []string{
			"a1 Satellite images published by the independent Russian outlet Astra (document) | appeared to show (statement) | at least two damaged hangars"}},
		// A transcript's "Q:" and "A:" are no speakers and no part of
		// what is said; "I" in an answer, and in the paragraphs that go
		// on with it up to the next question, is the person interviewed.
		{"interview-transcript", "", []string{
			"a1 the foreign minister (person) | spoke about (statement) | the talks",
			"a2 Baku (group) | says (statement) | a treaty is almost ready",
			"a3 I (person) | believe (belief) | a deal is possible this year",
			"a4 I (person) | think (belief) | the minister was evasive"}},
		// Whom an outlet quotes as saying may be placed by a phrase.
		{"quoted-as-with-place", "", []string{
			"a1 RIA Novosti (outlet) | quoted (statement) | residents were being evacuated",
			"a2 a source in the regional administration (unnamed) | saying (statement) | residents were being evacuated | parent a1"}},
		// "Ruling" before a name with its possessive describes the name.
		{"ruling-before-name", "", []string{
			"a1 The Global Times, a tabloid published by the ruling Communist Party's People's Daily (outlet) | said (statement) | Manila was playing with fire"}},
		// A participle that tells the toll of the act said is part of
		// it.
		{"toll-participle", "", []string{
			"a1 Witnesses (unnamed) | said (statement) | a second strike hit a car near the camp late Friday, killing three men"}},
		// Between the hearer and "that", a phrase with a participle in a
		// compound ("a closed-door briefing", "a televised news
		// conference"); a name joined by a hyphen ("Sun-won") is whole.
		// Set frames that report nothing: a source's wish to stay
		// unnamed, a pen name, the name a group gives itself. A
		// question asked of someone is still reported.
		{"frames-reporting-nothing", "", []string{
			"a1 A Western diplomat, who asked not to be named (unnamed) | said (statement) | the talks had failed",
			"a2 A specialist (person) | said (statement) | the code was Russian",
			"a3 the Freedom Front (group) | claimed responsibility for (statement) | the attack",
			"a4 Reporters (group) | asked (statement) | the deal was dead",
			"a5 The author, who writes under the byline Issa K. (author) | believes (belief) | the plot was real",
			"a6 A contractor, who spoke on condition of anonymity for fear of reprisals (unnamed) | told (statement) | he had seen 30 trucks"}},
		// A participle before a noun describes it, and "as planned"
		// reports no plan; the verb itself still reports.
		{"prenominal-participles", "", []string{
			"a1 the ministry (group) | said (statement) | The drills will go ahead as planned",
			"a2 The government (group) | disputed (denial) | the figures"}},
		// A clause before the cue is its content, even with a verb group
		// of an auxiliary and a participle; the quotation before it is
		// not.
		{"clause-before-cue-after-quote", "", []string{
			"a1 the governor (person) | wrote (statement) | \"There is no military target here,\" … \"There never was.\"",
			"a2 he (person) | added (statement) | Firefighters had contained a blaze in the hold by mid-morning"}},
		// A dateline is no part of a source, however much of it the
		// parse took in.
		{"dateline-partly-parsed", "", []string{
			"a1 A Liberian-flagged tanker (person) | reported (statement) | two explosions off Mokha | parent a2",
			"a2 British maritime authorities (group) | said (statement) | A Liberian-flagged tanker reported two explosions off Mokha on Tuesday"}},
		// A count after "according to X," is the clause's subject, not
		// a description of X; "in the past" inside the verb group is
		// when, not who.
		{"according-count-subject", "", []string{
			"a1 the paper (document) | According to (statement) | at least eleven soldiers, among them a lieutenant-colonel, were detained in the early hours",
			"a2 Its administrators (group) | announced (statement) | arrests before they were made public"}},
		// A relative clause on the source of "according to" opening the
		// sentence describes the source.
		{"according-source-relative", "", []string{
			"a1 the article (document) | According to (statement) | warships took part in the drill"}},
		// A live report's time stamp is no part of the source.
		{"live-time-stamp", "", []string{
			"a1 The monitoring group Tbilisi Detention Watch (group) | says (statement) | 37 people were detained",
			"a2 Giorgi Tsiklauri, a lawmaker (person) | told (statement) | the rally was financed from abroad"}},
		// A common noun right before the head modifies it; a singular
		// noun after a plural source is someone else; a platform of
		// groups is a group.
		{"compound-head-and-plural-apposition", "", []string{
			"a1 Eritrea's information ministry (group) | accused (accusation) | Addis Ababa of preparing aggression",
			"a2 those officials (unnamed) | According to (statement) | the commander, identified only as Colonel Tariq, had ordered a retreat",
			"a3 The platform (group) | said (statement) | the figure was incomplete"}},
		// A reflexive pronoun after a noun stresses it.
		{"reflexive-after-subject", "", []string{
			"a1 The Eastern Theater Command itself (group) | said (statement) | the drills were a warning"}},
		// "cited X as saying" as "quoted X as saying", with the phrases
		// that place X.
		{"cited-as-saying-with-phrase", "", []string{
			"a1 Radio Chindwin (outlet) | cited (statement) | nine people were killed",
			"a2 a Buddhist monk in the village (person) | saying (statement) | nine people were killed | parent a1"}},
		// The subject before an aside: after ", and" following a clause
		// with an auxiliary; before a long participle aside; after a
		// fronted phrase with a participle in it.
		{"subjects-past-asides", "", []string{
			"a1 a US official (unnamed) | said (statement) | further joint exercises were likely",
			"a2 it (group) | describes (statement) | internal correspondence",
			"a3 The outlet's report (document) | says (statement) | the intrusion was discovered on September 12",
			"a4 the Cabo Delgado Humanitarian Platform, which brings together 23 NGOs (group) | said (statement) | the violence had spread"}},
		// Whom a report cites may have a name in apposition before "as
		// saying"; a person after "according to the weekly," is the
		// subject of the clause, past a participle aside; quoted words
		// after "described X as" are no subject of the verb joined after
		// them.
		{"named-quoted-and-described-as", "", []string{
			"a1 It (group) | cites (statement) | the gates had been opened",
			"a2 a Kyrgyz local council member, Bakyt Usenaliev (person) | saying (statement) | the gates had been opened | parent a1",
			"a3 the weekly (outlet) | According to (statement) | the retired gendarmerie officer, identified only as Colonel A., believes the fighters were slow",
			"a4 the retired gendarmerie officer (person) | believes (belief) | the fighters were slow | parent a3",
			"a5 The embassy (group) | described (statement) | the Norwegian reporting as \"a provocation dressed up as journalism\"",
			"a6 The embassy (group) | maintained (statement) | the transponder had suffered a technical fault"}},
		// A relative clause after the source of "according to" tells
		// which one; declining to be named reports nothing; a fact
		// check's "Claim:" and "Verdict:" are rubrics, not speakers.
		{"according-relative-and-labels", "", []string{
			"a1 a relative who spoke to CPA (unnamed) | according to (statement) | The kidnappers contacted one family on Monday",
			"a2 A police officer, who declined to be named because he was not authorised to speak to the media (unnamed) | said (statement) | one guard had died",
			"a3 A video (document) | shows (statement) | tanks in the plaza"}},
		// "quotes X as saying" after the quotation, with "quotes" read
		// as a verb.
		{"quotes-as-after-quotation", "", []string{
			"a1 the daily (outlet) | quotes (statement) | \"I have fished here for forty years,\"",
			"a2 Higa (person) | saying (statement) | \"I have fished here for forty years,\" | parent a1"}},
		// Whoever is quoted as saying something speaks.
		{"quotes-any-speaker-as-saying", "", []string{
			"a1 Polarposten (person) | quotes (statement) | the ship came out of the snow",
			"a2 the skipper (person) | saying (statement) | the ship came out of the snow | parent a1"}},
		// A noun for a person after a body's name is the source's head;
		// "unnamed" makes a source unnamed in so many words.
		{"name-then-person-noun-and-unnamed", "", []string{
			"a1 An Indian Ministry of External Affairs spokesman (person) | said (statement) | the attack exposed terror infrastructure",
			"a2 The news service (outlet) | reported (statement) | engineers helped",
			"a3 two unnamed intelligence officials (unnamed) | citing (statement) | engineers helped | parent a2"}},
		// "asked whether ..." set off after the subject is the question
		// put to it, with no source, and the subject is the next
		// verb's; an imperative tells someone to say, it reports
		// nothing, and is the clause before a cue.
		// With no clause before the comma, a verb after it with an
		// object has its subject before ("Quispe, 58,"); only a quotation
		// or a clause before it inverts.
		{"comma-subject-then-object", "", []string{
			"a1 Quispe, 58 (person) | denies (denial) | all the charges",
			"a2 The Libyan National Army, which controls the east (group) | denied (denial) | any involvement",
			"a3 the mayor (person) | said (statement) | \"A disgrace,\""}},
		// A past tense dates a past act; a date inside the clause
		// reported, after its verb, is the clause's.
		{"date-past-and-content", "2025-11-14", []string{
			"a1 Putin (person) | said (statement) | the war would end soon | date 2024-12",
			"a2 Smith (person) | said (statement) | Trump is better positioned than Romney was in 2012"}},
		// A quotation before ", while" is the clause before's; a verb
		// that reports only through an infinitive does not end what was
		// said; giving no details is the speaker's second act.
		{"while-quote-and-joined-predicates", "", []string{
			"a1 Thune (person) | said (statement) | he believed a deal was \"within reach,\"",
			"a2 he (person) | believed (belief) | a deal was \"within reach,\" | parent a1",
			"a3 a leadership aide (unnamed) | said (statement) | the timeline was \"unrealistic\" unless Whitcomb relented",
			"a4 The sources (unnamed) | told (statement) | the move was \"a precaution\" and was not aimed at any country",
			"a5 It (group) | said (statement) | four of its members were \"martyred\""}},
		// Sources named in quotation marks after "citing".
		{"citing-quoted-sources", "", []string{
			"a1 Tasnim (outlet) | reported (statement) | the units had moved",
			"a2 \"informed sources\" within the Popular Mobilisation Forces (unnamed) | citing (statement) | the units had moved | parent a1"}},
		// A participle naming whom is quoted before "as saying"; "he was
		// quoted as saying" after a quotation; a verb ending a fronted
		// clause reports nothing of the main one; a participle after
		// where a verb of going went shares its subject; a participle
		// opening an apposition describes.
		{"quoted-aside-fronted-going-apposition", "", []string{
			"a1 Tasnim (outlet) | quoted (statement) | the units would stay",
			"a2 a field commander, identified only as Abu Hussein al-Darraji (unnamed) | saying (statement) | the units would stay | parent a1",
			"a3 he (person) | quoted as saying (statement) | \"The resistance axis is one body,\"",
			"a4  () | Asked (statement) | whether the minister would stay until the adviser reported",
			"a5 the spokesman (person) | said (statement) | \"Yes.\"",
			"a6 Labour (person) | promising (statement) | to clean up politics"}},
		// Whom is quoted may be named in quotation marks.
		{"cited-quoted-as-saying", "", []string{
			"a1 The portal (outlet) | cited (statement) | the exercise was a rehearsal",
			"a2 unnamed \"military experts\" (unnamed) | saying (statement) | the exercise was a rehearsal | parent a1"}},
		// A currency sign stays with its figure; a report in a relative
		// clause set off by commas ends where the main clause resumes;
		// a restatement after a closing quotation mark is no part of
		// what was said.
		{"currency-relative-end-restatement", "", []string{
			"a1 Senators (group) | pushed for (statement) | $31 billion in new aid",
			"a2 the newspaper (outlet) | According to (statement) | he told them the money was a loan",
			"a3 which (outlet) | said (statement) | it had seen a copy of his statement",
			"a4 he (person) | told (statement) | the money was a loan | parent a2",
			"a5 Katz (person) | warned (statement) | Israel would \"act against any threat from the east,\""}},
		// A figure's hedge opens the clause; an appositive with its own
		// name set off after "according to X," is the clause's subject;
		// a word joined by a hyphen is no verb; a passive with no agent,
		// a verb after "that … and", and "continued" with nothing said
		// go on with what was said.
		{"figure-hedge-named-subject-hyphen-joined", "", []string{
			"a1 He (person) | said (statement) | at least four fuel tanks were burning",
			"a2 Mediterranean Wire (outlet) | According to (statement) | the ship's operator, Aegean Lines, had been fined twice",
			"a3 he (person) | told (statement) | his country had mediated",
			"a4 She (person) | said (statement) | her client had attended every check-in and had never been charged with a crime",
			"a5 The company (group) | told (statement) | both fines related to \"administrative matters\" and had no bearing on fire safety",
			"a6 Iqbal (person) | said (statement) | mortar rounds began falling around 12:30 a.m. and continued for nearly three hours"}},
		// A passive verb of telling reports the clause after its agent;
		// a description set off after whom is quoted; "interviewed by"
		// as "quoted by".
		{"told-by-quoted-description-interviewed", "", []string{
			"a1 other women in the camp (group) | told (statement) | her husband was taken",
			"a2 The paper (document) | quoted (statement) | the system could reach Taiwan",
			"a3 Song Lixin, a Beijing-based military analyst (person) | saying (statement) | the system could reach Taiwan | parent a2",
			"a4 the channel (outlet) | interviewed by (statement) | shells had struck a mosque",
			"a5 A resident (unnamed) | said (statement) | shells had struck a mosque | parent a4"}},
		// What someone told an outlet is what the outlet reports; a
		// report of who says so between a subject and its verb.
		{"told-the-paper-and-speaker-aside", "", []string{
			"a1 The Coastal Chronicle (outlet) | reported (statement) | 14 people had died",
			"a2 two rescue workers (group) | citing (statement) | 14 people had died | parent a1",
			"a3 One of them (unnamed) | told (statement) | the number of dead will rise | parent a1",
			"a4 the newspaper (outlet) | added (statement) | The source … believes that Turkey was kept out of the talks | parent a1",
			"a5 The source (unnamed) | believes (belief) | Turkey was kept out of the talks | parent a4"}},
		// "too early to say" says nothing.
		{"too-early-to-say", "", []string{
			"a1 The governor (person) | said (statement) | it was too early to say whether the depot was out of action"}},
		// What no one knows is the writer's note, not more of what was
		// said; what is known may be said.
		{"open-question-after-and", "", []string{
			"a1 The army (group) | said (statement) | it had retaken the town",
			"a2 The ministry (group) | said (statement) | two soldiers died",
			"a3 Officials (unnamed) | said (statement) | the road was closed and it was clear why"}},
		// A report in a relative clause on the subject ends where the
		// main verb comes; the verb's source is the subject with its
		// clause, and a source cited with a report of its own is cited
		// for that report.
		{"relative-on-subject-ends-at-main-verb", "", []string{
			"a1 which (document) | cited (statement) | relatives who said that the men were beaten",
			"a2 who (group) | said (statement) | the men were beaten | parent a1",
			"a3 The paper, which cited relatives who said that the men were beaten (document) | reported (statement) | the arrests",
			"a4 Jane Roe, who is 40 (person) | told (statement) | its founder, Tom Poe, was leaving",
			"a5 who (person) | said (statement) | the plan was dead",
			"a6 The minister, who said the plan was dead (person) | told (statement) | he would resign"}},
		// Who quotes is a source too, by whatever frame: passive, with
		// the agent before or after "as saying", a trailing "as quoted
		// by", an active one with a long description of whom it quotes;
		// and whom a report cites in quotation marks, described before
		// them.
		{"quoting-frames", "", []string{
			"a1 the outlet Myanmar Now (outlet) | quoted by (statement) | the army had withdrawn",
			"a2 A senior commander (unnamed) | as saying (statement) | the army had withdrawn | parent a1",
			"a3 the state broadcaster RTS (outlet) | quoted (statement) | We will not sit quietly",
			"a4 he (person) | as saying (statement) | We will not sit quietly | parent a3",
			"a5 The minister (person) | described (statement) | the attack as “cowardly” | parent a6",
			"a6 the state news agency Saba (outlet) | as quoted (statement) | The minister described the attack as “cowardly”",
			"a7 The channel (outlet) | quoted (statement) | drones had struck a warehouse",
			"a8 an unnamed official of the internationally recognised government (unnamed) | saying (statement) | drones had struck a warehouse | parent a7",
			"a9 unnamed “sources in the security services” (unnamed) | citing (statement) | two men were beaten | parent a10",
			"a10 Informer (person) | reported (statement) | two men were beaten"}},
		// A noun phrase with an aside after it is the subject of the verb
		// after the aside, not a content the verb inverts after; a phrase
		// of time before the subject and a phrase of place after a
		// participle on it are no part of it.
		{"subject-asides-and-modifiers", "", []string{
			"a1 Caribbean Pulse (group) | cited (statement) | the Brazilian news aggregator Noticias do Norte",
			"a2 officials (unnamed) | put (statement) | the toll at six",
			"a3 Farmers living near the river (group) | said (statement) | the water was rising"}},
		// A verb of naming or regarding whose object is a relative
		// before its subject: what the object is called is the content.
		// ("in which" is no object.)
		{"named-as-fronted", "", []string{
			"a1 officials (unnamed) | described (statement) | illegal weapons belonging to the group",
			"a2 Beijing (group) | described (statement) | weather balloons",
			"a3 it (group) | called (statement) | a terrorist attack on the port",
			"a4 he (person) | called (statement) | the “Evil Empire,”",
			"a5 Trump (person) | called (statement) | himself a moderate"}},
		// A relative clause with a subject of its own after the phrase
		// is what the phrase reports; a clause cut before its verb is
		// no one's report. A fronted participle clause comes before the
		// subject, and a preposition with a gerund after it is an
		// aside. A present tense the tagger read as a plural noun after
		// a subject set off by commas is the verb; a figure may be in
		// quotation marks.
		{"interrupted-relatives-and-subjects", "", []string{
			"a1 the official readout (document) | according to (statement) | the two sides signed more than 50 agreements",
			"a2 The group (group) | claimed (statement) | an attack on Thursday",
			"a3 a statement circulated on its channels (document) | according to (statement) | dozens of soldiers were killed",
			"a4 aides (unnamed) | according to (statement) | the two leaders agreed to a truce",
			"a5 A report by the UN panel, due to be presented to the council this month and seen by Horizon Review (document) | alleges (accusation) | troops killed at least 80 civilians",
			"a6 Mercy Achieng, a hairdresser who runs a salon near the scene (person) | said (statement) | she saw two men running",
			"a7 Clinton (person) | accused (accusation) | Sanders of being a latecomer",
			"a8 The ministry (group) | put (statement) | the number of casualties at \"more than ten\""}},
		// "did not rule out that X" reports X as possible; the
		// impersonal frame and "ruled out" with an object report
		// nothing.
		{"not-ruled-out", "", []string{
			"a1 The minister (person) | rule out (statement) | troops would be sent",
			"a2 Officials (unnamed) | rule out (statement) | the strike was deliberate"}},
		// Verbs of saying in other senses say nothing: admitted to
		// hospital, called at a port, a channel called X, an act to
		// come whose content is only how it will be done.
		{"non-speech-senses", "", []string{
			"a1 the hospital (group) | said (statement) | No patient with injuries from the operation had been admitted",
			"a2 Halyard (group) | According to (statement) | the vessel had previously called at an Israeli port",
			"a3 He (person) | said (statement) | the bloc would respond \"swiftly and firmly\"",
			"a4 he (person) | said (statement) | Never",
			"a5  () | admitted (confirmation) | the figures were wrong"}},
		// A pronoun object before a comma is the content; the past
		// perfect after "and" goes on with what was reported; "making"
		// is no verb of saying; a relative clause on the subject and a
		// phrase of circumstance after it; a manner adverb and the
		// press told are no part of an object content.
		{"content-and-source-edges", "", []string{
			"a1 Kosovo police (group) | denied (denial) | that",
			"a2 Kosovo police (group) | saying (statement) | the building had been under surveillance since last month",
			"a3 the agency (group) | According to (statement) | the drone flies at 500 kilometres per hour, making it harder to intercept",
			"a4 Residents who spoke to this newspaper (unnamed) | described (statement) | a night of terror",
			"a5 President Volodymyr Zelensky (person) | said (statement) | the attack had failed",
			"a6 Iran's Foreign Ministry (group) | rejected (denial) | the report | refers a5",
			"a7 An official (unnamed) | confirmed (confirmation) | the outlines of the report",
			"a8 He (person) | denied (denial) | the sale of arms to Russia"}},
		// The second half of a compound, a participle between an
		// article and a name, and a standing rule of silence report
		// nothing ("self-described" does); "in what X described as Y"
		// with a phrase on X; a quotation closing the sentence before
		// is no content of a cue after a clause of its own.
		{"compounds-frames-and-rules", "", []string{
			"a1 The state-backed newspaper Ocean Herald (outlet) | reported (statement) | the boat had intruded",
			"a2 the coast guard (group) | said (statement) | A vessel rammed a boat near the disputed Second Thomas Shoal",
			"a3 officials in Manila (unnamed) | described (statement) | the worst confrontation",
			"a4 The service (group) | said (statement) | it \"does not discuss classified materials\"",
			"a5 a self (person) | described (statement) | socialist",
			"a6 The official (unnamed) | said (statement) | the figures were \"consistent with what allied services had observed.\""}},
		// A headline's "as"-clause with a subject of its own is the
		// writer's; in the body it is part of what was said.
		{"headline-as-clause", "", []string{
			"a1 UN agencies (group) | warn (statement) | famine is spreading in Sudan",
			"a2 government (group) | disputes (denial) | figures",
			"a3 The UN (group) | said (statement) | famine was spreading as rains failed"}},
		// A verb of harsh words with a weapon is the blow; the second
		// verb after "and had" goes on with what was said, also where
		// the first "had" stands before a quotation.
		{"deeds-and-conjuncts", "", []string{
			"a1 the coast guard (group) | said (statement) | A vessel rammed a supply boat and blasted it with a water cannon on Tuesday",
			"a2 The senator (person) | blasted (accusation) | the plan as reckless",
			"a3 The coast guard (group) | said (statement) | the boat had \"illegally intruded\" into waters near Ren'ai Jiao, China's name for the shoal, and had \"dangerously approached\" a Chinese vessel"}},
		// A verb of saying in the cue's form after "and", where what
		// was said has another verb form or none, is the speaker's
		// second act.
		{"second-act-after-and", "", []string{
			"a1 He (person) | insisted (statement) | officers had used force",
			"a2 He (person) | blamed (accusation) | gangs for the unrest",
			"a3 It (group) | says (statement) | 47 people were injured",
			"a4 It (group) | confirms (confirmation) | one man died",
			"a5 The campaign (group) | denies (denial) | any wrongdoing"}},
		// The writer's gloss after a content, with a report of its own
		// in its relative clause, is no part of the content.
		{"gloss-with-its-own-report", "", []string{
			"a1 The army (group) | denied (denial) | its drones had hit a market last week",
			"a2 the rebels (group) | say (statement) | which … killed 11 people",
			"a3 The report (document) | recommends (statement) | states demand proof of insurance",
			"a4 states (group) | demand (statement) | proof of insurance | parent a3",
			"a5 it (group) | says (statement) | Denmark has already taken"}},
		// "denied access" refuses and "referred questions" passes them
		// on; ", which would contradict X" is the writer's note; the
		// verb of a free relative has no content of its own.
		{"refusals-notes-free-relatives", "", []string{
			"a1 The mission (group) | said (statement) | its observers had been denied access to the tally centre",
			"a2 He (person) | said (statement) | he had no information",
			"a3 One woman (unnamed) | said (statement) | her neighbour was hurt"}},
		// One person not named, taken up with "the" and the same noun,
		// stays unnamed; a named one stays a person.
		// A relative clause set off after the subject leaves the verb
		// after it the subject's: "shows a tank" inverts nothing. "the
		// daily", read by the tagger as an adverb, is the outlet. A base
		// form opening a quotation bids ("Thank you").
		{"relative-aside-and-periodical", "", []string{
			"a1 the ministry (group) | said (statement) | which … was filmed in Kherson",
			"a2 The video, which the ministry said was filmed in Kherson (document) | shows (statement) | a tank",
			"a3 the daily (outlet) | reported (statement) | Three officers were detained in the raid",
			"a4 two security sources (unnamed) | citing (statement) | Three officers were detained in the raid | parent a3",
			"a5 Trump, who campaigned in the state (person) | tweeted (statement) | \"Thank you Indiana!\""}},
		// A subject before a cue set off by commas is part of what was
		// said, also where a quotation goes on from it or the tagger
		// read its verb as a base form; a quotation closing the
		// sentence before is no content of such a cue.
		{"fronted-subject-around-cue", "", []string{
			"a1 he (person) | added (statement) | The operation … \"was aimed less at the town than at the road.\"",
			"a2 the ministry (group) | said (statement) | The strike … hit a command post",
			"a3 He (person) | added (statement) | \"We will fight.\""}},
		// Whom a verb of telling addressed is not what it said; with
		// only whom, nothing was said.
		{"hearer-then-clause", "", []string{
			"a1 She (person) | warned (statement) | talks would fail"}},
		// A relative clause whose subject is reported opens with its
		// relative word, "that" as "which".
		{"relative-that-gap", "", []string{
			"a1 it (group) | said (statement) | that … was filmed in May"}},
		// A phrase naming the occasion of saying before the source
		// dates the act; a subject that opens with a possessive takes
		// a participle aside as its circumstance.
		{"occasion-dates-possessive-subject", "2025-03-04", []string{
			"a1 the ministry (group) | said (statement) | the border was closed | date 2025-02-26",
			"a2 Its report (document) | said (statement) | 40 people died | date 2025-03-03"}},
		// A noun for one who speaks, with an apposition set off after
		// it, is the source with its apposition.
		{"described-speaker", "", []string{
			"a1 The witness, a former teacher (person) | told (statement) | gunmen came",
			"a2 The ministry, the main target of the protests (group) | said (statement) | the march was illegal"}},
		// A clause a subordinator opens after the cue tells when or
		// why, not what was said.
		{"adverbial-clause-no-content", "", []string{
			"a1 The minister (person) | said (statement) | talks would resume"}},
		// What is rejected "as" something is taken up before what it is
		// called.
		{"rejected-as", "", []string{
			"a1 Tajik state television (outlet) | said (statement) | Kyrgyz troops had opened fire first",
			"a2 Bishkek (group) | rejected (denial) | the claim as a fabrication | refers a1"}},
		// A second act of the same source in the sentence takes the
		// date of the first; "but declined" after a cue the tagger read
		// as a participle is the second act, not what was confirmed.
		{"joined-acts-share-date", "2025-03-05", []string{
			"a1 The ministry (group) | said (statement) | the strike hit a command post | date 2025-03-04",
			"a2 The ministry (group) | denied (denial) | civilians were killed | date 2025-03-04",
			"a3 Officials (unnamed) | confirmed (confirmation) | talks had begun | date 2025-03-03",
			"a4 Officials (unnamed) | declined (denial) | to say where | date 2025-03-03"}},
		// "the accused" is the one charged, and accuses no one.
		{"accused-as-noun", "", []string{
			"a1 The judge (person) | asked (statement) | she had seen the accused that day",
			"a2 The accused's lawyer (person) | said (statement) | the case was weak"}},
		{"one-unnamed-taken-up", "", []string{
			"a1 A senior official (unnamed) | said (statement) | the talks had stalled",
			"a2 The official (unnamed) | said (statement) | a deal was still possible",
			"a3 Prime Minister Jane Roe (person) | said (statement) | no",
			"a4 The minister (person) | added (statement) | talks would go on"}},
		// A statement read on television is the medium of what was
		// said; "a request for comment", "a delay in announcing" and
		// "this would contradict" name no one's act of saying.
		{"media-and-acts-not-done", "", []string{
			"a1 The army (group) | said (statement) | the rebels had shelled army positions",
			"a2 It (group) | respond to (statement) | a request for comment",
			"a3 The sign (document) | read (statement) | \"Stop the war now\""}},
		{"asked-aside-and-imperatives", "", []string{
			"a1  () | asked (statement) | whether the bloc's approach had worked",
			"a2 One EU diplomat in Pristina (person) | replied (statement) | \"Ask me after the Association is created.\"",
			"a3 he (person) | said (statement) | Tell them the truth"}},
		{"hearer-then-medium-then-that", "", []string{
			"a1 The agency (group) | told (statement) | about 3,000 soldiers had moved",
			"a2 He (person) | told (statement) | the war was over",
			"a3 Park Sun-won, a lawmaker (person) | according to (statement) | About 3,000 soldiers had moved"}},
		// A hearer alone inside a quotation says nothing; the verb after
		// the quotation is its speaker's.
		{"hearer-only-in-quote", "", []string{
			"a1 he (person) | said (statement) | \"We told the politicians in February,\" … \"Nobody listened.\""}},
		// Whom a report cites after its content sources that content,
		// not the next act of the speaker.
		{"citing-after-content", "", []string{
			"a1 Zelenskiy (person) | said (statement) | Russia was massing troops near Kharkiv",
			"a2 intelligence reports (unnamed) | citing (statement) | Russia was massing troops near Kharkiv | parent a1",
			"a3 Zelenskiy (person) | urged (statement) | allies to speed up deliveries"}},
		// A verb of saying after a comma is no participle of the next
		// cue's subject.
		{"said-then-name-subject", "", []string{
			"a1 A senior official, who spoke on condition of anonymity (unnamed) | said (statement) | Taipei believed Beijing was testing Washington's resolve",
			"a2 Taipei (group) | believed (belief) | Beijing was testing Washington's resolve | parent a1"}},
		// A dateline of a place with hyphens, its country and agency.
		{"long-dateline", "", []string{
			"a1 a police union (group) | according to (statement) | Armed gangs overran a police station on Friday, killing at least four officers"}},
		// A rubric opening a headline is no part of what was said; a
		// weak cue's object with a relative clause says nothing; sources
		// counted again stay unnamed.
		{"rubric-and-weak-object-relative", "", []string{
			"a1 sources (unnamed) | say (statement) | U.S. weighs new sanctions on Chinese banks over Russia trade",
			"a2 three people familiar with the matter (unnamed) | according to (statement) | The administration is considering sanctions on several Chinese banks that it accuses of helping Russia",
			"a3 two of the sources (unnamed) | said (statement) | The measures would target two lenders"}},
		// "That" before a name with a participle aside and then its
		// verb opens the clause said.
		{"that-name-participle-aside", "", []string{
			"a1 He (person) | suggests (statement) | Moscow, distracted by the war in Ukraine, is unlikely to intervene"}},
		// After a manner adverb, a cue read as a plural noun; a phrase
		// of place inside the subject.
		{"adverb-before-misread-cue", "", []string{
			"a1 The recent concentration of troops near the border (person) | indirectly confirms (confirmation) | this"}},
		// A name given, restated and rejected, refers back.
		{"term-rejected", "", []string{
			"a1 Aliyev (person) | repeatedly called (statement) | the route the \"Zangezur corridor\"",
			"a2 Yerevan (person) | rejects (denial) | a term | refers a1"}},
		// A headline that ends on a preposition after its cue's
		// content ("vows to fight on") has no occasion after it.
		{"headline-ends-after-preposition", "", []string{
			"a1 Sudan army (group) | says (statement) | it retook Khartoum's presidential palace",
			"a2 RSF (person) | vows (statement) | to fight on"}},
		// A headline's "X:" is its own attribution's source, no part of
		// the content of the speaker after the comma.
		{"label-headline-with-speaker", "", []string{
			"a1 Al-Monitor (outlet) | : (statement) | Turkish drones struck Kurdish positions in Syria",
			"a2 local sources (unnamed) | say (statement) | Turkish drones struck Kurdish positions in Syria",
			"a3 The Al-Monitor news site (outlet) | reports (statement) | four fighters were killed"}},
		// Whom an outlet quotes as saying, with a relative clause set off
		// on it.
		{"quoted-as-past-relative", "", []string{
			"a1 The publication (outlet) | quotes (statement) | the strikes hit a checkpoint",
			"a2 an SDF commander, who spoke on condition of anonymity (unnamed) | saying (statement) | the strikes hit a checkpoint | parent a1"}},
		// A cue set off inside a relative clause reports that clause.
		{"parenthetical-in-relative", "", []string{
			"a1 The author (author) | believes (belief) | the escalation may be linked to talks between Ankara and Damascus, which, he writes, have stalled over the presence of Turkish troops",
			"a2 he (person) | writes (statement) | which … have stalled over the presence of Turkish troops | parent a1"}},
		// Agreeing a text is the act; agreeing that X reports X.
		{"agree-object-is-act", "", []string{
			"a1 foreign ministries (group) | say (statement) | Armenia, Azerbaijan agree text of peace deal",
			"a2 the two countries' foreign ministries (group) | said (statement) | Armenia and Azerbaijan have agreed the text of a peace treaty",
			"a3 They (group) | agreed (statement) | the talks would resume"}},
		// A plural noun of saying after a comma, with a relative clause
		// and no relative word after it, is no verb.
		{"restating-plural-read-as-verb", "", []string{
			"a1 Officials (unnamed) | accused (accusation) | the detained foreigners of plotting against the government",
			"a2 The ministry (group) | denies (denial) | the charges"}},
		// An outlet's label before a headline with no verb retells the
		// outlet's claim.
		{"outlet-label-headline", "", []string{
			"a1 Kommersant (outlet) | : (statement) | Moscow and Minsk at odds over air defence deal",
			"a2 The newspaper (outlet) | reported (statement) | talks had stalled"}},
		// A subject with a participle after its adverb; counted
		// documents are the source's kind; "Reportedly," opening a
		// sentence reports the clause after it.
		{"leaked-documents-suggest", "", []string{
			"a1 A set of documents purportedly leaked from the Kremlin's administration (document) | suggests (statement) | Russia drew up plans to destabilise Moldova",
			"a2  () | Reportedly (statement) | investigators have opened a criminal case"}},
		// A headline's charge without "is": no one named accuses.
		{"headline-charge", "", []string{
			"a1  () | accused (accusation) | Sudan's RSF accused of killing dozens in village raid",
			"a2 The RSF (person) | denied (denial) | responsibility"}},
		// A count of the people who answer a restated ruling; the right
		// or ability to defend oneself is no act of saying.
		{"counted-answerer-and-capacity", "", []string{
			"a1 many Amhara (person) | saw (belief) | a decision",
			"a2 He (person) | defended (statement) | himself against the charges"}},
		// A subject with a "whose" clause set off on it, and a base form
		// after that clause, which no speaker follows.
		{"whose-subject", "", []string{
			"a1 The documents, whose authenticity could not be established (document) | describe (statement) | a campaign of disinformation"}},
		{"headline-misread-name-and-respond", "", []string{
			"a1 Houthis (person) | claim (statement) | missile attack on US destroyer",
			"a2 Pentagon (group) | says (statement) | no ship hit",
			"a3 The spokesman (person) | said (statement) | the group would respond to any American or British aggression against Yemen"}},
		{"charge-and-time", "", []string{
			"a1 The governor (person) | accused (accusation) | the rebels on Friday of shelling the market",
			"a2 The rebels (group) | accused (accusation) | the army of shelling the port"}},
		// With an agent, the charge of a passive accusation is said too,
		// around the cue and the agent.
		{"passive-charge-with-agent", "", []string{
			"a1 critics (group) | has repeatedly been blamed (accusation) | The general … for the collapse of the front"}},
		{"referring-to-sources", "", []string{
			"a1 military sources (unnamed) | referring to (statement) | the border was closed | parent a2",
			"a2 The newspaper (outlet) | reported (statement) | the border was closed",
			"a3 the article, written by a former officer (document) | According to (statement) | the army is exhausted"}},
		// "There are reports that/of": the reports are the source and
		// "that" or "of" the cue, as with "according to"; a report that
		// only exists reports nothing.
		{"there-are-reports", "", []string{
			"a1 unconfirmed reports (unnamed) | that (statement) | the airport had been captured",
			"a2 reports (unnamed) | of (statement) | looting in the capital"}},
		// A source "quoted by" or "cited by" another is the inner link
		// of a chain whose outer link is the agent. ("AFP" is an outlet
		// the registry knows, even without the entity layer.)
		{"quoted-by", "", []string{
			"a1 AFP (outlet) | quoted by (statement) | the soldiers fired into the crowd",
			"a2 Eyewitnesses (person) | said (statement) | the soldiers fired into the crowd | parent a1",
			"a3 local media (outlet) | quoted by (statement) | the town was shelled overnight",
			"a4 Residents (unnamed) | said (statement) | the town was shelled overnight | parent a3"}},
		// A clause restated as a noun of saying that another source
		// answers (", a claim denied by X", ", a claim X denies") ends
		// the first content; the answer refers to it.
		{"restated-claim", "", []string{
			"a1 The rebels (group) | say (statement) | they have taken the airport",
			"a2 the army (group) | denied (denial) | a claim | refers a1",
			"a3 The militia (group) | says (statement) | it shot down a jet",
			"a4 the ministry (group) | denies (denial) | a claim | refers a3"}},
		// Verbs of saying joined by "and", "or", "nor" are one cue, of
		// the first verb's kind, with the subject before them.
		{"joined-cues", "", []string{
			"a1 The prosecutor's office (group) | neither confirmed nor denied (confirmation) | it was examining the messages",
			"a2 The Pentagon (group) | neither confirm nor deny (confirmation) | the strike",
			"a3 The minister (person) | said and wrote (statement) | the war was over"}},
		// An aside between the cue and "that", set off by dashes or
		// commas, is neither a stop nor part of what was said.
		{"aside-before-that", "", []string{
			"a1 His campaign chairman (person) | said (statement) | the campaign raised $4 million",
			"a2 The minister (person) | said (statement) | the army had retreated"}},
		// A quotation after a colon and a label that names its speaker,
		// which may follow an opener or a dash; a label without a name
		// is not a speaker.
		{"label-colon", "", []string{
			"a1 the economist Jane Roe (person) | : (statement) | “Prices will rise in the spring.”",
			`a2 Carl Smith (person) | : (statement) | "It came too late."`}},
		// "As X put it", "as X have pointed out" with an aside in the
		// subject; chanting is saying.
		{"as-put-it", "", []string{
			"a1 many tax experts (unnamed) | pointed out (statement) | the candidate is free to release his returns",
			"a2 a Homeland Security memo (document) | put it (statement) | The main requirement is a lawful source of income",
			`a3 Protesters (group) | chanted (statement) | "What curfew?"`,
			`a4 the economist Jane Roe (person) | puts it (statement) | "The plan is dead."`}},
		// "Reportedly" reports its clause without a source, unless it
		// is part of a verb of saying; "allegedly" is only a hedge.
		{"reportedly", "", []string{
			"a1  () | reportedly (statement) | Google and Facebook have reportedly looked at the company and passed",
			"a2 The mayor (person) | reportedly said (statement) | the plan would fail"}},
		// Participles used as prepositions, and the writer's "it goes
		// without saying" and "let's say", report nothing.
		{"prepositional-participles", "", nil},
		// "So" for the clause of a verb of believing; contents through
		// "against", "with" and "about", which keep the quotation
		// before from the cue; a reason after a phrase of place, or a
		// quotation, makes an attack verbal.
		{"prep-and-proform", "", []string{
			"a1 He (person) | think (belief) | so",
			"a2 The mayor (person) | warned against (statement) | hackers from abroad",
			"a3 Anderson (person) | largely agreed with (statement) | the senator",
			"a4 Her aide (person) | apparently disagrees with (statement) | her former boss",
			"a5 The governor (person) | attacked (accusation) | “the hateful ideology of the gangs.”",
			"a6 The governor (person) | brags about (statement) | his prowess in debates",
			"a7 He (person) | attacked (accusation) | other candidates on stage for accepting donations"}},
		// A quotation resumed in lower case past a longer phrase of
		// time and place goes on with the one before the cue.
		{"quote-resumes-after-place", "", []string{
			"a1 I (person) | think (belief) | the moderator will be very fair | parent a2",
			`a2 the senator (person) | said (statement) | "I think the moderator will be very fair," … "but a lot of people are going to be watching."`}},
		// A participle in -ing that the tagger reads as a noun, after a
		// comma and before "that", goes on from the main clause.
		{"participle-read-as-noun", "", []string{
			"a1 Central European leaders (group) | warning (statement) | the exit will sap the continent's defenses"}},
		// A headline's verb agrees with the subject before it, and the
		// rest of the headline is what was said; "Plan" after a
		// singular name is a noun. "Voted to" takes an infinitive.
		{"headline-verbs", "", []string{
			"a1 Black Lawmakers (group) | Rip (accusation) | Donald Trump As A ‘Disgusting Fraud.’",
			"a2 The panel (group) | voted (statement) | to hold him in contempt"}},
		// A finding labelled by what found it needs no verb.
		{"finding-label", "", []string{
			"a1 Poll (document) | : (statement) | Clinton and Trump in dead heat heading into first debate"}},
		// ", and" with a new subject and a verb of saying of its own
		// ends what the first cue reports.
		{"and-new-report", "", []string{
			"a1 The president (person) | emphasized (statement) | the reforms were not complete",
			"a2 rights groups (group) | warned (statement) | the government was losing leverage"}},
		// A quoted object goes on with the phrases that modify it, not
		// with a time.
		{"quoted-object-goes-on", "", []string{
			`a1 The fund (group) | referenced (statement) | "political tensions" in advanced economies that are generating uncertainty`,
			`a2 He (person) | praised (statement) | "the courage of the troops"`}},
		// ", and" with a noun phrase and no verb of its own ends a list
		// of two; with a verb it starts a new clause.
		{"list-of-two", "", []string{
			"a1 She (person) | emphasizing (statement) | economic fairness, and a need to raise the minimum wage",
			"a2 He (person) | praised (statement) | the mayor"}},
		// A parenthetical cue between a clause and what qualifies it
		// reports both.
		{"parenthetical-then-qualifier", "", []string{
			"a1 she (person) | said (statement) | The plan would fail … because the costs are too high"}},
		// "That" before a clause that opens with a phrase of time is
		// no pronoun object.
		{"that-before-opening-phrase", "", []string{
			"a1 The poll (document) | showed (statement) | as of Friday, the senator is leading the race"}},
		// A relative clause that describes the speaker reports
		// nothing: "spoke on the condition of anonymity" is how.
		{"relative-describes-speaker", "", []string{
			`a1 one adviser, who spoke on the condition of anonymity to speak candidly (unnamed) | said (statement) | "It is over,"`}},
		// An adjective of belief after "be" takes a clause, after
		// "that", "if" or straight after it.
		{"adjective-that", "", []string{
			"a1 Many Democrats (group) | are afraid that (belief) | the senator's large lead may be undercut by apathy",
			"a2 He (person) | is sure that (belief) | the vote will pass",
			"a3 She (person) | was sure (belief) | the mayor would win",
			"a4 They (group) | weren't sure if (belief) | the plan would work",
			"a5 The mayor (person) | was pleased that (belief) | the bill passed"}},
		// "Exhort" takes an infinitive, "hail" an object; "order" only
		// an infinitive ("ordered a review" orders a deed).
		{"exhort-hail", "", []string{
			`a1 The senator (person) | exhorted (statement) | delegates to "vote your conscience" at the convention`,
			"a2 A newspaper article (document) | hailed (statement) | the mayor as “The Comeback Kid” for his success",
			"a3 The officers (group) | ordered (statement) | him to get out of the car"}},
		// "That" before a noun whose clause's verb comes after a phrase
		// is a complementiser, not a determiner.
		{"that-before-long-subject", "", []string{
			"a1 The commander (person) | said (statement) | resistance to the army would continue"}},
		// A straight opening mark closed by a curly one.
		{"quote-mixed-marks", "", []string{
			"a1 Jim Clyburn, who was treasurer of the state from 2009 to 2012 (person) | said (statement) | \"The governor does not understand the first thing about the budget,” … \"He never did.\""}},
		{"quote-misprinted-close", "", []string{
			"a1 Jim Clyburn, a congressman (person) | said (statement) | “The reality is, if she loses Iowa, that could create new problems for her here,“"}},
		// "call X Y": an appositive may come between object and
		// predicate.
		{"call-appositive-predicate", "", []string{
			"a1 The senator (person) | called (statement) | the governor, his rival in the race, a “coward.”"}},
		// Records and polls "show": after a plural noun phrase the
		// tagger's compound noun is the verb, and a participle phrase
		// ("released on Tuesday") does not hide the subject.
		{"show-evidence-final", "", []string{
			"a1 election records compiled by the commission (document) | show (statement) | Pate has not donated to any other candidate"}},
		{"show-after-participle", "", []string{
			"a1 A poll of South Carolina (document) | showed (statement) | the senator with a wide lead"}},
		// A stance verb after its subject is finite even when the
		// tagger reads the base form as an infinitive.
		{"stance-present-after-adverb", "", []string{
			"a1 African-American voters (group) | overwhelmingly support (statement) | the president"}},
		// Questions about an indirect question; whoever faces them is
		// not who asks them.
		{"questions-about-whether", "", []string{
			"a1  () | questions about (statement) | whether he would resign"}},
		// "but did not suggest": a second act of saying ends the first
		// content.
		{"second-cue-after-aux", "", []string{
			"a1 He (person) | said (statement) | he would support the eventual nominee",
			"a2 He (person) | suggest (statement) | it would be Trump"}},
		// "states" after a preposition is the noun, not the verb.
		{"plural-noun-after-preposition", "", nil},
		// The hearer after "told" (and where it was told) is no content
		// of the cue's own: the quotation before is.
		{"quote-told-hearer-place", "", []string{
			"a1 he (person) | told (statement) | “We were wrong to wait,”"}},
		{"quote-told-possessive-hearer", "", []string{
			"a1 she (person) | told (statement) | “We will win,”"}},
		// "claim to": the infinitive is what is claimed.
		{"claim-infinitive", "", []string{
			"a1 Four senators (group) | claim (statement) | to object to the party's stance"}},
		// Nouns of committing take an infinitive; "threat of" is no
		// saying. "Ask" takes its topic through "about".
		{"noun-infinitive", "", []string{
			"a1 his (person) | promise (statement) | to build a wall on the border"}},
		{"asked-about", "", []string{
			"a1 The host (person) | asked about (statement) | the merger"}},
		{"worry-about", "", []string{
			"a1 Many residents (unnamed) | worry about (belief) | rising prices"}},
		// Quoted words inside a reported clause: the clause goes on.
		{"quote-runs-on", "", []string{
			"a1 The president (person) | said (statement) | “it makes me angry” every time he reads about the attack"}},
		// A participle before its noun describes the noun.
		{"prenominal-participle", "", nil},
		{"quote-but-quote", "", []string{
			`a1 he (person) | said (statement) | "You know, I love Larry," … "Larry has a history of representing the industry."`}}, // "say" read as an interjection after an adverb set off by commas.
		{"say-after-adverb-aside", "", []string{
			"a1 Western diplomats (unnamed) | say (statement) | the mercenaries have been involved in several massacres of civilians"}},
		// A plural head before a phrase that places it takes a plural
		// verb the tagger read as a noun.
		{"plural-subject-placed", "", []string{
			"a1 Some analysts in Tokyo (unnamed) | suspect (belief) | the drills are intended to test Japan",
			"a2  () | intended (belief) | to test Japan | parent a1"}},
		// A measure of time and "after" qualify the clause before the
		// cue, as "after" alone does; they are no content of their own.
		{"time-measure-after-cue", "", []string{
			"a1 Taiwan's Defence Ministry (group) | said (statement) | China sent 45 military aircraft and nine warships around Taiwan on Monday … a day after the island's president returned from a trip to the United States"}},
		// A clause joined after the object, whose subject has an
		// apposition, ends the object and has its own speaker.
		{"clause-joined-after-object", "", []string{
			"a1 Opposition leaders (group) | accused (accusation) | the police of using excessive force",
			"a2 the public defender, Levan Ioseliani (person) | said (statement) | he had seen signs of beatings",
			"a3 Leaders (group) | accused (accusation) | the police",
			"a4 Levan Ioseliani, the public defender (person) | said (statement) | he had seen bruises"}},
		// "made (it) clear" with a clause; "made the town safer" says
		// nothing.
		{"made-clear", "", []string{
			"a1 Israeli officials (unnamed) | made clear (statement) | they consider a diplomatic solution unlikely",
			"a2 they (group) | consider (belief) | a diplomatic solution unlikely | parent a1",
			"a3 The minister (person) | made it clear (statement) | she would not resign"}},
		// An infinitive after a participle aside goes on with the object.
		{"aside-before-infinitive", "", []string{
			"a1 Islamabad (group) | repeatedly accused (accusation) | Kabul of allowing the Pakistani Taliban, known as the TTP, to use Afghan territory for attacks"}},
		// A quotation before ", but he would not say" is not what he
		// would not say; "it" opening a clause refers to no report.
		{"conjunction-after-quote", "", []string{
			`a1 Peskov (person) | told (statement) | cooperation was developing "in all areas"`,
			"a2 he (person) | say (statement) | it included missiles"}},
		// "according to" interrupting a relative clause reports that
		// clause; the report it hangs in ends before it.
		{"according-to-in-relative", "", []string{
			"a1 The newspaper Yeni Safak (outlet) | wrote (statement) | the operation was a response to an attack on a border post last week",
			"a2 the Turkish Defence Ministry (group) | according to (statement) | which … was carried out by militants who had crossed from Syria"}},
		// A quotation after a naming noun names the writer; nothing is
		// written.
		{"named-by-quotation", "", []string{
			`a1 One of them, who writes under the name "Grey Zone" (unnamed) | estimated (belief) | at least 80 Russians had died`}},
		// A columnist with a name is a person, not the author of the
		// piece.
		{"columnist-named", "", []string{
			"a1 the Turkish columnist Abdulkadir Selvi (person) | According to (statement) | the two presidents spoke by telephone"}},
		// Unnamed sources taken up again stay unnamed and hang from the
		// outlet that cites them; so do an outlet's sources. A weak cue
		// ("continue") needs a subject that can say something.
		{"unnamed-taken-up", "", []string{
			"a1 unnamed European officials (unnamed) | citing (statement) | Iran had delivered missiles to Russia | parent a2",
			"a2 The Wall Street Journal (outlet) | reported (statement) | Iran had delivered missiles to Russia",
			"a3 The officials (unnamed) | said (statement) | the weapons could reach the front within weeks | parent a2",
			"a4 the newspaper's sources (unnamed) | According to (statement) | the shipments continue | parent a2"}},
		// The hearer of "told" may be an outlet's description and name.
		{"told-outlet-named", "", []string{
			"a1 diplomatic sources (unnamed) | told (statement) | The envoy will visit both capitals next week"}},
		// "As X, NAME, noted": the subject with its phrase and name.
		{"as-noted-with-apposition", "", []string{
			"a1 the spokesman for the Philippine Coast Guard, Jay Tarriela (person) | noted (statement) | Chinese vessels have repeatedly used water cannons"}},
		// A restated claim answered with "as" and a quotation: the
		// quotation says how it was dismissed.
		// A participle phrase on the subject is part of who speaks; a
		// cue participle there takes its object only.
		{"participle-on-subject", "", []string{
			"a1 Officials investigating the blast (unnamed) | said (statement) | it was an accident",
			"a2 Protesters (group) | demanding (statement) | his resignation",
			"a3 Protesters demanding his resignation (group) | said (statement) | they would stay"}},
		// An -ing word before the noun is in the subject; a weak cue
		// with a noun phrase after "and had not" goes on with what was
		// said.
		{"prenominal-ing-and-weak-object", "", []string{
			"a1 The NATO-led peacekeeping mission KFOR (group) | said (statement) | it was monitoring the situation and had not observed any unusual movements"}},
		// A laboratory speaks as a body.
		{"lab-is-a-body", "", []string{
			"a1 The lab (group) | said (statement) | the images showed burned neighbourhoods"}},
		// "As X reports," with the verb read as a noun, and whom X
		// cites set off after it.
		{"as-reports-citing", "", []string{
			"a1 Tasnim (outlet) | reports (statement) | Tehran has sent a delegation to Baghdad",
			"a2 informed sources (unnamed) | citing (statement) | Tehran has sent a delegation to Baghdad | parent a1"}},
		// An outlet taken up by the noun it was named with is that
		// outlet.
		{"outlet-taken-up", "", []string{
			"a1 The news agency Tasnim (outlet) | reported (statement) | talks had begun",
			"a2 The agency (outlet) | claims (statement) | the delegation is headed by a commander"}},
		{"restated-claim-as", "", []string{
			"a1 Vucic (person) | accused (accusation) | Kosovo of preparing an attack",
			"a2 Pristina (group) | dismissed (denial) | a claim | refers a1"}},
	}
	for _, c := range cases {
		for _, parsed := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s/parsed=%v", c.name, parsed), func(t *testing.T) {
				d := run(t, c.name, parsed, c.published)
				var got []string
				for _, a := range d.Attributions {
					got = append(got, show(d, a))
				}
				if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
					t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
				}
			})
		}
	}
}

// TestTreeMechanisms covers readings that need the dependency tree, such
// as a raising verb's clause, subject and cue included, attributed to no
// one.
func TestTreeMechanisms(t *testing.T) {
	cases := []struct {
		name string
		want []string
	}{
		// What one is not authorized to say is not said; "the source"
		// taken up again is as unnamed as before.
		{"not-authorized-to-speak", []string{
			"a1 A senior military source (unnamed) | told (statement) | the army had lost 40 soldiers",
			"a2 The source, who was not authorised to speak to the media (unnamed) | said (statement) | reinforcements were expected"}},
		// The noun nearest the cue inside the subject's relative clause
		// is not the speaker; the subject with its clause is.
		{"subject-relative-noun", []string{
			"a1 A Mexican official who was not authorized to speak publicly on this issue (unnamed) | said (statement) | the talks had failed"}},
		// "adding" after an inverted subject and its apposition goes on
		// from the verb of saying.
		{"inverted-adding", []string{
			`a1 Martin Griffiths, the U.N. aid chief (person) | said (statement) | "This is a catastrophe of historic proportions,"`,
			"a2 Martin Griffiths, the U.N. aid chief (person) | adding (statement) | both sides had blocked deliveries"}},
		{"raising-seem", []string{"a1  () | seem (belief) | The new rules seem to favor large farms"}},
		// "that" before a name opens the clause, however the parse read
		// it.
		{"complementiser-misread", []string{
			"a1 The Morgenblatt (person) | quotes (statement) | Berlin fears contagion",
			"a2 a senior diplomat (unnamed) | saying (statement) | Berlin fears contagion | parent a1"}},
		// Two sources cited; a bracket opened in a source is closed in
		// it; a title between the noun of a gloss and the name.
		{"source-lists-brackets-glosses", []string{
			"a1 the newspaper (outlet) | reported (statement) | Drones carried out three strikes",
			"a2 local sources and a Lebanese security official (unnamed) | citing (statement) | Drones carried out three strikes | parent a1",
			"a3 His main challenger, Chanda Mwale of the Alliance for Democratic Renewal (ADR) (person) | says (statement) | the result was manufactured",
			"a4 The ADR (person) | said (statement) | two supporters had been shot by police",
			"a5 police spokesperson Rita Mwanza (person) | denied (denial) | a claim | refers a4",
			"a6 police spokesperson Rita Mwanza (person) | saying (statement) | officers had used only tear gas"}},
		// The past perfect after "and" goes on with what was reported,
		// and the act it names is its subject's.
		{"past-perfect-conjunct", []string{
			"a1 The journalist (person) | reported (statement) | cartel members had been extorting growers and had threatened the mayor",
			"a2 cartel members (group) | threatened (statement) | the mayor | parent a1"}},
		// A participle set off between subject and verb reports up to
		// the aside's end and takes the subject before it.
		{"participle-aside", []string{
			"a1 The speaker (person) | admitting (confirmation) | he had concerns",
			"a2 The speaker, despite admitting that he had concerns (person) | voted for (statement) | the bill"}},
		// A second base form after a cue in the base form is a second
		// act; ", aside from" sets off an exception.
		{"second-base-form-and-exception", []string{
			"a1 The senator (person) | accuse (accusation) | the campaign of lying",
			"a2 The senator (person) | urge (statement) | voters to stay home",
			"a3 He (person) | refuses (denial) | to discuss potential appointees",
			"a4 He (person) | saying (statement) | he wants a diverse delegation"}},
		// A subject set off by an aside, and an adjectival participle
		// after "appear"; a sign "reads" the quotation on it.
		{"raising-appear-more", []string{
			"a1  () | appeared (belief) | The governor, casting herself as a champion of farmers, appeared to calm the crowd",
			"a2  () | appeared (belief) | The field appeared poised to narrow further",
			"a3 The sign (document) | read (statement) | “Stop the war now,”"}},
		// A relative clause with no relative word has the noun phrase
		// before the cue for its subject, not the noun it hangs on.
		{"contact-relative-subject", []string{
			"a1 his lawyers (group) | say (statement) | stemmed from posts in a chat group"}},
		// A subject the parse found before a semicolon is not that of a
		// cue after it.
		{"headline-semicolon", []string{
			"a1 Houthis (person) | claim (statement) | hit on tanker off Mokha",
			"a2 crew (person) | says (statement) | ship undamaged"}},
		// The if-clause before the subject is not part of the expectation.
		{"raising-expected", []string{"a1  () | is expected (belief) | the new bridge is expected to open in May"}},
		// "appeared at": no infinitive or adjective, no raising.
		{"raising-not", nil},
		// A report in the complement of another is one refused or
		// decided, not one made: only the outer report stands.
		{"controlled-report", []string{
			"a1 The board (group) | refused (denial) | to discuss the merger",
			"a2 The ministry (group) | decided (statement) | not to publish the report"}},
		// Agentless passives of saying and believing report what unnamed
		// others say; "a charge X rejects" rejects the accusation before.
		// A clause the parse split into a noun and its predicate is one
		// content; a name's first word the parse cut off stays in the
		// source.
		{"split-predicate-name-start", []string{"a1 The Collective for the Defence of the Rights of the Azawad People (group) | said (statement) | at least 23 civilians, including women and children, were killed when drones struck a wedding party"}},
		{"passive-report", []string{"a1  () | is widely believed (belief) | The minister is widely believed to have resigned"}},
		// "is seen as" reports an unnamed view; "was seen leaving" a
		// sighting.
		{"passive-seen-as", []string{"a1  () | are widely seen (belief) | Delaware and Maryland are widely seen as strongholds of the governor"}},
		{"passive-accused", []string{"a1  () | is accused (accusation) | The neighbouring state is accused of arming the rebels"}},
		// "Blamed for"; a relative clause with no relative word ends the
		// last noun of the charge.
		{"passive-blame", []string{
			"a1  () | have sometimes been accused (accusation) | Peacekeepers have sometimes been accused of hurting the civilians they were sent to protect",
			"a2  () | have been blamed (accusation) | Officials have been blamed for introducing cholera to the island",
			"a3  () | has often been criticized (accusation) | The alliance has often been criticized for being slow"}},
		// The charge as a noun phrase, or a gerund the parser hung on
		// one as an adjective.
		{"passive-charge-noun", []string{
			"a1  () | was accused (accusation) | Iran was accused of supplying drones to Russia",
			"a2  () | was blamed (accusation) | The army was blamed for the attack"}},
		{"object-relative", []string{
			"a1  () | is accused (accusation) | The army is accused of shelling the port",
			"a2 the ministry (group) | denies (denial) | a charge | refers a1"}},
		// A bare clause with its own subject and finite verb gives a
		// weak cue its reporting sense (the tags alone cannot tell it
		// from an object).
		{"weak-finite-clause", []string{"a1 The inspectors (group) | found (statement) | the pipes were corroded"}},
		// A stance noun's source is the subject of the verb whose object
		// it is.
		// A clause whose subject the parse hung on the cue as its object.
		{"clause-subject-as-object", []string{"a1 I (author) | knew (belief) | this hatred and foul talk were wrong"}},
		{"noun-prep-object", []string{"a1 The agency (group) | questions about (statement) | the merger"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := run(t, c.name, true, "")
			var got []string
			for _, a := range d.Attributions {
				got = append(got, show(d, a))
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestOccasionDates covers dates the tree places before the cue: a
// fronted phrase of time, and the occasion of a participle of speaking
// ("Speaking to local radio on Wednesday"), which an act of another kind
// does not date ("Having fled the town on Monday").
func TestOccasionDates(t *testing.T) {
	d := run(t, "fronted-and-occasion-dates", true, "2025-11-14")
	want := []string{"said 2025-11-11", "warned 2025-11", "insisted 2025-11-12", "accused 2025-11-13", "said ", "said 2025-11-12"}
	var got []string
	for _, a := range d.Attributions {
		got = append(got, d.Slice(a.Cue.Span)+" "+a.Date)
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRelay(t *testing.T) {
	cases := []struct{ name, outlet, evidence string }{
		{"relay", "Valley Courier", "An article published by the Valley Courier"},
		{"relay-outlet", "Harbor Tribune", "The newspaper Harbor Tribune"},
		// A state's adjective before the outlet's name is not its name.
		{"relay-demonym-paper", "Harbor Tribune", "the Finnish paper Harbor Tribune"},
	}
	for _, c := range cases {
		for _, parsed := range []bool{true, false} {
			d := run(t, c.name, parsed, "")
			if d.Relays == nil {
				t.Fatalf("%s parsed=%v: no relay", c.name, parsed)
			}
			if d.Relays.Outlet != c.outlet || d.Slice(d.Relays.Evidence) != c.evidence {
				t.Errorf("%s parsed=%v: relay %q evidence %q", c.name, parsed, d.Relays.Outlet, d.Slice(d.Relays.Evidence))
			}
		}
	}
	// An article of an outlet that the text does not go on retelling is
	// no relay.
	d := run(t, "nested-accusation", true, "")
	if d.Relays != nil {
		t.Errorf("nested-accusation: unexpected relay %+v", d.Relays)
	}
}

func TestSpansAreSlices(t *testing.T) {
	d := run(t, "quote-continued", true, "")
	for _, a := range d.Attributions {
		for _, s := range []doc.Span{a.Source.Span, a.Cue.Span, a.Content} {
			if _, err := d.MakeSpan(s.Start, s.End); err != nil || s.Empty() {
				t.Errorf("%s: bad span %+v: %v", a.ID, s, err)
			}
		}
	}
}

func TestInputErrors(t *testing.T) {
	if _, err := attribution.New(attribution.Options{MaxSentenceTokens: -1}); err == nil {
		t.Error("negative MaxSentenceTokens accepted")
	}
	st, _ := attribution.New(attribution.Options{})
	d := doc.New("Text that was never segmented.")
	if err := st.Run(context.Background(), d); !errors.Is(err, attribution.ErrNoSentences) {
		t.Errorf("unsegmented doc: got %v", err)
	}
	if err := st.Run(context.Background(), doc.New("")); err != nil {
		t.Errorf("empty doc: %v", err)
	}
	// A head pointing outside the sentence must not panic.
	d, _ = attrtest.Load("testdata", "say-that", true)
	d.Tokens[3].Head = 999
	d.Tokens[5].Head = 5
	if err := st.Run(context.Background(), d); err != nil {
		t.Errorf("broken heads: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d, _ = attrtest.Load("testdata", "say-that", true)
	if err := st.Run(ctx, d); err == nil {
		t.Error("cancelled context: no error")
	}
}

// BenchmarkRun measures the stage over every fixture document.
func BenchmarkRun(b *testing.B) {
	cases, err := attrtest.ReadCases("testdata")
	if err != nil {
		b.Fatal(err)
	}
	var docs []*doc.Doc
	for _, c := range cases {
		d, err := attrtest.Load("testdata", c.Name, true)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	st, _ := attribution.New(attribution.Options{})
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if err := st.Run(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// A cue that finds no content run, in a sentence that is not the
// document's first, leaves the others' attributions whole (it once read
// tokens before the sentence).
func TestEmptyRunAfterFirstSentence(t *testing.T) {
	for _, parsed := range []bool{true, false} {
		d := run(t, "empty-run-after-first-sentence", parsed, "")
		found := false
		for _, a := range d.Attributions {
			if d.Slice(a.Cue.Span) == "concluded" && d.Slice(a.Source.Span) == "he" && strings.HasPrefix(d.Slice(a.Content), "“I think also") {
				found = true
			}
		}
		if !found {
			t.Errorf("parsed=%v: no attribution of the quotation to \"he concluded\"", parsed)
		}
	}
}
