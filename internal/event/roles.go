package event

import (
	"strconv"
	"strings"

	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/timex"
)

// roleSet is what build needs from the arguments of a trigger.
type roleSet struct {
	actor, recipient, location string // entity IDs
	quantity                   *doc.Quantity
	air                        bool // aircraft among the means ("by 12 jets", "by air")
	hasArg                     bool // some nominal argument was found, entity or not
	// The parse named a subject (or agent) / an object (or passive
	// subject), entity or not; when it did not, the positional reading
	// may fill the role.
	actorTok, patientTok bool
	// target is 1 + the token of what the act was done to when that is
	// no entity ("blew up the dam"), 0 when there is none.
	target int
}

func (v *view) roles(c *cand, anchor int, typ string, recipSub bool) roleSet {
	if !v.hasSyntax {
		return v.rolesSurface(c, typ, recipSub)
	}
	r := v.rolesDep(c, anchor, typ, recipSub)
	// "X was not involved in the fighting": the clause that names an act
	// denies X a part in it, so the words before it name no actor.
	deniedPart := false
	if !c.verb {
		if h := v.toks[anchor].head; h >= 0 && v.negated(h) {
			deniedPart = true
		} else if h >= 0 && partNouns[v.toks[h].lower] {
			// "denied any involvement in the offensive": the part
			// denied is in the act, not the act itself.
			if g := v.toks[h].head; g >= 0 && denyVerbs[v.lx.lemmaOfWord(v.toks[g])] {
				deniedPart = true
			}
		}
	}
	// Parsers drop arguments in long sentences ("X, which ..., has started
	// providing"); where the parse has no argument at all for a role, the
	// positional reading of the clause fills it.
	if (!r.actorTok && r.actor == "") || (!r.patientTok && r.recipient == "") || r.location == "" {
		s := v.rolesSurface(c, typ, recipSub)
		// An event noun in an "of" phrase of another noun ("took note of
		// the request") is not done by whoever comes before.
		ofNoun := false
		if v.hasSyntax && !c.verb && c.noun == nil {
			if hh := v.toks[anchor].head; hh >= 0 && v.toks[hh].upos == "NOUN" && v.caseOf(anchor) == "of" {
				ofNoun = true
			}
		}
		if !r.actorTok && r.actor == "" && s.actor != r.recipient && !deniedPart && !ofNoun {
			r.actor = s.actor
			r.air = r.air || s.air // the means come with the agent read by position
		}
		if !r.patientTok && r.recipient == "" && s.recipient != r.actor {
			r.recipient = s.recipient
		}
		if r.location == "" && s.location != r.actor && s.location != r.recipient {
			r.location = s.location
		}
		if r.quantity == nil {
			r.quantity = s.quantity
		}
	}
	return r
}

// reciprocal are the types of acts two parties named together do to each
// other when nothing else is named as the one acted on.
var reciprocal = map[string]bool{"ASSAULT": true, "CONSULT": true, "AGREE": true, "COOPERATE": true}

// exchanged are objects that make a verb an act done to each other
// ("exchanged fire").
var exchanged = map[string]bool{"fire": true, "gunfire": true, "shots": true, "blows": true}

// mutualVerbs are acts two parties named together always do to each
// other, whatever they exchange ("Iran and France exchanged prisoners").
var mutualVerbs = map[string]bool{"exchange": true, "swap": true}

// partner returns the entity of a conjunct joined to the noun phrase np,
// or to the modifier of it that names the actor, other than actor:
// "Azerbaijan" in "Armenia and Azerbaijan", "Tajik" in "Kyrgyz and Tajik
// border guards".
func (v *view) partner(np int, actor string) string {
	heads := []int{np}
	for _, k := range v.kids[np] {
		switch base, _, _ := strings.Cut(v.toks[k].dep, ":"); base {
		case "amod", "compound", "nmod":
			heads = append(heads, k)
		}
	}
	for _, h := range heads {
		for _, c := range v.children(h, "conj") {
			if m, ok := v.entityOf(c); ok && m.entity != actor && m.typ != doc.EntityPlace {
				return m.entity
			}
		}
	}
	return ""
}

// partNouns name a part in an act ("involvement in the offensive").
var partNouns = map[string]bool{"involvement": true, "role": true, "part": true, "participation": true, "hand": true}

// denyVerbs deny what their object says.
var denyVerbs = map[string]bool{"deny": true, "reject": true, "refute": true, "dismiss": true}

var relPron = map[string]bool{"which": true, "who": true, "whom": true, "that": true}

var locCase = map[string]bool{"in": true, "at": true, "into": true, "inside": true, "near": true, "across": true,
	"over": true, "throughout": true, "within": true, "around": true, "outside": true}

// notRecipCase are prepositions whose object is never the one acted upon.
// targetPronoun are the pronouns that may stand for what an act was done
// to.
var targetPronoun = map[string]bool{"it": true, "them": true}

var notRecipCase = map[string]bool{"through": true, "via": true, "like": true, "including": true, "than": true,
	"despite": true, "without": true, "during": true, "as": true, "per": true, "alongside": true, "beside": true}

var recipCase = map[string]bool{"against": true, "on": true, "at": true, "upon": true, "with": true}

var airWords = map[string]bool{"helicopter": true, "aircraft": true, "airplane": true, "plane": true, "jet": true,
	"warplane": true, "drone": true, "bomber": true, "gunship": true, "air": true, "airstrike": true, "aviation": true,
	"airforce": true, "fighter-bomber": true, "uav": true}

// transitive types take "of X" on a noun as the one acted upon ("the arrest
// of X"); the others take it as the actor ("the withdrawal of X").
var transitive = map[string]bool{"ASSAULT": true, "COERCE": true, "ACCUSE": true, "SANCTION": true, "SUPPORT": true}

// ---- with dependencies ----

func (v *view) isPassive(h int) bool {
	subjOnly := false
	for _, c := range v.kids[h] {
		switch v.toks[c].dep {
		case "aux:pass", "obl:agent":
			return true
		case "nsubj:pass", "csubj:pass":
			subjOnly = true
		}
	}
	// A passive subject with no auxiliary, and an object after the verb,
	// is a past tense the parse misread: "DGCIM detained at least six
	// officers" (a headline's "Three soldiers killed in attack" has no
	// object).
	if subjOnly {
		return !v.objectNext(h) && !v.countNext(h)
	}
	if v.toks[h].dep == "acl" && v.toks[h].xpos == "VBN" && !v.clauseOnNoun(h) && !v.objectNext(h) {
		// A bare participle on a noun is passive: "the brigade stationed
		// in the country". (Not a past tense the parse hung on its
		// subject, with its object after it: "air defenses destroyed 17
		// drones".)
		return true
	}
	if v.toks[h].xpos == "VBN" || strings.Contains(v.toks[h].feats, "Voice=Pass") {
		// A participle modifying a noun with a "by" phrase: "tanks,
		// supported by drones".
		for _, c := range v.childrenBase(h, "obl") {
			if v.caseOf(c) == "by" {
				return true
			}
		}
	}
	return false
}

// bareCharge reports whether verb h is "accused" or "suspected" with
// "of" right after it and no object: only a passive, its auxiliary
// dropped, says it so.
func (v *view) bareCharge(h int) bool {
	switch v.lx.lemmaOfWord(v.toks[h]) {
	case "accuse", "suspect":
	default:
		return false
	}
	return h+1 < len(v.toks) && v.toks[h+1].lower == "of" && v.toks[h+1].sent == v.toks[h].sent && v.firstChild(h, "obj") < 0
}

// countNext reports whether a count of what follows comes right after
// token h: "at least six", "more than 40", "some 300".
func (v *view) countNext(h int) bool {
	for k := h + 1; k < len(v.toks) && k <= h+3 && v.toks[k].sent == v.toks[h].sent; k++ {
		switch v.toks[k].lower {
		case "at", "least", "more", "than", "some", "about", "around", "nearly", "almost", "over", "up", "to":
			continue
		}
		return k > h+1 && v.toks[k].upos == "NUM"
	}
	return false
}

// objectNext reports whether an object opens right after verb h: a
// number, a determiner or a possessive, which a passive participle does
// not take.
func (v *view) objectNext(h int) bool {
	if h+1 >= len(v.toks) || v.toks[h+1].sent != v.toks[h].sent {
		return false
	}
	n := v.toks[h+1]
	return n.upos == "NUM" || n.upos == "DET" || n.xpos == "PRP$"
}

// controller finds the understood subject of a verb that has none of its
// own: the object of the governing verb in object control ("accused X of
// supporting", "forced X to retreat"), else its subject ("started
// sending", "ready to send"), or the subject of the first
// conjunct.
func (v *view) controller(h int) int {
	for steps := 0; steps < 4; steps++ {
		g := v.toks[h].head
		if g < 0 {
			return -1
		}
		base, _, _ := strings.Cut(v.toks[h].dep, ":")
		if (base == "advcl" || base == "acl") && v.nominal(g) {
			if s := v.issuer(g); s >= 0 {
				return s
			}
			// "accused Ankara of arming": the clause hangs on the noun
			// whose act it names.
			return g
		}
		if base == "advcl" && v.toks[h].xpos == "VBG" && h > 0 && v.toks[h-1].text == "," && len(v.children(h, "mark")) == 0 && v.isCue(g) {
			// "accused Moscow of shelling the city, killing 12": the
			// participle tells what the act reported did, not what the
			// speaker did.
			if k := v.reportedVerb(g, h); k >= 0 {
				if s := v.subjectOf(k); s >= 0 {
					return s
				}
				h = k
				continue
			}
			return -1
		}
		switch base {
		case "conj":
			// "NNA reported that the strike hit a house and killed a
			// woman": an act the parse joined to the verb of saying
			// goes on from the clause reported.
			if v.isCue(g) && !v.isCue(h) {
				if k := v.reportedVerb(g, h); k >= 0 {
					if s := v.subjectOf(k); s >= 0 && v.nominal(s) {
						return s
					}
					return -1
				}
			}
			// Only a nominal subject is shared, here and below; a parse
			// that made an adjective the subject ("is unwilling to ...,
			// whereas X has started providing") went wrong.
			if s := v.subjectOf(g); s >= 0 && v.nominal(s) {
				return s
			} else if s >= 0 {
				return -1
			}
		case "xcomp", "advcl":
			if base == "advcl" && v.finite(h) {
				// "left after the junta demanded it": a finite clause
				// has a subject of its own, however the parse hung it.
				return -1
			}
			objectControl := base == "xcomp"
			for _, m := range v.children(h, "mark") {
				if v.toks[m].lower == "of" {
					objectControl = true
				}
			}
			if o := v.firstChild(g, "obj"); objectControl && o >= 0 && o < h {
				return o
			}
			// "called on Rwanda to withdraw": the one called upon acts.
			for _, o := range v.childrenBase(g, "obl") {
				if cs := v.caseOf(o); (cs == "on" || cs == "upon") && o < h && v.lx.lemmaOfWord(v.toks[g]) == "call" {
					return o
				}
			}
			if s := v.subjectOf(g); s >= 0 && v.nominal(s) {
				return s
			} else if s >= 0 {
				return -1
			}
		default:
			return -1
		}
		if v.finite(g) {
			// A finite verb must have its own subject; none means the parse
			// went wrong, and climbing further would borrow another
			// clause's subject.
			return -1
		}
		h = g
	}
	return -1
}

// scopedChild is the first child of h by dep inside the current scope,
// else the first: a parse may give a verb two subjects, one of them the
// source of the report the verb is in ("According to X, Y struck").
func (v *view) scopedChild(h int, dep string) int {
	ks := v.children(h, dep)
	if len(ks) == 0 {
		return -1
	}
	for _, k := range ks {
		if v.scope.Empty() || v.scope.Contains(v.toks[k].span) {
			return k
		}
	}
	return ks[0]
}

// isCue reports whether token i is the cue of an attribution.
func (v *view) isCue(i int) bool {
	for _, a := range v.d.Attributions {
		if a.Cue.Span.Contains(v.toks[i].span) {
			return true
		}
	}
	return false
}

// reportedVerb is the last verb between cue g and token h that g
// governs: the act g reports.
func (v *view) reportedVerb(g, h int) int {
	for k := h - 1; k > g; k-- {
		if v.toks[k].upos != "VERB" {
			continue
		}
		for a, steps := k, 0; a >= 0 && steps < 8; a, steps = v.toks[a].head, steps+1 {
			if a == g {
				return k
			}
		}
	}
	return -1
}

// clauseOnNoun reports whether a verb the parse hangs on a noun as a
// modifier is in fact the clause's main verb: it has a direct object (a
// passive participle cannot), or its noun is the root of the sentence
// (the parse made the subject the root: "The opposition called for ...").
func (v *view) clauseOnNoun(h int) bool {
	if v.firstChild(h, "obj") >= 0 {
		return true
	}
	g := v.toks[h].head
	if g < 0 || v.toks[g].dep != "root" || g > h || !v.nominal(g) {
		return false
	}
	// "an organisation, banned in X" stays a modifier: a comma sets it off.
	for k := g + 1; k < h; k++ {
		if isPunct(v.toks[k].text) {
			return false
		}
	}
	return true
}

func (v *view) nominal(i int) bool {
	switch v.toks[i].upos {
	case "NOUN", "PROPN", "PRON":
		return true
	}
	return false
}

// finite reports whether verb i has an auxiliary of its own.
func (v *view) finite(i int) bool {
	return len(v.children(i, "aux", "aux:pass", "cop")) > 0 || v.toks[i].xpos == "VBD" || v.toks[i].xpos == "VBZ" || v.toks[i].xpos == "VBP"
}

// standsForClause reports whether token i is what an attribution
// answers, a relative that the attribution layer read as standing for
// the clause before (", which Kyiv denies").
func (v *view) standsForClause(i int) bool {
	for _, a := range v.d.Attributions {
		if a.RefersTo != "" && a.Content == v.toks[i].span {
			return true
		}
	}
	return false
}

func (v *view) subjectOf(g int) int {
	if s := v.firstChild(g, "nsubj"); s >= 0 {
		return s
	}
	return v.firstChild(g, "nsubj:pass")
}

// entityOf maps a nominal to an entity: a mention on its head, or else on
// a modifier ("12 Syrian tanks" → the state of the demonym;
// "dozens of tanks of the Iraqi army" → its owner), nearest first.
func (v *view) entityOf(i int) (mention, bool) {
	if i < 0 {
		return mention{}, false
	}
	if relPron[v.toks[i].lower] && v.standsForClause(i) {
		// ", which the army rejects": what was said before, no one.
		return mention{}, false
	}
	relative := false
	if relPron[v.toks[i].lower] && v.hasSyntax {
		relative = true
		// "which" in a relative clause stands for the noun it modifies.
		// (A bounded walk: a broken parse may have cycles.)
		for k, steps := i, 0; k >= 0 && steps < 4; k, steps = v.toks[k].head, steps+1 {
			if v.toks[k].dep == "acl:relcl" {
				i = v.toks[k].head
				break
			}
		}
		// "an air strike on Iran's consulate in Damascus that killed
		// seven": the parser hangs the clause on the nearest noun, but
		// what kills is the act whose phrase that noun is in; the act
		// is no entity.
		for k, steps := i, 0; k >= 0 && steps < 3; k, steps = v.toks[k].head, steps+1 {
			if k != i && v.toks[k].upos == "NOUN" && v.lx.lemmas[v.lx.lemmaOfWord(v.toks[k])] {
				return mention{}, false
			}
			if !strings.HasPrefix(v.toks[k].dep, "nmod") {
				break
			}
		}
	}
	frontier := []int{i}
	seen := map[int]bool{i: true}
	// "Haitian gangs", "Syrian rebels": a state named on a group that is
	// not its own forces is not who acts.
	nonState := nonStateNouns[v.toks[i].lower]
	for depth := 0; depth <= 3 && len(frontier) > 0; depth++ {
		var next []int
		for _, k := range frontier {
			if m, ok := v.mentionAt(k); ok {
				if depth > 0 && nonState && m.typ == doc.EntityCountry {
					continue
				}
				// A place named in a modifier ("the defenders of X") is
				// where the thing is, not the thing.
				if depth > 0 && m.typ == doc.EntityPlace {
					continue
				}
				// "Iranian-made drones" are not Iran's.
				if depth > 0 && v.madeIn(m) {
					continue
				}
				return m, true
			}
		}
		if !v.hasSyntax {
			break
		}
		for _, k := range frontier {
			// "Ukrainian shelling had destroyed it", with "shelling" read
			// as a gerund and the demonym as its subject: whose act it is.
			if depth == 0 && v.toks[k].xpos == "VBG" && strings.HasPrefix(v.toks[k].dep, "nsubj") {
				for _, c := range v.children(k, "nsubj") {
					if c < k && !seen[c] {
						seen[c] = true
						next = append(next, c)
					}
				}
			}
			// "Hamas-led militants": the name hangs on the participle.
			if depth > 0 && v.toks[k].dep == "amod" && ledWords[v.toks[k].lower] {
				for _, c := range v.kids[k] {
					if !seen[c] && v.toks[c].upos == "PROPN" {
						seen[c] = true
						next = append(next, c)
					}
				}
			}
			for _, c := range v.childrenBase(k, "amod", "compound", "nmod", "flat", "appos") {
				// "targets in southern Lebanon": a phrase of place on
				// the noun says where it is, whatever the place.
				if locCase[v.caseOf(c)] {
					continue
				}
				// "a town on the border with China": who is with a
				// modifier's noun is neither the thing nor its owner.
				if depth > 0 && v.caseOf(c) == "with" {
					continue
				}
				// "an air strike on Iran's consulate that killed": what
				// an act is done to does not own the act that a relative
				// clause goes on with.
				if relative && recipCase[v.caseOf(c)] && v.toks[k].upos == "NOUN" && v.lx.lemmas[v.lx.lemmaOfWord(v.toks[k])] {
					continue
				}
				if !seen[c] {
					seen[c] = true
					next = append(next, c)
				}
			}
		}
		frontier = next
	}
	return mention{}, false
}

// nonStateNouns name groups that a state's name or adjective on them
// does not make the state's ("Haitian gangs", "Syrian rebels").
var nonStateNouns = map[string]bool{"gang": true, "gangs": true, "rebel": true, "rebels": true, "militant": true,
	"militants": true, "insurgent": true, "insurgents": true, "cartel": true, "cartels": true, "separatist": true,
	"separatists": true, "protester": true, "protesters": true, "demonstrators": true, "opposition": true,
	"dissidents": true, "jihadists": true, "guerrillas": true}

// madeSuffixes after a demonym or name tell where a thing was made, or
// who backs a force ("Russian-backed separatists"), not whose it is.
var madeSuffixes = []string{"-made", "-built", "-designed", "-manufactured", "-produced", "-supplied", "-origin",
	"-backed", "-sponsored", "-funded", "-supported", "-allied", "-aligned", "-trained", "-armed", "-affiliated"}

// ledWords, after a name and a hyphen, make a force the name's: "Hamas-led
// militants", "Kremlin-controlled media".
var ledWords = map[string]bool{"led": true, "run": true, "controlled": true, "commanded": true, "owned": true}

// madeIn reports whether mention m is followed by one of madeSuffixes.
func (v *view) madeIn(m mention) bool {
	after := strings.ToLower(v.d.Slice(doc.Span{Start: m.span.End, End: min(m.span.End+14, v.d.Len())}))
	for _, s := range madeSuffixes {
		if strings.HasPrefix(after, s) {
			return true
		}
	}
	return false
}

// wider is the longest mention of another entity, not a place, that
// holds token i and the mention m inside it: "the defenders of Homs"
// around "Homs".
func (v *view) wider(i int, m mention) (mention, bool) {
	best, ok := mention{}, false
	for _, w := range v.mentions {
		if w.entity != m.entity && w.typ != doc.EntityPlace && w.span.Contains(m.span) && w.span.Len() > m.span.Len() &&
			w.span.Overlaps(v.toks[i].span) && v.inScope(w) && (!ok || w.span.Len() > best.span.Len()) {
			best, ok = w, true
		}
	}
	return best, ok
}

func isPlace(m mention) bool {
	return m.typ == doc.EntityPlace || m.typ == doc.EntityCountry
}

func (v *view) rolesDep(c *cand, h int, typ string, recipSub bool) roleSet {
	var r roleSet
	actorNP, patient, iobj, instr := -1, -1, -1, -1
	if c.verb || c.noun != nil {
		passive := v.isPassive(h)
		if !passive && v.bareCharge(h) {
			// "Sudan's RSF accused of killing dozens": a headline's
			// passive without its auxiliary; the subject is charged.
			passive = true
			patient = v.firstChild(h, "nsubj")
		} else if !passive {
			actorNP = v.scopedChild(h, "nsubj")
			// "Information Minister Felix Chisanga accused": a parse that
			// splits the subject in two gives the one that names an
			// actor.
			if _, ok := v.entityOf(actorNP); actorNP >= 0 && !ok {
				for _, k := range v.children(h, "nsubj") {
					if _, ok := v.entityOf(k); ok && k != actorNP && (v.scope.Empty() || v.scope.Contains(v.toks[k].span)) {
						actorNP = k
						break
					}
				}
			}
			patient = v.firstChild(h, "obj")
			// "fighting alongside M23", the preposition read as an
			// adverb: an ally, not the one fought.
			if patient > 0 && notRecipCase[v.toks[patient-1].lower] {
				patient = -1
			}
		} else {
			patient = v.firstChild(h, "nsubj:pass")
			if a := v.firstChild(h, "obl:agent"); a >= 0 {
				actorNP = a
			}
			for _, o := range v.childrenBase(h, "obl") {
				if actorNP < 0 && v.caseOf(o) == "by" {
					actorNP = o
				}
			}
		}
		base, _, _ := strings.Cut(v.toks[h].dep, ":")
		if base == "acl" && v.toks[h].dep != "acl:relcl" {
			// A participle on a noun: the noun is the patient of a passive
			// one ("tanks supported by drones") and the actor of an
			// active one ("troops attacking the city").
			if passive && patient < 0 {
				patient = v.toks[h].head
			} else if !passive && actorNP < 0 {
				actorNP = v.toks[h].head
				if s := v.issuer(actorNP); s >= 0 {
					actorNP = s
				}
			}
		}
		controlled := false
		if actorNP < 0 && !passive {
			actorNP = v.controller(h)
			controlled = actorNP >= 0
		}
		if c.noun != nil && patient == c.noun.head {
			patient = -1 // the noun is the event, its arguments are read below
		}
		iobj = v.firstChild(h, "iobj")
		if recipSub {
			actorNP, patient = -1, -1
			if s := v.subjectOf(h); s >= 0 {
				if m, ok := v.entityOf(s); ok {
					r.recipient = m.entity
				}
			}
			for _, o := range v.childrenBase(h, "obl") {
				if v.caseOf(o) == "from" {
					actorNP = o
				}
			}
		}
		r.hasArg = actorNP >= 0 || patient >= 0 || iobj >= 0 || len(v.childrenBase(h, "obl")) > 0
		r.actorTok, r.patientTok = actorNP >= 0, patient >= 0 || iobj >= 0
		scope := v.scope
		if controlled {
			// "Tehran denied supplying drones": the one who denies is
			// the one the denial is about, though outside what it says.
			v.scope = doc.Span{}
		}
		if m, ok := v.entityOf(actorNP); ok && m.typ == doc.EntityPlace {
			// A town or region does nothing; a dateline the parse took
			// for the subject ("BRUSSELS — EU leaders failed to agree")
			// says where.
			if r.location == "" {
				r.location = m.entity
			}
			// The actor is then still to be found, by position.
			r.actorTok = false
		} else if ok {
			r.actor = m.entity
			// "Armenia and Azerbaijan clashed", "Kyrgyz and Tajik
			// border guards exchanged fire": in an act done to each
			// other, the second of two joined actors is the first's
			// counterpart.
			mutual := reciprocal[typ] && (patient < 0 || exchanged[v.toks[patient].lower]) || mutualVerbs[v.toks[h].lemma]
			if mutual && iobj < 0 && !passive {
				r.recipient = v.partner(actorNP, m.entity)
			}
		}
		v.scope = scope
		switch typ {
		case "AID":
			if m, ok := v.entityOf(iobj); ok {
				r.recipient = m.entity
			} else if m, ok := v.entityOf(patient); ok && m.typ != doc.EntityPlace && (v.withGiven(h) || !v.adjectiveOf(patient, m)) {
				// "provide the rebels with ...", "Ukraine was supplied
				// with ...": the one given to; a town is where, not who.
				// Without "with", a state named in a modifier says whose
				// the thing sent is ("sending Syrian mercenaries").
				r.recipient = m.entity
			}
		case "MOBILIZE", "RETREAT":
			// The forces moved belong to the actor: "the army's tanks
			// were deployed".
			if m, ok := v.entityOf(patient); ok && r.actor == "" && v.isPassive(h) {
				r.actor = m.entity
			} else if ok && !isPlace(m) {
				r.recipient = m.entity
			}
		default:
			if m, ok := v.entityOf(patient); ok && m.typ == doc.EntityPlace {
				// "the village was shelled": where, not who; but in "the
				// defenders of Homs were shelled" the defenders are who.
				r.location = m.entity
				if w, ok := v.wider(patient, m); ok {
					r.recipient = w.entity
				}
			} else if ok {
				r.recipient = m.entity
			} else if m, ok := v.entityOf(iobj); ok && patient < 0 && m.typ != doc.EntityPlace {
				// "urged Russia to show restraint", read with Russia as
				// the indirect object and no direct one.
				r.recipient = m.entity
			} else if patient >= 0 && (v.toks[patient].upos == "NOUN" && !v.lx.lemmas[v.lx.lemmaOfWord(v.toks[patient])] || v.toks[patient].upos == "PRON" && targetPronoun[v.toks[patient].lower]) {
				// (Not a noun that names an act itself: "set fire",
				// "fought a war", "targeted strikes".)
				r.target = patient + 1
			}
		}
		v.obliques(h, typ, &r, &instr)
		if c.noun != nil {
			v.nounArgs(c.noun.head, typ, &r)
		}
	} else {
		v.nounArgs(h, typ, &r)
		r.hasArg = r.actor != "" || r.recipient != "" || r.location != ""
	}
	if r.location == "" {
		// "the defenders of Homs were attacked": a place named inside
		// the phrase of the one acted upon is where it happened.
		np := patient
		if np >= 0 {
			// Not the agent of a participle on it, nor what modifies the
			// agent ("drones launched by Russia", "a proposal presented
			// by U.S. mediators").
			agent := map[int]bool{}
			for _, k := range v.subtree(np, 3) {
				if v.toks[k].dep == "obl:agent" || v.caseOf(k) == "by" {
					for _, u := range v.subtree(k, 3) {
						agent[u] = true
					}
				}
			}
			for _, k := range v.subtree(np, 3) {
				if agent[k] {
					continue
				}
				// Nor a state's adjective, which tells whose, not
				// where ("meet Russian President Vladimir Putin").
				if m, ok := v.mentionAt(k); ok && isPlace(m) && m.kind != doc.MentionDemonym && m.entity != r.recipient && m.entity != r.actor {
					// "launched drones at Ukraine": the target.
					if typ == "ASSAULT" && m.typ != doc.EntityPlace && r.recipient == "" && v.caseOf(k) == "at" {
						r.recipient = m.entity
						break
					}
					r.location = m.entity
					break
				}
			}
		}
	}
	for _, np := range []int{actorNP, instr, patient, iobj} {
		if np < 0 {
			continue
		}
		if r.quantity == nil {
			for _, n := range v.children(np, "nummod") {
				if q := v.quantity(n, np); q != nil {
					r.quantity = q
					break
				}
			}
		}
		if np != patient || typ != "ASSAULT" {
			for _, k := range v.modifiers(np, 2) {
				if airWords[v.lx.lemmaOfWord(v.toks[k])] {
					r.air = true
				}
			}
		}
	}
	return r
}

// obliques reads the prepositional arguments of verb h.
func (v *view) obliques(h int, typ string, r *roleSet, instr *int) {
	for _, o := range v.childrenBase(h, "obl") {
		cs := v.caseOf(o)
		m, ok := v.entityOf(o)
		switch {
		case cs == "by" || cs == "with" || cs == "from":
			if !ok && (cs == "by" || cs == "with") {
				*instr = o
			}
			if airWords[v.lx.lemmaOfWord(v.toks[o])] && typ == "ASSAULT" {
				r.air = true
			}
			if ok && cs == "with" && r.recipient == "" && (typ == "COOPERATE" || typ == "CONSULT" || typ == "AGREE") {
				r.recipient = m.entity
			}
		case !ok:
		case cs == "to" || cs == "for":
			if isPlace(m) && m.typ == doc.EntityPlace || typ == "MOBILIZE" || typ == "RETREAT" {
				if r.location == "" && isPlace(m) {
					r.location = m.entity
				}
			} else if r.recipient == "" && (typ == "AID" || typ == "SUPPORT" || typ == "REQUEST" || typ == "THREATEN") {
				r.recipient = m.entity
			}
		case cs == "at" && typ == "ASSAULT" && m.typ != doc.EntityPlace && r.recipient == "":
			// "fired missiles at Israel": the target, a state or a
			// group; a town stays where.
			r.recipient = m.entity
		case locCase[cs] && isPlace(m):
			if r.location == "" {
				r.location = m.entity
			}
		case recipCase[cs] && r.recipient == "" && !sideNouns[v.toks[o].lower]:
			// "fight on Azerbaijan's side", "on behalf of X": an ally,
			// not the one acted upon.
			r.recipient = m.entity
		}
	}
}

var sideNouns = map[string]bool{"side": true, "behalf": true}

// withGiven reports whether verb h has "with" and what is given: the
// frame whose object receives ("provide the rebels with arms").
func (v *view) withGiven(h int) bool {
	// Off the tags too: the parse may hang "with" on the object.
	for k := h + 1; k < len(v.toks) && v.toks[k].sent == v.toks[h].sent && k < h+12; k++ {
		if t := v.toks[k]; t.lower == "with" {
			return true
		} else if isPunct(t.text) || t.upos == "VERB" {
			break
		}
	}
	return false
}

// adjectiveOf reports whether mention m is an adjective on nominal i
// ("Syrian mercenaries"), as opposed to the noun itself or its possessor.
func (v *view) adjectiveOf(i int, m mention) bool {
	if i < 0 {
		return false
	}
	for _, k := range v.children(i, "amod") {
		if km, ok := v.mentionAt(k); ok && km.span == m.span {
			return true
		}
	}
	return false
}

// nounArgs reads the arguments of an event noun: "Russia's deployment",
// "Syrian strikes", "the attack on X", "cooperation with Y".
func (v *view) nounArgs(n int, typ string, r *roleSet) {
	// "blamed the attack on Moscow", "attributed the attack to the
	// group": whom an act is blamed on did it, whether the parse hangs
	// the phrase on the noun or on the verb.
	blamedOn := ""
	if g := v.toks[n].head; g >= 0 && strings.HasPrefix(v.toks[n].dep, "obj") {
		blamedOn = blamePreps[v.lx.lemmaOfWord(v.toks[g])]
		for _, k := range v.childrenBase(g, "obl") {
			if blamedOn == "" || r.actor != "" || k < n || v.caseOf(k) != blamedOn {
				continue
			}
			if m, ok := v.entityOf(k); ok {
				r.actor = m.entity
			}
		}
	}
	for _, k := range v.childrenBase(n, "nmod", "amod", "compound") {
		m, ok := v.entityOf(k)
		if !ok {
			continue
		}
		cs := v.caseOf(k)
		switch {
		case blamedOn != "" && cs == blamedOn:
			if r.actor == "" {
				r.actor = m.entity
			}
		case cs == "between":
			// "fighting between M23 and the army": the first side acts,
			// the other is acted upon.
			if r.actor == "" {
				r.actor = m.entity
			}
			for _, o := range v.children(k, "conj") {
				if om, ok := v.entityOf(o); ok && r.recipient == "" && om.entity != m.entity {
					r.recipient = om.entity
				}
			}
		case v.toks[k].dep == "nmod:poss" || (cs == "" && !strings.HasPrefix(v.toks[k].dep, "nmod")) || cs == "by":
			if r.actor == "" {
				r.actor = m.entity
			}
		case cs == "of":
			if transitive[typ] && r.recipient == "" {
				r.recipient = m.entity
			} else if !transitive[typ] && r.actor == "" {
				r.actor = m.entity
			}
		case locCase[cs] && isPlace(m) && m.typ == doc.EntityPlace:
			if r.location == "" {
				r.location = m.entity
			}
		case recipCase[cs] || cs == "to" || cs == "for":
			if r.recipient == "" {
				r.recipient = m.entity
			}
		}
	}
	if r.actor == "" {
		if a := v.controller(n); a >= 0 {
			if m, ok := v.entityOf(a); ok {
				r.actor = m.entity
			}
		}
	}
}

// countWords count or group acts before "of" ("one of its attacks", "a
// wave of strikes").
var countWords = map[string]bool{"one": true, "some": true, "many": true, "several": true, "series": true,
	"wave": true, "string": true, "spate": true, "round": true, "barrage": true, "volley": true, "number": true}

// issuer is the subject of the verb whose object is the statement at
// noun g ("The US and the UK issued a joint statement urging restraint":
// a statement urges what its issuers urge), or -1.
func (v *view) issuer(g int) int {
	if !issuedNouns[v.toks[g].lemma] || !strings.HasPrefix(v.toks[g].dep, "obj") || v.toks[g].head < 0 {
		return -1
	}
	if s := v.subjectOf(v.toks[g].head); s >= 0 && v.nominal(s) {
		return s
	}
	return -1
}

// issuedNouns are the texts a party issues that speak for it ("a joint
// statement urging restraint").
var issuedNouns = map[string]bool{"statement": true, "communique": true, "communiqué": true, "declaration": true,
	"letter": true, "resolution": true, "appeal": true, "message": true, "note": true}

// blamePreps are the verbs that lay an act on whoever did it, with the
// preposition that names the doer.
var blamePreps = map[string]string{"blame": "on", "attribute": "to", "ascribe": "to"}

var numberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000, "dozen": 12}

// quantity reads number token n counting the noun at unit.
func (v *view) quantity(n, unit int) *doc.Quantity {
	t := v.toks[n]
	if v.hyphenAfter(n) {
		return nil
	}
	val, err := strconv.ParseFloat(strings.ReplaceAll(t.lower, ",", ""), 64)
	if err != nil {
		w, ok := numberWords[t.lower]
		if !ok {
			return nil
		}
		val = w
	}
	return &doc.Quantity{Span: t.span, Value: val, Unit: v.toks[unit].lower}
}

// modifiers returns nominal i and the nouns and adjectives modifying it,
// at most depth deep (not its conjuncts or clauses: "groups fought X,
// and jets ..." says nothing about the groups' means).
func (v *view) modifiers(i, depth int) []int {
	out := []int{i}
	frontier := []int{i}
	for d := 0; d < depth; d++ {
		var next []int
		for _, f := range frontier {
			next = append(next, v.childrenBase(f, "amod", "compound", "nmod", "nummod", "flat")...)
		}
		out = append(out, next...)
		frontier = next
	}
	return out
}

// ---- without dependencies: by position ----

var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true, "got": true, "get": true}

var clauseStop = map[string]bool{";": true, ":": true, "—": true, "–": true, "that": true, "although": true, "because": true,
	"while": true, "whereas": true, "after": true, "before": true, "when": true, "until": true, "unless": true, "though": true, "but": true, "said": true, "says": true, "if": true, "than": true, ".": true, "(": true, ")": true}

func (v *view) rolesSurface(c *cand, typ string, recipSub bool) roleSet {
	var r roleSet
	first, last := c.first, c.last
	if c.noun != nil {
		last = c.noun.last
	}
	s := v.sents[v.toks[c.head].sent]
	passive := false
	if c.verb {
		for k := c.first - 1; k >= s[0] && k >= c.first-3; k-- {
			if beForms[v.toks[k].lower] {
				passive = strings.HasSuffix(v.toks[c.first].lower, "ed") || v.lx.irregular[v.toks[c.first].lower] != ""
				break
			}
			if isPunct(v.toks[k].text) {
				break
			}
		}
		if c.last+1 < s[1] && v.toks[c.last+1].lower == "by" {
			passive = true
		}
	}
	left, leftOK, leftLoc := v.leftMention(first, s[0])
	// "X ordered an investigation into a drone attack": a noun's act is
	// not done by the subject of another verb before it (a support verb
	// carries it, as in mergeLight).
	if leftOK && !c.verb {
		prep := false // a preposition between: the noun is no object of the verb
		for k := first - 1; k >= s[0] && v.toks[k].span.Start >= left.span.End; k-- {
			// ("launched one of its largest attacks", "a wave of
			// strikes": what counts the acts is still the object.)
			counted := v.toks[k].lower == "of" && k > s[0] && (v.toks[k-1].upos == "NUM" || countWords[v.toks[k-1].lower])
			prep = prep || v.toks[k].upos == "ADP" && !counted
			// (A participle before the noun describes it: "combined
			// attacks".)
			modifier := v.toks[k].dep == "amod" || (v.toks[k].xpos == "VBN" || v.toks[k].xpos == "VBG") && k+1 < len(v.toks) && (v.toks[k+1].upos == "NOUN" || v.toks[k+1].upos == "ADJ")
			if v.toks[k].upos == "VERB" && !modifier && (prep || !v.lx.isLight(v.toks[k].lemma)) {
				leftOK = false
				break
			}
		}
	}
	if leftLoc.entity != "" {
		r.location = leftLoc.entity
	}
	// Arguments to the right start after the verb even when a merged noun
	// follows: "provide the rebels with military support".
	right, rightTok := v.rightMentions(c.last, s[1])
	var agentTok int = -1
	if passive {
		// The agent follows "by"; the one acted upon stands before.
		for i, m := range right {
			if k := rightTok[i]; k > last && v.prevWord(k, last) == "by" {
				r.actor = m.entity
				agentTok = k
				break
			}
		}
		if leftOK {
			switch {
			case left.typ == doc.EntityPlace:
				// "the village was shelled": where it happened.
				if r.location == "" {
					r.location = left.entity
				}
			case typ == "MOBILIZE" || typ == "RETREAT":
				if r.actor == "" {
					r.actor = left.entity
				}
			case typ != "AID" || !isPlace(left):
				r.recipient = left.entity
			}
		}
	} else if leftOK && left.typ == doc.EntityPlace {
		if r.location == "" {
			r.location = left.entity
		}
	} else if leftOK {
		r.actor = left.entity
	}
	if recipSub {
		r.actor, r.recipient = "", r.actor
	}
	for i, m := range right {
		k := rightTok[i]
		if k == agentTok {
			continue
		}
		p := v.prevWord(k, last)
		switch {
		case m.typ == doc.EntityPlace:
			// A town or region is where the act happened, not who it
			// was done to.
			if r.location == "" {
				r.location = m.entity
			}
		case p == "by" || p == "from" && recipSub:
			// "received drones from Iran": the giver acts.
			if r.actor == "" {
				r.actor = m.entity
			}
		case p == "at" && typ == "ASSAULT" && r.recipient == "":
			// The same by position.
			r.recipient = m.entity
		case locCase[p]:
			if r.location == "" && isPlace(m) {
				r.location = m.entity
			}
		case p == "to" || p == "for":
			if isPlace(m) && (m.typ == doc.EntityPlace || typ == "MOBILIZE" || typ == "RETREAT") {
				if r.location == "" {
					r.location = m.entity
				}
			} else if r.recipient == "" {
				r.recipient = m.entity
			}
		case notRecipCase[p]:
			// "negotiated their surrender through Chinese mediators":
			// the way, or others, not the one acted upon.
		default:
			if r.recipient == "" && !passive {
				r.recipient = m.entity
			}
		}
	}
	if r.recipient != "" && r.location == "" {
		// A place inside the recipient's own phrase ("the defenders of X").
		for _, mm := range v.mentions {
			if mm.entity == r.recipient && isPlace(mm) {
				continue
			}
			for _, rm := range v.mentions {
				if rm.entity == r.recipient && rm.span.Contains(mm.span) && mm.entity != r.recipient && isPlace(mm) && rm.span.End <= v.toks[first].span.Start && rm.span.End > v.toks[s[0]].span.Start {
					r.location = mm.entity
				}
			}
		}
	}
	// A number that opens the object or the "by" phrase counts the means
	// or the targets: "by 12 jets", "the arrest of two leaders";
	// one further on ("talks between the two sides") counts something else.
	for k := last + 1; k < s[1] && k <= last+4; k++ {
		if q := v.numberAt(k, s[1]); q != nil {
			r.quantity = q
			break
		}
		if !quantityLead[v.toks[k].lower] {
			break
		}
	}
	if !passive {
		// "Syrian jets bombed ...": the means stand just before the verb.
		for k := first - 1; k >= s[0] && k >= first-3; k-- {
			if isPunct(v.toks[k].text) {
				break
			}
			if airWords[v.lx.lemmaOfWord(v.toks[k])] {
				r.air = true
			}
		}
	}
	for k := last + 1; k < s[1] && k <= last+6; k++ {
		if isPunct(v.toks[k].text) {
			break
		}
		if airWords[v.lx.lemmaOfWord(v.toks[k])] && (passive || v.prevWord(k, last) == "by" || v.toks[k].lower == "air") {
			r.air = true
		}
	}
	r.hasArg = r.actor != "" || r.recipient != ""
	return r
}

// prevWord is the nearest word before token k that is not a determiner,
// adjective-like name or number, looking back no further than stop.
func (v *view) prevWord(k, stop int) string {
	for j := k - 1; j > stop; j-- {
		t := v.toks[j]
		switch t.lower {
		case "the", "a", "an", "official", "its", "their", "his", "her":
			continue
		}
		// "in southern Lebanon", "near eastern Aleppo".
		if compassWords[t.lower] {
			continue
		}
		if _, isNum := strconv.Atoi(t.lower); isNum == nil {
			continue
		}
		if _, ok := v.mentionAt(j); ok {
			continue
		}
		return t.lower
	}
	return ""
}

// compassWords place a region within a country or city.
var compassWords = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "north": true, "south": true, "east": true, "west": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "occupied": true}

// leftMention is the nearest entity mention before token first in the same
// clause; among mentions ending together the longest wins ("the
// defenders of Homs" over "Homs"). ", which ... ," asides are
// skipped, and a place after "in"/"at" is passed over and returned as
// the location ("X positions in Homs were shelled").
func (v *view) leftMention(first, sentStart int) (mention, bool, mention) {
	var loc mention
	for k := first - 1; k >= sentStart; k-- {
		t := v.toks[k]
		if t.text == "," {
			// Skip back over a relative aside: ", which has ..., has started".
			j := k - 1
			for ; j >= sentStart && v.toks[j].text != ","; j-- {
			}
			if j >= sentStart && j+1 < k && relPron[v.toks[j+1].lower] && v.toks[j+1].lower != "that" {
				k = j
				continue
			}
			return mention{}, false, loc
		}
		if (t.lower == "which" || t.lower == "who") && k-1 >= sentStart && v.toks[k-1].text == "," {
			// "Uganda, which supports X": the relative stands for the noun
			// before the comma.
			k--
			continue
		}
		if clauseStop[t.lower] {
			return mention{}, false, loc
		}
		best, ok := mention{}, false
		for _, m := range v.mentions {
			if m.span.Overlaps(t.span) && v.inScope(m) && (!ok || m.span.Len() > best.span.Len()) {
				best, ok = m, true
			}
		}
		if !ok {
			continue
		}
		// The word before the mention decides: "in Homs" is a place.
		j := k
		for j >= sentStart && v.toks[j].span.End > best.span.Start {
			j--
		}
		if j >= sentStart && locCase[v.toks[j].lower] && isPlace(best) {
			if loc.entity == "" {
				loc = best
			}
			k = j // the loop steps past the preposition
			continue
		}
		// "Russia and Belarus launched joint drills": of two joined
		// actors the first leads, as the parse has it for a verb.
		if j-1 >= sentStart && v.toks[j].lower == "and" {
			for _, m := range v.mentions {
				if m.span.End == v.toks[j-1].span.End && m.entity != best.entity && m.typ == best.typ && v.inScope(m) {
					return m, true, loc
				}
			}
		}
		return best, true, loc
	}
	return mention{}, false, loc
}

// rightMentions lists the entity mentions after token last in the same
// clause, with the token each starts on.
func (v *view) rightMentions(last, sentEnd int) ([]mention, []int) {
	var ms []mention
	var at []int
	var prev mention
	for k := last + 1; k < sentEnd && k <= last+12; k++ {
		t := v.toks[k]
		if t.text == "," || clauseStop[t.lower] || relPron[t.lower] || t.lower == "rather" {
			break
		}
		m, ok := v.mentionAt(k)
		if !ok || m.span == prev.span {
			continue
		}
		// "on Azerbaijan's side", "on behalf of X": an ally, no
		// participant.
		if k+2 < sentEnd && v.toks[k+1].upos == "PART" && sideNouns[v.toks[k+2].lower] || k >= 2 && v.toks[k-1].lower == "of" && sideNouns[v.toks[k-2].lower] {
			prev = m
			continue
		}
		// Prefer the longest mention starting here.
		for _, mm := range v.mentions {
			if mm.span.Overlaps(t.span) && v.inScope(mm) && mm.span.Len() > m.span.Len() && mm.span.Start >= t.span.Start {
				m = mm
			}
		}
		if m.span == prev.span {
			continue
		}
		prev = m
		ms = append(ms, m)
		at = append(at, k)
	}
	return ms, at
}

// numberAt reads a cardinal at token k with the noun it counts: the first
// lower-case word after it that is not part of a mention.
func (v *view) numberAt(k, end int) *doc.Quantity {
	t := v.toks[k]
	if v.hyphenAfter(k) {
		return nil
	}
	val, err := strconv.ParseFloat(strings.ReplaceAll(t.lower, ",", ""), 64)
	if err != nil {
		w, ok := numberWords[t.lower]
		if !ok {
			return nil
		}
		val = w
	}
	// The unit is the last of the lower-case words after the number, names
	// skipped: "12 Syrian tanks", "two opposition leaders".
	unit := ""
	for j := k + 1; j < end && j <= k+4; j++ {
		u := v.toks[j]
		if _, ok := v.mentionAt(j); ok && unit == "" {
			continue
		}
		// (An adverb ends the noun phrase: "41 drones overnight".)
		if isPunct(u.text) || u.lower != u.text || quantityStop[u.lower] || u.upos == "ADV" {
			break
		}
		// "77 nautical miles west", "three days": a distance or a span
		// of time counts no one and nothing done.
		if measureUnits[u.lower] {
			return nil
		}
		unit = u.lower
	}
	if unit == "" {
		return nil
	}
	return &doc.Quantity{Span: t.span, Value: val, Unit: unit}
}

// hyphenAfter reports whether number k is joined by a hyphen to the word
// after it: a measure that describes ("a 62-year-old man", "a 10-day
// truce"), not a count.
func (v *view) hyphenAfter(k int) bool {
	return k+1 < len(v.toks) && v.toks[k+1].text == "-" && v.toks[k+1].span.Start == v.toks[k].span.End
}

// quantityLead are the words that may stand between a trigger and the
// number of its object or agent.
var quantityLead = map[string]bool{"by": true, "of": true, "the": true, "at": true, "least": true, "about": true,
	"some": true, "nearly": true, "almost": true, "around": true, "more": true, "than": true, "over": true,
	"up": true, "to": true, "another": true, "a": true, "further": true, "roughly": true}

// measureUnits measure a distance or a span of time.
var measureUnits = map[string]bool{"mile": true, "miles": true, "kilometre": true, "kilometres": true, "kilometer": true,
	"kilometers": true, "km": true, "metre": true, "metres": true, "meter": true, "meters": true, "feet": true,
	"foot": true, "yards": true, "minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true}

// quantityStop ends the words counted by a number.
var quantityStop = map[string]bool{"in": true, "on": true, "at": true, "of": true, "by": true, "with": true, "from": true,
	"to": true, "and": true, "or": true, "who": true, "that": true, "which": true, "were": true, "was": true, "are": true,
	"is": true, "had": true, "have": true, "has": true, "near": true, "into": true, "across": true, "for": true}

// ---- time ----

// inRelativeAside reports whether span x lies in a relative clause set off
// by commas (", who has been in power since 2013,") that does not hold
// the trigger: its times are the clause's, whatever the parse says.
func (v *view) inRelativeAside(s [2]int, x doc.Span, c *cand) bool {
	for k := s[0]; k+1 < s[1]; k++ {
		if v.toks[k].text != "," || !relPron[v.toks[k+1].lower] || v.toks[k+1].lower == "that" {
			continue
		}
		e := k + 2
		for e < s[1] && v.toks[e].text != "," {
			e++
		}
		in := doc.Span{Start: v.toks[k].span.Start, End: v.toks[min(e, s[1]-1)].span.End}
		if in.Contains(x) && !(k < c.head && c.head < e) {
			return true
		}
	}
	return false
}

// timeOf attaches a temporal expression of the trigger's sentence: one
// governed by the trigger (with dependencies), or else one after it in
// the same clause.
func (v *view) timeOf(c *cand, anchor int) *doc.Time {
	s := v.sents[v.toks[c.head].sent]
	span := doc.Span{Start: v.toks[s[0]].span.Start, End: v.toks[s[1]-1].span.End}
	exprs := timex.Find(v.d, span)
	if len(exprs) == 0 {
		return nil
	}
	for _, x := range exprs {
		if v.inRelativeAside(s, x.Span, c) {
			continue
		}
		if v.hasSyntax {
			first, end := -1, -1
			for k := s[0]; k < s[1]; k++ {
				if x.Span.Overlaps(v.toks[k].span) {
					if first < 0 {
						first = k
					}
					end = k + 1
				}
			}
			// The expression belongs to the first verb above it: the
			// trigger's own, or for an event noun that is a subject, its
			// verb's ("the talks will resume next month"), not a reporting
			// verb higher up ("withdrew ..., a spokesman said on Sunday").
			targets := map[int]bool{anchor: true}
			if c.noun != nil {
				targets[c.noun.head] = true
			}
			if !c.verb && c.noun == nil && strings.HasPrefix(v.toks[anchor].dep, "nsubj") && v.toks[anchor].head >= 0 {
				targets[v.toks[anchor].head] = true
			}
			for k := first; k >= 0 && k < end; k++ {
				for h, steps := v.toks[k].head, 0; h >= 0 && steps < 4; h, steps = v.toks[h].head, steps+1 {
					if targets[h] {
						return &doc.Time{Span: x.Span, Value: x.Value}
					}
					if h >= first && h < end {
						continue
					}
					if v.toks[h].upos == "VERB" || v.toks[h].upos == "AUX" || v.toks[h].dep == "root" {
						break
					}
				}
			}
			continue
		}
		last := c.last
		if c.noun != nil {
			last = c.noun.last
		}
		if x.Span.Start >= v.toks[last].span.End {
			ok := true
			for k := last + 1; k < s[1] && v.toks[k].span.End <= x.Span.Start; k++ {
				if v.toks[k].text == "," || v.toks[k].text == ";" || relPron[v.toks[k].lower] {
					ok = false
					break
				}
			}
			if ok {
				return &doc.Time{Span: x.Span, Value: x.Value}
			}
		}
	}
	return nil
}
