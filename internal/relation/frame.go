package relation

import (
	"fmt"
	"math"
	"strings"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// Frame is what one claim says about one event or one thing, in a form
// that can be compared with another claim's, in the same document or in
// another. Entity roles are given both as document-local entity IDs
// (Actor, ...) and as keys that hold across documents (ActorKey, ...):
// "c:SY" for a state by ISO 3166-1 alpha-2 code, "n:hezbollah" for any other
// entity by its lower-case name.
type Frame struct {
	Claim       string // claim ID
	Attribution string // attribution ID of the claim, "" when the author asserts it
	Source      string // key of who is quoted: the source entity key, the source text, or "" for the author
	Event       string // event ID, "" for a frame about a thing only

	Type, Mode                          string // PLOVER type and mode, "" for a thing-only frame
	Actor, Recipient, Location          string // entity IDs
	ActorKey, RecipientKey, LocationKey string
	Time                                string   // ISO value of the event time, "" when none
	Quantity                            *float64 // event quantity
	Unit                                string

	// Means is the lemma of the vehicles, weapons or forces the claim is
	// about ("tank"), Owner (OwnerKey) the entity the text ties them
	// to ("Syrian tanks", "tanks from Iraq") and
	// Referent the chain of mentions taken to be the same things:
	// "the tanks" continues "12 Syrian tanks". Referent is
	// document-local; across documents leave it empty.
	Means, Owner, OwnerKey string
	Referent               int
	// Target is the chain of what an act was done to when that is no
	// entity: "it" of "destroyed it" continues "the dam" of "blowing up
	// the dam" (see targetChains). Document-local, 0 for none.
	Target int

	Polarity  string // claim polarity
	Certainty string
	// Corrective is set when the claim words itself as a correction of
	// another account: "X rather than Y", "instead of Y", "... instead".
	Corrective bool
	Span       doc.Span // the claim's span
}

// Verdict of comparing two frames.
const (
	Unrelated = "unrelated"
)

// Comparison is the outcome of Compare: doc.Contradicts, doc.Corroborates
// or Unrelated, with the reason in words.
type Comparison struct {
	Verdict string
	Reason  string
}

// EntityKey is the cross-document key of entity id in d: "c:" and the
// ISO code for a state, "n:" and the lower-case name otherwise, "" when
// there is no such entity.
func EntityKey(d *doc.Doc, id string) string {
	if id == "" {
		return ""
	}
	e := d.EntityByID(id)
	if e == nil {
		return ""
	}
	if e.Type == doc.EntityCountry && e.Country != "" {
		return "c:" + strings.ToUpper(e.Country)
	}
	name := e.Name
	if name == "" && len(e.Mentions) > 0 {
		name = d.Slice(e.Mentions[0].Span)
	}
	if name == "" {
		return "n:" + id
	}
	return "n:" + strings.ToLower(strings.TrimSpace(name))
}

// compatible reports whether two PLOVER types can describe the same act:
// the same type, or material and political backing (AID, SUPPORT), which
// texts often word alike.
func compatible(a, b string) bool {
	if a == b {
		return true
	}
	return (a == "AID" && b == "SUPPORT") || (a == "SUPPORT" && b == "AID")
}

// Compare decides whether two frames from different claims contradict,
// corroborate or are unrelated.
//
// They are taken to be about the same act or thing when they share a
// Referent or a Target, or when both give the same Time for compatible
// event types.
// (Sharing a recipient alone is not enough: Iran helping group A and
// Russia helping group A are different acts.) About the same act, they
// contradict when their polarities differ, when they tie the means to
// different owners, when they give different actors or recipients, or
// quantities in the same unit more than 10% apart; they corroborate when
// at least one role is given by both and agrees, nothing disagrees and
// the polarity is the same; one worded as a correction ("rather than",
// "instead of") contradicts the other unless their recipients agree. Frames that are not about the same act
// corroborate when they have compatible types and the same actor and
// recipient, both given.
func Compare(a, b Frame) Comparison {
	if a.Type != "" && b.Type != "" && !compatible(a.Type, b.Type) {
		return Comparison{Unrelated, "different event types " + a.Type + "/" + b.Type}
	}
	same := a.Referent != 0 && a.Referent == b.Referent
	if !same && a.Type != "" && b.Type != "" && a.Time != "" && a.Time == b.Time {
		same = true
	}
	// Done to the same thing: "X blew up the dam" and "Y destroyed it".
	if !same && a.Type != "" && b.Type != "" && a.Target != 0 && a.Target == b.Target {
		same = true
	}
	key := func(id, k string) string {
		if k != "" {
			return k
		}
		return id
	}
	act := [2]string{key(a.Actor, a.ActorKey), key(b.Actor, b.ActorKey)}
	rcp := [2]string{key(a.Recipient, a.RecipientKey), key(b.Recipient, b.RecipientKey)}
	own := [2]string{key(a.Owner, a.OwnerKey), key(b.Owner, b.OwnerKey)}
	agree, differ := []string{}, []string{}
	check := func(role string, p [2]string) {
		if p[0] == "" || p[1] == "" {
			return
		}
		if p[0] == p[1] {
			agree = append(agree, role+" "+p[0])
		} else {
			differ = append(differ, fmt.Sprintf("%s %s vs %s", role, p[0], p[1]))
		}
	}
	bothEvents := a.Type != "" && b.Type != ""
	if bothEvents {
		check("actor", act)
		check("recipient", rcp)
		if a.Quantity != nil && b.Quantity != nil && a.Unit == b.Unit && a.Unit != "" {
			x, y := *a.Quantity, *b.Quantity
			if math.Abs(x-y) > 0.1*math.Max(math.Abs(x), math.Abs(y)) {
				differ = append(differ, fmt.Sprintf("%g vs %g %s", x, y, a.Unit))
			} else {
				agree = append(agree, fmt.Sprintf("%g %s", x, a.Unit))
			}
		}
	}
	if same && a.Means != "" && a.Means == b.Means {
		check(a.Means+" from", own)
	}
	polDiffer := a.Polarity != "" && b.Polarity != "" && a.Polarity != b.Polarity
	if same {
		if polDiffer && len(differ) == 0 && (bothEvents || a.Means != "") {
			return Comparison{doc.Contradicts, "same act, opposite polarity"}
		}
		if len(differ) > 0 {
			return Comparison{doc.Contradicts, "same " + what(a, b) + ", different " + strings.Join(differ, ", ")}
		}
		if bothEvents && (a.Corrective || b.Corrective) && !(rcp[0] != "" && rcp[0] == rcp[1]) {
			// "the jets targeted X rather than Y" about the same jets
			// corrects the other account of what they did.
			return Comparison{doc.Contradicts, "same " + what(a, b) + ", worded as a correction"}
		}
		if len(agree) > 0 && !polDiffer && bothEvents {
			return Comparison{doc.Corroborates, "same " + what(a, b) + ", same " + strings.Join(agree, ", ")}
		}
		return Comparison{Unrelated, "same " + what(a, b) + ", nothing to compare"}
	}
	if bothEvents && !polDiffer && len(differ) == 0 && act[0] != "" && act[0] == act[1] && rcp[0] != "" && rcp[0] == rcp[1] {
		return Comparison{doc.Corroborates, "same " + a.Type + " by " + act[0] + " on " + rcp[0]}
	}
	return Comparison{Unrelated, "not shown to be the same act"}
}

func what(a, b Frame) string {
	switch {
	case a.Type != "" && b.Type != "" && a.Means != "" && a.Means == b.Means:
		return strings.ToLower(a.Type) + " by the " + a.Means
	case a.Type != "" && b.Type != "":
		return strings.ToLower(a.Type)
	case a.Means != "":
		return a.Means
	}
	return "act"
}
