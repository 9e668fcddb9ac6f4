// Package models holds Hearsay's trained linguistic models, embedded in the
// binary (data/*.gz), and Load, which turns them into one nlp.Annotator:
// the forms of a conllu.Sentence go in; LEMMA, UPOS, XPOS (tagger), HEAD and
// DEPREL (dependency parser) and IOB2 name tags PER/ORG/LOC (ner) come out.
//
// The models are trained on the train and dev splits of UD English-EWT and
// UNER English-EWT (CC BY-SA 4.0), with settings chosen on dev, by
// `hearsay train tagger|parser|ner`; the test splits are kept for scoring.
// The model files carry the same licence. LoadFS, which reads model files
// from a folder, leaves the columns of a missing model empty (heads -1)
// rather than failing, so a model can be evaluated before the others exist.
package models

import (
	"compress/gzip"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/nlp"
	"github.com/hearsaynews/hearsay/internal/nlp/depparse"
	"github.com/hearsaynews/hearsay/internal/nlp/ner"
	"github.com/hearsaynews/hearsay/internal/nlp/tagger"
)

// Only the model files are embedded, so that nothing else left in data/
// can grow the binary.
//
//go:embed data/tagger.gz data/parser.bin.gz data/ner.gz
var files embed.FS

// File names of the models, in data/ when embedded.
const (
	TaggerFile = "tagger.gz"
	NERFile    = "ner.gz"
	ParserFile = "parser.bin.gz"
)

// Annotator runs the tagger, the name recogniser and the parser in turn;
// a few tags the tagger gets wrong in news are set right before the
// names and the parse (see relativeVerbs, numberNames, reportVerbs,
// periodicals), and a verb tag inside a name found, or opening a name
// the recogniser missed, is made a proper noun before the parse (see
// nameTags, openingNames).
// It is read-only once loaded and safe for concurrent use.
// A nil model leaves its columns empty.
type Annotator struct {
	Tagger *tagger.Tagger
	Parser *depparse.Parser
	NER    *ner.Recognizer
}

var _ nlp.Annotator = (*Annotator)(nil)

// apostrophes writes typographic apostrophes as ASCII ones.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

// Annotate fills Lemma, UPOS, XPOS, Head, Deprel and NER of every token of
// sents from the forms. Columns whose model is missing are left empty (Head
// -1). Each model runs over all the sentences before the next one starts:
// the weights of one model then stay in cache from sentence to sentence,
// which makes a document of a few dozen sentences about 5% faster to
// annotate than taking the models in turn for each sentence.
func (a *Annotator) Annotate(sents []conllu.Sentence) {
	for i := range sents {
		toks := sents[i].Tokens
		for j := range toks {
			toks[j].Head = -1
			toks[j].Deprel = ""
			toks[j].NER = ""
		}
	}
	if a.Tagger == nil {
		return
	}
	// Typographic apostrophes in words ("they’re", "who’d", "won’t")
	// are read as the ASCII ones the treebank nearly always has, without
	// which the models take "’d" for a name; the forms are given back
	// after.
	type form struct {
		sent, tok int
		text      string
	}
	var curly []form
	for i := range sents {
		toks := sents[i].Tokens
		for j := range toks {
			if f := toks[j].Form; strings.ContainsAny(f, "’‘") && strings.IndexFunc(f, unicode.IsLetter) >= 0 {
				curly = append(curly, form{i, j, f})
				toks[j].Form = apostrophes.Replace(f)
			}
		}
	}
	defer func() {
		for _, f := range curly {
			sents[f.sent].Tokens[f.tok].Form = f.text
		}
	}()
	for i := range sents {
		a.Tagger.Tag(&sents[i])
		relativeVerbs(&sents[i])
		numberNames(&sents[i])
		reportVerbs(&sents[i])
		periodicals(&sents[i])
		pluralPossessives(&sents[i])
		participleNouns(&sents[i])
		gerundNouns(&sents[i])
		asideParticiples(&sents[i])
		bareVerbs(&sents[i])
		pluralModifiers(&sents[i])
	}
	// Names before the parse: the recogniser reads tags and words only,
	// and a verb tag inside a name it found ("RSF commander Mohamed
	// Hamdan Dagalo" with "Mohamed" read as a participle) is a tagging
	// error that would otherwise misguide the parser.
	if a.NER != nil {
		for i := range sents {
			a.NER.Tag(&sents[i])
			nameTags(&sents[i])
			openingNames(&sents[i])
		}
	}
	if a.Parser != nil {
		for i := range sents {
			a.Parser.Parse(&sents[i])
		}
	}
}

// nameTags retags as a proper noun a capitalised word that the tagger
// read as a verb inside a name of two words or more that the recogniser
// found. A one-word name is left alone: there the verb reading ("Watch
// out", "Trump said") is as often right.
func nameTags(s *conllu.Sentence) {
	toks := s.Tokens
	for j := range toks {
		t := &toks[j]
		if t.UPOS != "VERB" || t.NER == "" || t.NER == "O" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Form)
		if !unicode.IsUpper(r) {
			continue
		}
		inside := strings.HasPrefix(t.NER, "I-") || j+1 < len(toks) && strings.HasPrefix(toks[j+1].NER, "I-")
		if inside {
			t.UPOS, t.XPOS = "PROPN", "NNP"
		}
	}
}

// openingNames retags as a proper noun a capitalised participle opening a
// sentence before capitalised proper nouns the recogniser names nothing
// and a finite verb: the first word of a name ("Downing Street said",
// "Reading Borough Council has"), which the tagger reads as a gerund
// with its object. A gerund's object is mostly a name the recogniser
// knows ("Banning Trump would"), and one before a comma opens a clause
// ("Citing Reuters, the paper said").
func openingNames(s *conllu.Sentence) {
	toks := s.Tokens
	if len(toks) < 3 || toks[0].XPOS != "VBG" && toks[0].XPOS != "VBN" {
		return
	}
	if r, _ := utf8.DecodeRuneInString(toks[0].Form); !unicode.IsUpper(r) {
		return
	}
	j := 1
	for j < len(toks) && toks[j].UPOS == "PROPN" && (toks[j].NER == "" || toks[j].NER == "O") {
		j++
	}
	if j == 1 || j == len(toks) {
		return
	}
	if finiteTag(toks[j].XPOS) {
		toks[0].UPOS, toks[0].XPOS, toks[0].Lemma = "PROPN", "NNP", toks[0].Form
	}
}

// periodicals retags "weekly", "daily" and "monthly" as the noun for a
// periodical where only a noun fits, which the tagger reads as the adverb
// or adjective they mostly are: capitalised right after a proper noun,
// the last word of a title ("Maritime Risk Weekly"), as a proper noun;
// after a proper noun, a determiner, an adjective or a hyphened
// participle and before a finite verb ("the Burkina Faso weekly says",
// "The daily reported", "A Niamey-based weekly has reported"), as a
// common noun.
func periodicals(s *conllu.Sentence) {
	toks := s.Tokens
	for j := 1; j < len(toks); j++ {
		t, prev := &toks[j], toks[j-1]
		// (Compared before lowering: this runs on every word.)
		if t.UPOS == "NOUN" || t.UPOS == "PROPN" || !strings.EqualFold(t.Form, "weekly") && !strings.EqualFold(t.Form, "daily") && !strings.EqualFold(t.Form, "monthly") {
			continue
		}
		w := strings.ToLower(t.Form)
		finiteNext := j+1 < len(toks) && finiteTag(toks[j+1].XPOS)
		// ", the daily reported on Tuesday,": read as an adverb, the
		// word left the verb after it a participle; a participle with
		// no noun after it cannot be the adjective's ("the daily
		// reported cases").
		pastNext := t.Form == w && prev.UPOS == "DET" && j+1 < len(toks) && toks[j+1].XPOS == "VBN" &&
			(j+2 == len(toks) || toks[j+2].UPOS == "ADP" || toks[j+2].UPOS == "PUNCT" || toks[j+2].UPOS == "SCONJ")
		switch {
		case t.Form != w && prev.UPOS == "PROPN":
			t.UPOS, t.XPOS = "PROPN", "NNP"
		case t.Form == w && (prev.UPOS == "PROPN" || prev.UPOS == "DET" || prev.UPOS == "ADJ" || basedCompound(toks, j-1)) && finiteNext:
			t.UPOS, t.XPOS = "NOUN", "NN"
		case pastNext:
			t.UPOS, t.XPOS = "NOUN", "NN"
			toks[j+1].XPOS = "VBD"
		}
	}
}

// bareVerbs retags as a past tense a word of one form for noun and past
// tense ("hit", "cut") that the tagger read as a noun after another noun,
// in a sentence left with no finite verb: "The strike hit the hospital"
// read as the compound "strike hit" has no verb at all. Only before what
// can open an object (a determiner, a name, a number, a possessive).
func bareVerbs(s *conllu.Sentence) {
	toks := s.Tokens
	for _, t := range toks {
		if finiteTag(t.XPOS) {
			return
		}
	}
	for j := 1; j+1 < len(toks); j++ {
		t, prev, next := &toks[j], toks[j-1], toks[j+1]
		if t.XPOS != "NN" || !pastOrNoun[strings.ToLower(t.Form)] || prev.UPOS != "NOUN" && prev.UPOS != "PROPN" {
			continue
		}
		switch next.UPOS {
		case "DET", "PROPN", "NUM":
		default:
			if next.XPOS != "PRP$" {
				continue
			}
		}
		t.UPOS, t.XPOS, t.Lemma = "VERB", "VBD", strings.ToLower(t.Form)
		return
	}
}

// pluralModifiers retags as a plural noun a word like "rights" or "arms"
// that the tagger read as a present tense before a plural noun: in "a
// pattern that rights groups have described", "rights" modifies
// "groups", whose verb follows. Only words English uses as plural
// modifiers, and only before a plural noun with a verb right after it.
func pluralModifiers(s *conllu.Sentence) {
	toks := s.Tokens
	for j := 0; j+2 < len(toks); j++ {
		t, n, v := &toks[j], toks[j+1], toks[j+2]
		if t.XPOS != "VBZ" || !pluralNouns[strings.ToLower(t.Form)] || n.XPOS != "NNS" {
			continue
		}
		switch v.XPOS {
		case "VBP", "VBD", "MD":
			t.UPOS, t.XPOS, t.Lemma = "NOUN", "NNS", strings.ToLower(t.Form)
		}
	}
}

// pluralNouns are nouns used in the plural to modify another ("rights
// groups", "arms dealers", "customs officials").
var pluralNouns = map[string]bool{"rights": true, "arms": true, "customs": true, "goods": true, "sports": true,
	"savings": true, "operations": true, "communications": true, "affairs": true, "services": true}

// pastOrNoun are past tenses written as a noun of the same form.
var pastOrNoun = map[string]bool{"hit": true, "cut": true, "shut": true, "hurt": true, "spread": true, "set": true, "put": true, "cost": true}

// participleNouns retags as a noun a participle after "the" that is
// followed by a finite verb or a possessive ("The accused told the
// court", "the accused's lawyer", "the injured were taken"): nothing
// else there can head the subject, and read as a verb it leaves the
// sentence none.
func participleNouns(s *conllu.Sentence) {
	toks := s.Tokens
	for j := 1; j+1 < len(toks); j++ {
		t, next := &toks[j], toks[j+1]
		if t.XPOS != "VBN" || !strings.EqualFold(toks[j-1].Form, "the") {
			continue
		}
		switch next.XPOS {
		case "VBD", "VBZ", "VBP", "MD", "POS":
			t.UPOS, t.XPOS, t.Lemma = "NOUN", "NN", strings.ToLower(t.Form)
		}
	}
}

// gerundNouns retags as a noun a form in -ing after "a" or "an", with at
// most a number or an adjective between, that ends its phrase ("A 2016
// ruling by a tribunal found", "a killing in Herat"), which the tagger
// reads as a participle and the parse then hangs the phrase's words from
// as from a verb. Before a noun it stays ("a continuing crisis").
func gerundNouns(s *conllu.Sentence) {
	toks := s.Tokens
	for j := 1; j < len(toks); j++ {
		t := &toks[j]
		if t.XPOS != "VBG" {
			continue
		}
		k := j - 1
		if k > 0 && (toks[k].XPOS == "CD" || toks[k].XPOS == "JJ") {
			k--
		}
		if a := strings.ToLower(toks[k].Form); a != "a" && a != "an" {
			continue
		}
		if j+1 < len(toks) {
			switch toks[j+1].UPOS {
			case "NOUN", "PROPN", "ADJ", "NUM", "DET", "PRON":
				continue
			}
		}
		t.UPOS, t.XPOS, t.Lemma = "NOUN", "NN", strings.ToLower(t.Form)
	}
}

// asideParticiples retags as a participle a form in -ed set off by
// commas right after a noun, when a finite verb follows the closing comma
// ("A poll for Le Monde, published on Monday evening, found that ...",
// "A US official, quoted anonymously by El Centinela, said"): the
// tagger reads it as the past tense, and the parse then makes it the
// main verb and what follows a second clause.
func asideParticiples(s *conllu.Sentence) {
	toks := s.Tokens
	for j := 2; j < len(toks); j++ {
		t := &toks[j]
		if t.XPOS != "VBD" || !strings.HasSuffix(strings.ToLower(t.Form), "ed") || toks[j-1].Form != "," {
			continue
		}
		switch toks[j-2].XPOS {
		case "NN", "NNS", "NNP", "NNPS":
		default:
			continue
		}
		k := j + 1
		for k < len(toks) && k <= j+12 && toks[k].Form != "," && !finiteTag(toks[k].XPOS) {
			k++
		}
		if k >= len(toks) || k > j+12 || toks[k].Form != "," {
			continue
		}
		n := k + 1
		for n < len(toks) && toks[n].XPOS == "RB" {
			n++
		}
		if n < len(toks) && finiteTag(toks[n].XPOS) {
			t.XPOS = "VBN"
		}
	}
}

// finiteTag reports whether a Penn tag is a finite verb's or a modal's.
func finiteTag(x string) bool {
	return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"
}

// pluralPossessives retags as the possessive it is an apostrophe after a
// plural in -s and before a noun ("Farmers’ associations said"), which
// the tagger reads as a closing quotation mark when no word comes before
// the plural, and which then leaves the sentence without a subject.
// Only where every quotation mark before it is closed, so that it closes
// none.
func pluralPossessives(s *conllu.Sentence) {
	toks := s.Tokens
	quotes := 0
	for j := 0; j < len(toks); j++ {
		t := &toks[j]
		switch t.Form {
		case "'", "’":
		case "\"", "“", "”", "‘", "`", "``", "''":
			quotes++
			continue
		default:
			continue
		}
		if t.XPOS == "POS" {
			continue
		}
		if quotes%2 == 0 && j > 0 && j+1 < len(toks) && (toks[j-1].XPOS == "NNS" || toks[j-1].XPOS == "NNPS") &&
			strings.HasSuffix(strings.ToLower(toks[j-1].Form), "s") && (toks[j+1].UPOS == "NOUN" || toks[j+1].UPOS == "ADJ" || toks[j+1].UPOS == "PROPN") {
			t.UPOS, t.XPOS, t.Lemma = "PART", "POS", "'s"
			continue
		}
		quotes++
	}
}

// numberNames retags as a proper noun a capitalised word of five letters
// or more that the tagger read as a number ("Polarposten quotes ..."): a
// word it has not seen may take the tag of the numbers, and a number in
// letters is one of the number words. (Shorter words are as often
// abbreviations and list labels.)
func numberNames(s *conllu.Sentence) {
	for j := range s.Tokens {
		t := &s.Tokens[j]
		if t.XPOS != "CD" || numberWords[strings.ToLower(t.Form)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Form)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(t.Form) < 5 || strings.IndexFunc(t.Form, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 || romanNumeral(t.Form) {
			continue
		}
		t.UPOS, t.XPOS = "PROPN", "NNP"
	}
}

// numberWords are the numbers written in letters.
var numberWords = map[string]bool{
	"zero": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true,
	"eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true,
	"sixty": true, "seventy": true, "eighty": true, "ninety": true, "hundred": true,
	"thousand": true, "million": true, "billion": true, "trillion": true, "dozen": true,
	"dozens": true, "hundreds": true, "thousands": true, "millions": true, "billions": true,
}

// romanNumeral reports whether w is written in Roman numerals ("II",
// "XIV").
func romanNumeral(w string) bool {
	return strings.Trim(w, "IVXLCDM") == ""
}

// basedCompound reports whether token j is a participle joined by a
// hyphen to the word before it ("Niamey-based", "state-run").
func basedCompound(toks []conllu.Token, j int) bool {
	return j >= 2 && toks[j].XPOS == "VBN" && toks[j-1].Form == "-"
}

// reportVerbs retags as a present tense a verb of saying in -s that the
// tagger read as a plural noun right after a singular subject, with no
// verb before it, where a clause or an object follows ("Russian outlet
// claims Nis rally was ...", "Moscow says it struck ..."), or after "as"
// and its subject at the end of a clause ("..., as Beijing alleges."). Headlines drop
// the articles that would tell the tagger, and the forms are as often
// nouns ("the claims were rejected", which an auxiliary after it keeps).
func reportVerbs(s *conllu.Sentence) {
	toks := s.Tokens
	for j := 1; j+1 < len(toks); j++ {
		t, prev, next := &toks[j], toks[j-1], toks[j+1]
		if t.XPOS != "NNS" || !saysForms[strings.ToLower(t.Form)] {
			continue
		}
		// "the daily quotes Higa as saying": the frame is a verb's
		// wherever it stands.
		if f := strings.ToLower(t.Form); f == "quotes" || f == "cites" {
			for k := j + 2; k+1 < len(toks) && k <= j+6; k++ {
				if strings.ToLower(toks[k].Form) == "as" && toks[k+1].XPOS == "VBG" {
					t.UPOS, t.XPOS = "VERB", "VBZ"
					break
				}
			}
		}
		if t.XPOS != "NNS" || prev.XPOS != "NN" && prev.XPOS != "NNP" {
			continue
		}
		verbBefore := false
		for _, p := range toks[:j] {
			verbBefore = verbBefore || p.UPOS == "VERB" || p.UPOS == "AUX"
		}
		switch next.UPOS {
		case "DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ", "SCONJ", "VERB":
			// (A verb after it only as a gerund: "Ukraine denies
			// targeting civilians".)
			if !verbBefore && (next.UPOS != "VERB" || next.XPOS == "VBG") {
				t.UPOS, t.XPOS = "VERB", "VBZ"
			}
		case "PUNCT":
			// ", as Beijing alleges.": the subject of "as" and its verb
			// end the clause, whatever came before.
			k := j - 1
			for k > 0 && (toks[k].XPOS == "NNP" || toks[k].XPOS == "NN" || toks[k].XPOS == "DT" || toks[k].XPOS == "JJ") {
				k--
			}
			if strings.EqualFold(toks[k].Form, "as") {
				t.UPOS, t.XPOS = "VERB", "VBZ"
			}
		}
	}
}

// saysForms are the verbs of saying in -s that the tagger takes for plural
// nouns after a subject.
var saysForms = map[string]bool{
	"says": true, "claims": true, "reports": true, "warns": true, "denies": true,
	"accuses": true, "vows": true, "urges": true, "insists": true, "admits": true,
	"confirms": true, "rejects": true, "blames": true, "threatens": true, "pledges": true,
	"quotes": true, "cites": true, "alleges": true, "argues": true, "asserts": true, "contends": true,
}

// relativeVerbs retags a present tense in -s that the tagger read as a
// plural noun right after a subject relative pronoun set off after its
// noun ("Tajikistan, which borders Afghanistan, ..."): there only a verb
// can follow. Forms such as "borders", "operates" or "leads" are far more
// often nouns in the training data, and the misread tag wrecks the parse
// of the whole sentence. An object must follow, so that "which states"
// asked as a question stays a noun.
func relativeVerbs(s *conllu.Sentence) {
	toks := s.Tokens
	for j := 2; j+1 < len(toks); j++ {
		t, rel, before, next := &toks[j], toks[j-1], toks[j-2], toks[j+1]
		if t.XPOS != "NNS" || !strings.HasSuffix(t.Form, "s") || (rel.XPOS != "WDT" && rel.XPOS != "WP") {
			continue
		}
		if w := strings.ToLower(rel.Form); w != "which" && w != "who" && w != "that" {
			continue
		}
		if before.Form != "," && before.UPOS != "NOUN" && before.UPOS != "PROPN" {
			continue
		}
		switch next.UPOS {
		case "DET", "PROPN", "NUM", "PRON", "ADJ", "NOUN":
		default:
			continue
		}
		t.UPOS, t.XPOS = "VERB", "VBZ"
	}
}

var load = sync.OnceValues(loadEmbedded)

// loadEmbedded reads the embedded models afresh (Load reads them once).
func loadEmbedded() (*Annotator, error) {
	sub, err := fs.Sub(files, "data")
	if err != nil {
		return nil, fmt.Errorf("models: %w", err)
	}
	return LoadFS(sub)
}

// Load returns the embedded models, read once per process and shared.
func Load() (nlp.Annotator, error) {
	a, err := load()
	if err != nil {
		return nil, err
	}
	return a, nil
}

// Embedded returns the embedded models as the concrete type, for callers
// that need one model on its own (training the name recogniser on tagger
// output, evaluation).
func Embedded() (*Annotator, error) { return load() }

// LoadFS reads the models from the top of fsys (files named TaggerFile,
// ParserFile, NERFile), for evaluating models before they are embedded.
func LoadFS(fsys fs.FS) (*Annotator, error) {
	a := &Annotator{}
	var err error
	if a.Tagger, err = open(fsys, TaggerFile, tagger.Read); err != nil {
		return nil, err
	}
	if a.Parser, err = open(fsys, ParserFile, depparse.Read); err != nil {
		return nil, err
	}
	if a.NER, err = open(fsys, NERFile, ner.Read); err != nil {
		return nil, err
	}
	return a, nil
}

// open reads one gzipped model; a missing file gives the zero value and no
// error.
func open[T any](fsys fs.FS, name string, read func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := fsys.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return zero, nil
	}
	if err != nil {
		return zero, fmt.Errorf("models: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return zero, fmt.Errorf("models: %s: %w", name, err)
	}
	v, err := read(zr)
	if err != nil {
		return zero, fmt.Errorf("models: %s: %w", name, err)
	}
	return v, nil
}
