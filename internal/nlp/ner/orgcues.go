package ner

import "strings"

// orgHeads are the general English words that end organisation names
// ("Acme Inc", "Ministry of Defence" by its first word, "Labour Party",
// "Harvard University", "The Washington Post"). They are features, not
// rules: "Party" also ends "Tea Party" events and "Post" ends "Fort Post"
// places; the model weighs them against the other evidence.
var orgHeads = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true, "ltd": true, "limited": true,
	"llc": true, "plc": true, "co": true, "company": true, "companies": true, "group": true, "holdings": true,
	"bank": true, "partners": true, "associates": true, "industries": true, "enterprises": true,
	"airlines": true, "airways": true, "motors": true, "systems": true, "technologies": true,
	"party": true, "ministry": true, "department": true, "agency": true, "council": true,
	"committee": true, "commission": true, "bureau": true, "office": true, "administration": true,
	"authority": true, "board": true, "parliament": true, "congress": true, "senate": true,
	"assembly": true, "government": true, "court": true, "tribunal": true,
	"army": true, "navy": true, "police": true, "forces": true, "guard": true, "corps": true,
	"university": true, "college": true, "institute": true, "school": true, "academy": true,
	"association": true, "union": true, "federation": true, "foundation": true, "society": true,
	"league": true, "organization": true, "organisation": true, "alliance": true, "coalition": true,
	"club": true, "church": true, "fund": true, "trust": true, "center": true, "centre": true,
	"hospital": true, "clinic": true, "museum": true, "network": true,
	"times": true, "news": true, "post": true, "press": true, "journal": true, "herald": true,
	"tribune": true, "gazette": true, "telegraph": true, "chronicle": true,
}

// orgHeadWord reports whether a capitalised token is an organisation head
// word, ignoring case and a final full stop ("Inc.", "Corp.").
func orgHeadWord(w string) bool {
	if !capitalised(w) {
		return false
	}
	return orgHeads[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// runJoiners may stand inside a capitalised name between two capitalised
// words: "Ministry of Defence", "Bank of America", "Procter & Gamble".
// "and" is not one: it joins two names more often than it stands in one.
var runJoiners = map[string]bool{"of": true, "for": true, "&": true, "de": true}

// capRuns sets start[i] and end[i] (exclusive) to the capitalised run
// around token i, a sequence of capitalised words possibly joined by
// runJoiners, or -1 for a token in no run.
func capRuns(forms []string, start, end []int32) {
	n := len(forms)
	for i := range start {
		start[i], end[i] = -1, -1
	}
	for i := 0; i < n; {
		if !capitalised(forms[i]) {
			i++
			continue
		}
		j := i + 1
		for j < n {
			if capitalised(forms[j]) {
				j++
				continue
			}
			if runJoiners[forms[j]] && j+1 < n && capitalised(forms[j+1]) {
				j += 2
				continue
			}
			break
		}
		for k := i; k < j; k++ {
			start[k], end[k] = int32(i), int32(j)
		}
		i = j
	}
}
