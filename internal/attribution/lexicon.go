package attribution

import (
	"strings"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// frame says which kinds of content a cue verb can take besides a clause
// (a "that" clause, a quotation, a parenthetical or a colon).
type frame uint8

const (
	// fObject: an object with its complements is the content
	// ("accused the minister of lying", "denied the report").
	fObject frame = 1 << iota
	// fInfinitive: a to-infinitive is the content ("vowed to resign").
	fInfinitive
	// fPassive: the passive subject is the content when an agent is named
	// ("This was confirmed by the ministry").
	fPassive
	// fQuestion: content may be a wh- or whether clause only as object
	// ("asked whether ...").
	fQuestion
	// fPrep: a prepositional object is the content ("called for X",
	// "talked about X", "warned against X").
	fPrep
	// fAddressee: an object names whom the content was told to, not the
	// content ("told reporters that X", "X, she told Reuters.", "assured
	// him X"); see addresseeAfter.
	fAddressee
)

type cueEntry struct {
	typ   string
	frame frame
}

// cueVerbs is a general English lexicon of verbs of saying, reporting,
// believing, confirming, denying and accusing, by lemma. It is meant to
// cover ordinary news prose, not any one text.
var cueVerbs = map[string]cueEntry{}

func addVerbs(typ string, fr frame, lemmas string) {
	// A verb listed twice keeps the frames of both lists and the type of
	// the later one, so the specific lists (accusation, belief ...) come
	// after the general ones.
	for _, l := range strings.Fields(lemmas) {
		cueVerbs[l] = cueEntry{typ, fr | cueVerbs[l].frame}
	}
}

func init() {
	addVerbs(doc.CueStatement, 0, `say tell state add continue conclude write note explain declare remark
		comment mention observe argue insist maintain stress emphasize emphasise underline underscore
		reiterate repeat assert contend claim suggest indicate predict warn caution reveal disclose recall
		tweet post answer reply respond testify inform explain proclaim complain boast brag joke shout
		yell whisper speculate hint concede acknowledge point announce report say predict forecast
		estimate show find tell argue propose recount describe quip retort exclaim muse lament
		summarize summarise conclude reason counter object protest allege emphasise affirm advise
		relate narrate opine theorize theorise posit signal chant imply email read clarify specify`)
	addVerbs(doc.CueStatement, fPassive, `report announce state reveal disclose publish say tell`)
	// Verbs of communication whose object names what was said ("cited the
	// figures", "outlined a plan", "described it as").
	addVerbs(doc.CueStatement, fObject|fPassive, `cite mention describe reference outline detail discuss
		express voice highlight tout announce propose recommend predict repeat
		reiterate stress emphasize emphasise underscore question label dub brand praise applaud
		endorse defend reveal disclose report proclaim explain recount acknowledge admit
		concede dismiss reject deny confirm tweet post note suggest thank challenge advocate bemoan hail`)
	// Findings: an object counts only when a document or evidence names
	// it ("the poll shows Clinton ahead"; see weakCues).
	addVerbs(doc.CueStatement, fObject, `show find`)
	addVerbs(doc.CueStatement, fInfinitive|fObject, `promise pledge vow threaten urge encourage ask demand
		warn exhort implore`)
	// "agreed to talks", "decided to withdraw"; "agreed new sanctions"
	// reports an act, not words.
	addVerbs(doc.CueStatement, fInfinitive, `agree decide`)
	// "ordered them to leave"; "ordered a review" orders a deed.
	addVerbs(doc.CueStatement, fInfinitive, `order`)
	// "told them to leave"; "told jokes" reports nothing.
	addVerbs(doc.CueStatement, fInfinitive, `tell`)
	// Verbs that take the hearer as object and the content as a clause.
	addVerbs(doc.CueStatement, fAddressee, `tell inform assure reassure warn remind notify advise promise`)
	// Rulings and findings with a clause ("the court ruled that X").
	addVerbs(doc.CueStatement, 0, `rule determine learn`)
	// Presenting something or someone in a light ("portrayed him as").
	addVerbs(doc.CueStatement, fObject, `offer present portray characterize characterise depict`)
	addVerbs(doc.CueBelief, fObject, `view regard deem interpret`)
	// "sees X as Y": only with "as" after the object (see verbCue).
	addVerbs(doc.CueBelief, fObject, `see`)
	addVerbs(doc.CueStatement, fPrep|fInfinitive, `call`)
	addVerbs(doc.CueStatement, fPrep, `talk speak comment complain argue push testify boast brag joke lobby
		write vote advocate rail plead`)
	// With their own preposition only (ownPrep in cues.go).
	addVerbs(doc.CueStatement, fPrep, `refer point respond reply side ask agree disagree insist`)
	// "ruled against X", "voted to hold X in contempt".
	addVerbs(doc.CueStatement, fPrep, `rule`)
	addVerbs(doc.CueStatement, fInfinitive, `vote`)
	// "warned against X", "warned of X".
	addVerbs(doc.CueStatement, fPrep, `warn`)
	addVerbs(doc.CueBelief, fPrep, `worry`)
	addVerbs(doc.CueBelief, fInfinitive, `want plan seek intend hope expect aim`)
	// "claims to represent X", "professed to be undecided": the
	// infinitive is what is claimed.
	addVerbs(doc.CueStatement, fInfinitive, `claim profess purport`)
	// Verbs of taking a position on something ("backed the plan",
	// "likened it to").
	addVerbs(doc.CueStatement, fObject, stanceList)
	addVerbs(doc.CueDenial, fInfinitive|fObject, `refuse decline`)
	addVerbs(doc.CueStatement, fQuestion|fObject, `ask wonder question inquire enquire`)
	addVerbs(doc.CueAccusation, fObject|fPassive, `accuse blame charge criticize criticise condemn denounce
		fault decry slam blast lambaste castigate chastise rebuke reproach indict mock ridicule chide
		scold bash assail deride`)
	addVerbs(doc.CueAccusation, 0, `allege`)
	// "made clear that", "made it clear that": with "clear" only.
	addVerbs(doc.CueStatement, 0, `make`)
	// "laid out a plan", "spelled out the terms": with the particle only.
	addVerbs(doc.CueStatement, fObject, `lay spell`)
	// "attacked X", "ripped X" are verbal only against a person or with
	// a reason ("attacked Smith", "attacked the plan as ..."); see
	// verbalAttack.
	addVerbs(doc.CueAccusation, fObject, `attack rip`)
	addVerbs(doc.CueBelief, 0, `believe think assume suspect expect feel fear hope guess suppose presume
		reckon imagine doubt consider know understand realize realise worry estimate anticipate
		figure judge`)
	// Judgements drawn from evidence, with a clause only ("the think tank
	// assessed that ..."; "assessed the damage" reports nothing).
	addVerbs(doc.CueBelief, 0, `assess surmise infer deduce hypothesize hypothesise`)
	addVerbs(doc.CueConfirmation, fObject|fPassive, `confirm acknowledge admit concede verify corroborate
		affirm`)
	addVerbs(doc.CueDenial, fObject|fPassive, `deny reject dismiss refute rebut dispute contradict disavow`)
}

// irregular maps irregular inflected forms of cue verbs to their lemma, so a
// lemmatiser slip does not hide a cue.
var irregular = map[string]string{
	"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
	"thought": "think", "felt": "feel", "found": "find", "knew": "know", "known": "know",
	"understood": "understand", "laid": "lay", "shown": "show", "saw": "see", "sees": "see",
}

// cueLemma returns the cue lemma of a verb token, or "".
func cueLemma(t *doc.Token) string {
	if !isVerbTag(t) {
		return ""
	}
	return lexLemma(t)
}

// lexLemma returns the cue lemma of a token whatever its tag, or "".
func lexLemma(t *doc.Token) string {
	l := lemma(t)
	if _, ok := cueVerbs[l]; ok {
		return l
	}
	if l2, ok := irregular[lower(t)]; ok {
		return l2
	}
	// A lemmatiser slip on a regular form ("declined" → "declin"): undo
	// the regular inflections of the form itself.
	if isVerbTag(t) {
		return uninflect(lower(t), inflections, nil)
	}
	return ""
}

// Regular inflections of verbs, each a suffix and what replaces it in the
// base form, tried in order.
var (
	inflections = [][2]string{{"ied", "y"}, {"ies", "y"}, {"ed", "e"}, {"ed", ""}, {"d", ""}, {"es", ""}, {"s", ""},
		{"ing", "e"}, {"ing", ""}}
	// ingForms undo the participle in -ing, also after a doubled
	// consonant ("admitting").
	ingForms = [][2]string{{"ing", "e"}, {"ing", ""}, {"tting", "t"}, {"pping", "p"}, {"nning", "n"}, {"rring", "r"},
		{"mming", "m"}, {"gging", "g"}, {"dding", "d"}, {"bbing", "b"}, {"lling", "l"}}
	// presentForms are the third person and the base form itself.
	presentForms = [][2]string{{"ies", "y"}, {"es", ""}, {"s", ""}, {"", ""}}
)

// uninflect returns the first cue lemma that undoing one of sufs on w
// gives and keep accepts (any, when keep is nil), or "".
func uninflect(w string, sufs [][2]string, keep func(string) bool) string {
	for _, suf := range sufs {
		if b, ok := strings.CutSuffix(w, suf[0]); ok && len(b) > 1 {
			if _, ok := cueVerbs[b+suf[1]]; ok && (keep == nil || keep(b+suf[1])) {
				return b + suf[1]
			}
		}
	}
	return ""
}

// weakCues are verbs that count as cues only with an explicit clausal
// content or in a parenthetical, never with an object or alone, because
// their everyday senses are not about saying ("continue", "add", "find",
// "show", "figure", "point", "consider", "judge", "advise" a client,
// "maintain" a lead, "read" a book; a sign "read" what it says; "assess"
// damage).
var weakCues = map[string]bool{
	"continue": true, "add": true, "find": true, "show": true, "figure": true,
	"point": true, "consider": true, "judge": true, "know": true, "understand": true, "feel": true,
	"hope": true, "worry": true, "signal": true, "object": true, "counter": true, "post": true,
	"publish": true, "fear": true, "see": true, "advise": true, "maintain": true, "read": true,
	"assess": true, "infer": true, "deduce": true, "determine": true, "observe": true,
}

// Source head nouns by kind. A source whose head noun is listed takes that
// kind unless a named entity says otherwise.
var (
	authorNouns = set(`author writer columnist correspondent reporter journalist editor blogger
		commentator analyst`)
	documentNouns = set(`article report study paper survey poll statement document letter memo
		memorandum book analysis piece column editorial post tweet research filing
		complaint lawsuit release communique communiqué transcript text note message email e-mail
		review assessment investigation dossier brief briefing indictment ruling decision order
		resolution blog record footage video sign banner placard poster billboard imagery image images
		photo photos photograph photographs leak leaks tally estimate projection forecast
		readout readouts testimony affidavit provision draft version bill clause amendment decree
		motion proposal treaty charter constitution law map chart census
		verdict judgment judgement dissent warrant`)
	outletNouns = set(`newspaper paper publication outlet outlets media channel network television tv radio site
		magazine website daily weekly tabloid broadcaster station wire press portal journal gazette
		newsletter edition`)
	unnamedNouns = set(`source sources data information reports report rumors rumours people observers
		experts analysts officials insiders witnesses residents estimates figures statistics
		accounts evidence someone somebody some many others diplomats aides`)
	// anonymousNouns name a source by its anonymity, so that "the
	// source" taken up again is as unnamed as "a source" was.
	anonymousNouns = set(`source insider witness`)
	groupNouns     = set(`government authorities administration ministry department office army military
		police party campaign committee panel council commission fund company firm group organization
		organisation union alliance coalition movement front forces militants rebels insurgents
		officials leaders spokespeople members lawmakers senators democrats republicans
		country state states agency white house kremlin pentagon team staff militia militias
		faction factions regime junta cabinet parliament court tribunal opposition guerrillas
		fighters separatists paramilitaries battalion brigade regiment troops soldiers board bank
		corporation institute university embassy consulate legislature senate congress assembly
		foundation association federation secretariat directorate bureau tank observatory watchdog force bloc
		lab laboratory centre center mission delegation platform consortium forum collective hospital clinic service
		family household prosecution defence defense`)
	personNouns = set(`he she i you we they spokesman spokeswoman spokesperson president minister rapporteur ombudsman
		leader chairman chairwoman chair head director secretary governor senator mayor official
		candidate ambassador general commander adviser advisor aide lawyer attorney expert
		professor scientist economist analyst pollster representative congressman congresswoman
		prime premier chief king queen prince judge envoy diplomat activist founder ceo prosecutor
		investigator inspector negotiator mediator lawmaker legislator
		man woman doctor father mother son daughter wife husband resident witness voter supporter
		officer soldier fighter colonel lieutenant sergeant employee worker staffer nurse medic
		survivor relative neighbour neighbor pilot guard villager refugee victim elder
		broker trader dealer banker executive manager owner operator investor insurer
		monk priest imam cleric pastor bishop teacher student farmer driver member`)
	// newsNameWords mark a proper name as a news outlet when no entity type is known.
	newsNameWords = set(`news times post journal telegraph herald tribune gazette press agency tv
		radio daily mail guardian observer chronicle review courier reuters bloomberg associated
		broadcasting network channel magazine express standard independent ledger globe star sun
		mirror inquirer dispatch bulletin monitor sentinel register examiner gazette weekly`)
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// anaphors are contents that only point back to something said before.
var anaphors = set(`this that it these those which`)

// discourse markers and conjunctions trimmed from the edges of a content.
var edgeWords = set(`that and but or so moreover furthermore however therefore thus also yet then
	besides meanwhile nonetheless nevertheless still indeed`)

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// labelNouns head paragraph labels that look like speakers but are not
// ("Editor's note:", "Correction:").
var labelNouns = set(`note correction clarification update disclaimer editor warning caption photo
	source sources credit related read watch see advertisement ad`)

// evidenceNouns head sources that report findings ("the data show").
var evidenceNouns = set(`data evidence poll polls survey surveys study studies research record records
	figure figures number numbers average averages model models forecast forecasts tally count
	video footage analysis analyses test tests result results audit review investigation probe
	report reports document documents transcript`)

// stanceList are verbs of taking a position. They report a position only
// as the finite verb of a clause ("The senator backed the plan"), not as a
// gerund or participle ("accused X of supporting Y").
const stanceList = `support oppose back favor favour echo liken compare downplay applaud commend`

var stanceVerbs = set(stanceList)

// positionVerbs are the stance verbs that name a position for or against
// outright, whatever their form.
var positionVerbs = set(`support back oppose`)

// predicative are verbs that say something of their object in a predicate
// after it ("called the plan a disaster", "considers Clinton honest",
// "deemed the vote unfair"): object and predicate together are what was
// said.
// mannerNouns head a phrase after a verb of saying that tells how it was
// said, not what about: "spoke on condition of anonymity", "on
// background", "on the record", "on behalf of", "on camera", "on air".
var mannerNouns = set(`condition background record behalf camera air`)

// mediumNouns are where a text is published or broadcast (see medium).
var mediumNouns = set(`telegram twitter facebook instagram tiktok youtube whatsapp weibo vkontakte
	linkedin bluesky social television tv radio website blog podcast channel`)

var predicative = set(`call consider deem label brand dub declare judge`)
