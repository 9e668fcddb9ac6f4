package outlet

import "strings"

// headNouns are the common nouns English uses to say what kind of outlet a
// name is: "the Herat Times newspaper", "Sputnik news agency", "the Telegram
// channel". Two-word heads are listed by their last word and checked with
// their first.
var headNouns = map[string]bool{
	"newspaper": true, "paper": true, "daily": true, "weekly": true, "tabloid": true,
	"agency": true, "wire": true, "newswire": true,
	"tv": true, "television": true, "channel": true, "broadcaster": true, "network": true,
	"radio": true, "station": true,
	"magazine": true, "journal": true, "outlet": true, "website": true, "site": true,
	"portal": true, "newsletter": true, "blog": true, "publication": true, "news": true,
}

// ambiguousHeads need a news word before them to mark an outlet:
// "news agency", "TV channel", "news site" (a bare "agency" is as often a
// government body).
var ambiguousHeads = map[string]bool{
	"agency": true, "network": true, "station": true, "site": true, "daily": true,
	"weekly": true, "paper": true, "journal": true, "news": true,
}

var newsModifiers = map[string]bool{
	"news": true, "press": true, "media": true, "tv": true, "television": true,
	"radio": true, "online": true, "information": true, "state": true, "wire": true,
}

// IsHead reports whether words (lower or any case), the noun phrase head
// after a name ("news agency", "newspaper"), marks that name as an outlet.
// A lone ambiguous head ("agency") does not; "news agency" does.
func IsHead(words ...string) bool {
	if len(words) == 0 {
		return false
	}
	last := strings.ToLower(words[len(words)-1])
	if !headNouns[last] {
		return false
	}
	if !ambiguousHeads[last] {
		return true
	}
	for _, w := range words[:len(words)-1] {
		if newsModifiers[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// mastheads are words that end newspaper titles and little else. Words
// that also end many other names ("Star", "Sun", "Standard", "Record",
// "Monitor") are left out: "Gold Star" families are not a newspaper.
var mastheads = map[string]bool{
	"times": true, "post": true, "news": true, "press": true, "journal": true,
	"herald": true, "gazette": true, "tribune": true, "chronicle": true,
	"telegraph": true, "courier": true, "dispatch": true, "examiner": true,
	"inquirer": true, "sentinel": true, "bulletin": true, "pravda": true,
	"gazeta": true, "zeitung": true, "shimbun": true, "ilbo": true,
	"reporter": true, "reporters": true, "independent": true, "insider": true,
	"weekly": true, "monthly": true, "daily": true, "ledger": true, "wire": true, "observer": true,
	// The same in the languages of outlets retold in English: "Balkanskiy
	// Vestnik", "Azia Segodnya", "Sughd Khabar", "Diario Libre".
	"vestnik": true, "segodnya": true, "novosti": true, "vesti": true, "dnevnik": true,
	"khabar": true, "akhbar": true, "haber": true, "nachrichten": true, "noticias": true,
	"diario": true, "jornal": true, "tribuna": true, "kurier": true, "courrier": true,
	"nouvelles": true, "tidende": true, "vima": true, "corriere": true, "crónica": true,
	"cronica": true, "heraldo": true, "gazzetta": true, "correo": true, "kurir": true,
	"noviny": true, "gazete": true, "gazetesi": true,
}

// mastheadLinks join a masthead to the place or time it is of in the
// languages of outlets retold in English: "La Crónica de Madrid", "Il
// Corriere del Tevere", "Corriere della Sera".
var mastheadLinks = map[string]bool{"de": true, "del": true, "della": true, "di": true, "du": true,
	"des": true, "do": true, "da": true}

// mastheadEndings end one-word newspaper titles: "Aftenposten",
// "Dagbladet".
var mastheadEndings = []string{"posten", "bladet", "avisen", "blatt", "zeitung"}

// surnameMastheads are masthead words that also end persons' names
// ("Emily Post", "Jane Press").
var surnameMastheads = map[string]bool{"post": true, "press": true, "herald": true, "courier": true,
	"reporter": true, "independent": true, "insider": true, "sentinel": true, "examiner": true}

// MastheadNotSurname reports whether name ends in a masthead word that
// ends no person's name ("Kathimerini Vima", "Central European
// Observer"): an outlet's, even where the recogniser read a person.
func MastheadNotSurname(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && HasMasthead(name) && !surnameMastheads[strings.ToLower(f[len(f)-1])]
}

// HasMasthead reports whether a multi-word name ends like a newspaper
// title ("Herat Times", "Kyiv Post", "Daily Mail" does not: it is listed).
// One-word names count only with an ending that makes a title
// ("Polarposten"): "Times" alone is too vague.
func HasMasthead(name string) bool {
	f := strings.Fields(name)
	if len(f) == 1 {
		w := strings.ToLower(f[0])
		for _, e := range mastheadEndings {
			if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
				return true
			}
		}
	}
	if len(f) < 2 {
		return false
	}
	for i := 0; i+2 < len(f); i++ {
		if mastheads[strings.ToLower(f[i])] && mastheadLinks[strings.ToLower(f[i+1])] {
			return true
		}
	}
	last := strings.ToLower(f[len(f)-1])
	for _, e := range mastheadEndings {
		if strings.HasSuffix(last, e) && len(last) > len(e)+2 {
			return true
		}
	}
	return mastheads[last]
}
