package models

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/hearsaynews/hearsay/internal/conllu"
)

func sentence(text string) *conllu.Sentence {
	s := &conllu.Sentence{}
	for _, f := range strings.Fields(text) {
		s.Tokens = append(s.Tokens, conllu.Token{Form: f})
	}
	return s
}

func TestEmbeddedTaggerTagsASentence(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	s := sentence("The minister said on Monday that the talks had failed .")
	a.Annotate([]conllu.Sentence{*s})
	want := []struct {
		i                 int
		upos, xpos, lemma string
	}{
		{0, "DET", "DT", "the"},
		{1, "NOUN", "NN", "minister"},
		{2, "VERB", "VBD", "say"},
		{3, "ADP", "IN", "on"},
		{4, "PROPN", "NNP", "Monday"},
		{7, "NOUN", "NNS", "talk"},
		{8, "AUX", "VBD", "have"},
		{9, "VERB", "VBN", "fail"},
		{10, "PUNCT", ".", "."},
	}
	for _, w := range want {
		tok := s.Tokens[w.i]
		if tok.UPOS != w.upos || tok.XPOS != w.xpos || tok.Lemma != w.lemma {
			t.Errorf("%s: got %s/%s/%s, want %s/%s/%s", tok.Form, tok.UPOS, tok.XPOS, tok.Lemma, w.upos, w.xpos, w.lemma)
		}
	}
	// The parse of so plain a sentence is a check that the parser model
	// and the parser code agree (a model written by other feature code
	// gives wrong relations).
	deps := []struct {
		i, head int
		rel     string
	}{
		{0, 2, "det"},
		{1, 3, "nsubj"},
		{2, 0, "root"},
		{6, 8, "det"},
		{7, 10, "nsubj"},
		{8, 10, "aux"},
		{10, 3, "punct"},
	}
	for _, d := range deps {
		tok := s.Tokens[d.i]
		if tok.Head != d.head || tok.Deprel != d.rel {
			t.Errorf("%s: head %d %s, want %d %s", tok.Form, tok.Head, tok.Deprel, d.head, d.rel)
		}
	}
}

func TestEmbeddedParserAndNames(t *testing.T) {
	a, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if a.Parser == nil || a.NER == nil {
		t.Fatal("parser or name model missing from the embedded models")
	}
	s := sentence("Ashraf Ghani left Afghanistan for the United Arab Emirates on Sunday , officials in Kabul said .")
	a.Annotate([]conllu.Sentence{*s})
	ner := make([]string, len(s.Tokens))
	roots := 0
	for i, tok := range s.Tokens {
		ner[i] = tok.NER
		if tok.Head == 0 {
			roots++
		}
		if tok.Head < 0 || tok.Head > len(s.Tokens) || tok.Head == i+1 {
			t.Errorf("%s: head %d out of range", tok.Form, tok.Head)
		}
	}
	if roots != 1 {
		t.Errorf("%d roots, want 1", roots)
	}
	want := map[int]string{0: "B-PER", 1: "I-PER", 2: "O", 3: "B-LOC", 14: "B-LOC", 15: "O"}
	for i, w := range want {
		if ner[i] != w {
			t.Errorf("%s: NER %s, want %s (all: %v)", s.Tokens[i].Form, ner[i], w, ner)
		}
	}
	if s.Tokens[2].Deprel != "root" && s.Tokens[15].Deprel != "root" {
		t.Errorf("neither left nor said is the root")
	}
	if h := s.Tokens[1].Head; h != 1 && h != 3 {
		t.Errorf("Ghani attached to %d, want Ashraf (1) or left (3)", h)
	}
}

func TestLoadIsSharedAndConcurrent(t *testing.T) {
	a1, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	a2, _ := Load()
	if a1 != a2 {
		t.Error("Load returned two different annotators")
	}
	ref := sentence("Officials in Kabul denied the report on Tuesday .")
	a1.Annotate([]conllu.Sentence{*ref})
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				s := sentence("Officials in Kabul denied the report on Tuesday .")
				a1.Annotate([]conllu.Sentence{*s})
				for i := range s.Tokens {
					if s.Tokens[i] != ref.Tokens[i] {
						t.Errorf("concurrent run differs at %d: %+v vs %+v", i, s.Tokens[i], ref.Tokens[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// Odd input must not panic, and every token must still get a tag, a head
// in range and a well-formed name tag.
func TestAnnotateOddInput(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("word ", 600)
	tests := []struct {
		name  string
		forms []string
	}{
		{"empty sentence", nil},
		{"empty form", []string{"", "x"}},
		{"non-Latin", []string{"Владимир", "Путин", "在", "北京", "😀"}},
		{"very long word", []string{strings.Repeat("a", 5000)}},
		{"600 tokens", strings.Fields(long)},
		{"punctuation only", []string{"?", "!", "...", "--"}},
	}
	valid := map[string]bool{"O": true}
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		valid["B-"+typ], valid["I-"+typ] = true, true
	}
	for _, tc := range tests {
		s := &conllu.Sentence{}
		for _, f := range tc.forms {
			s.Tokens = append(s.Tokens, conllu.Token{Form: f})
		}
		a.Annotate([]conllu.Sentence{*s})
		for i, tok := range s.Tokens {
			if tok.UPOS == "" || tok.XPOS == "" || !valid[tok.NER] {
				t.Errorf("%s: token %d %q got UPOS %q XPOS %q NER %q", tc.name, i, tok.Form, tok.UPOS, tok.XPOS, tok.NER)
			}
			if tok.Head < 0 || tok.Head > len(s.Tokens) {
				t.Errorf("%s: token %d head %d out of range", tc.name, i, tok.Head)
			}
		}
	}
}

// Sentences are independent: a batch gets the columns each sentence gets
// on its own, whatever else is in the batch.
func TestAnnotateBatchEqualsOneByOne(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Officials in Kabul denied the report on Tuesday .",
		"",
		"The agency said , citing a source , that 27 helicopters had been seized .",
		"Massoud 's forces still hold the valley , he told Reuters .",
	}
	var batch []conllu.Sentence
	for _, text := range texts {
		batch = append(batch, *sentence(text))
	}
	a.Annotate(batch)
	for i, text := range texts {
		one := sentence(text)
		a.Annotate([]conllu.Sentence{*one})
		if !slices.Equal(one.Tokens, batch[i].Tokens) {
			t.Errorf("sentence %d annotated alone:\n%+v\nin a batch:\n%+v", i, one.Tokens, batch[i].Tokens)
		}
		for _, tok := range batch[i].Tokens {
			if tok.UPOS == "" || tok.Deprel == "" || tok.NER == "" {
				t.Errorf("sentence %d: token %q left unannotated: %+v", i, tok.Form, tok)
			}
		}
	}
}

// Typographic apostrophes are read as ASCII ones: the same tags, lemmas
// and tree, with the forms given back as they were.
func TestCurlyApostrophes(t *testing.T) {
	a, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ascii := []conllu.Sentence{*sentence("Collins , who 'd endorsed Bush , said they 're ready .")}
	curly := []conllu.Sentence{*sentence("Collins , who ’d endorsed Bush , said they ’re ready .")}
	a.Annotate(ascii)
	a.Annotate(curly)
	for j, c := range curly[0].Tokens {
		w := ascii[0].Tokens[j]
		if c.UPOS != w.UPOS || c.XPOS != w.XPOS || c.Lemma != w.Lemma || c.Head != w.Head || c.Deprel != w.Deprel {
			t.Errorf("token %d %q: %s/%s/%s/%d/%s, with an ASCII apostrophe %s/%s/%s/%d/%s", j, c.Form,
				c.UPOS, c.XPOS, c.Lemma, c.Head, c.Deprel, w.UPOS, w.XPOS, w.Lemma, w.Head, w.Deprel)
		}
	}
	if f := curly[0].Tokens[3].Form; f != "’d" {
		t.Errorf("form after annotation = %q, want the original %q", f, "’d")
	}
	if x := curly[0].Tokens[3].XPOS; x != "VBD" && x != "MD" {
		t.Errorf("’d tagged %s, want an auxiliary", x)
	}
}

// A present tense in -s right after a subject relative pronoun is a verb,
// and heads its relative clause; "which" asking a question keeps its noun.
func TestRelativeVerbs(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		i    int // the word in -s
		xpos string
		head int // the noun the relative clause is on (1-based, as in CoNLL-U)
	}{
		{"Tajikistan , which borders Afghanistan , has sent aid .", 3, "VBZ", 1},
		{"The group , which operates from Pakistan , denied it .", 4, "VBZ", 2},
		{"Which countries border Afghanistan ?", 1, "NNS", -1},
	}
	for _, tc := range tests {
		s := sentence(tc.text)
		a.Annotate([]conllu.Sentence{*s})
		tok := s.Tokens[tc.i]
		if tok.XPOS != tc.xpos {
			t.Errorf("%q: %q tagged %s, want %s", tc.text, tok.Form, tok.XPOS, tc.xpos)
		}
		if tc.xpos == "VBZ" && (tok.UPOS != "VERB" || tok.Head != tc.head || tok.Deprel != "acl:relcl") {
			t.Errorf("%q: %q is %s, head %d %s; want the verb of a relative clause on word %d", tc.text, tok.Form, tok.UPOS, tok.Head, tok.Deprel, tc.head)
		}
	}
}

// A capitalised word read as a verb inside a name of several words that
// the recogniser found is a proper noun, and the parse after reads it so.
func TestNameTags(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	s := sentence("RSF commander Mohamed Hamdan Dagalo denied that his fighters had targeted civilians .")
	sents := []conllu.Sentence{*s}
	a.Annotate(sents)
	toks := sents[0].Tokens
	if tok := toks[2]; tok.UPOS != "PROPN" || !strings.HasSuffix(tok.NER, "-PER") {
		t.Errorf("Mohamed: %s %s, want a proper noun in a person's name", tok.UPOS, tok.NER)
	}
	if toks[5].UPOS != "VERB" || toks[5].Head != 0 {
		t.Errorf("denied: %s head %d, want the root verb", toks[5].UPOS, toks[5].Head)
	}
	// The unit itself: a verb tag inside a name of two words changes, one
	// in a one-word name or outside names does not.
	u := sentence("Human Rights Watch said Watch")
	for i, tag := range []string{"B-ORG", "I-ORG", "I-ORG", "O", "B-ORG"} {
		u.Tokens[i].NER, u.Tokens[i].UPOS = tag, "NOUN"
	}
	u.Tokens[2].UPOS, u.Tokens[3].UPOS, u.Tokens[4].UPOS = "VERB", "VERB", "VERB"
	nameTags(u)
	if got := []string{u.Tokens[2].UPOS, u.Tokens[3].UPOS, u.Tokens[4].UPOS}; !slices.Equal(got, []string{"PROPN", "VERB", "VERB"}) {
		t.Errorf("tags %v, want [PROPN VERB VERB]", got)
	}
}

// "weekly", "daily" and "monthly" are the periodical where only a noun
// fits: as the last word of a title, and between a determiner or a name
// and a finite verb; elsewhere they keep the tagger's reading.
func TestPeriodicals(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text      string
		i         int // the periodical word
		upos      string
		subjectOf int // the verb it heads the subject of (1-based), 0 for none
	}{
		{"Premiums could rise , Maritime Risk Weekly reported .", 6, "PROPN", 8},
		{"The Burkina Faso weekly says plotters planned a coup .", 3, "NOUN", 5},
		{"The daily reported that talks had failed .", 1, "NOUN", 3},
		{"A Niamey - based weekly has reported that a convoy left .", 4, "NOUN", 7},
		{"Three officers were detained , the daily reported on Tuesday , citing sources .", 6, "NOUN", 8},
		{"Prices rose daily .", 2, "ADV", 0},
		{"The daily briefings continued .", 1, "ADJ", 0},
	}
	for _, tc := range tests {
		s := sentence(tc.text)
		sents := []conllu.Sentence{*s}
		a.Annotate(sents)
		tok := sents[0].Tokens[tc.i]
		if tok.UPOS != tc.upos {
			t.Errorf("%q: %q is %s, want %s", tc.text, tok.Form, tok.UPOS, tc.upos)
		}
		if tc.subjectOf > 0 && tok.Head != tc.subjectOf && sents[0].Tokens[tok.Head-1].Head != tc.subjectOf {
			t.Errorf("%q: %q hangs from word %d, want it in the subject of word %d", tc.text, tok.Form, tok.Head, tc.subjectOf)
		}
	}
}

// A verb of saying in -s read as a plural noun right after a singular
// subject, with no verb before it and a clause after it, is a verb: the
// headline's grammar. A plural noun before an auxiliary stays one.
func TestReportVerbs(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		i    int
		xpos string
	}{
		{"Russian outlet claims Nis rally was coordinated from abroad", 2, "VBZ"},
		{"The defence claims were rejected by the court .", 2, "NNS"},
		{"His claims that the vote was rigged were false .", 1, "NNS"},
		{"\" I have fished here for forty years , \" the daily quotes Higa as saying .", 12, "VBZ"},
		{"A vessel was hit , as Beijing alleges .", 7, "VBZ"},
		{"Ukraine denies targeting civilians and says the strikes are legitimate .", 1, "VBZ"},
		{"The plan will fail , as the ministry argues .", 8, "VBZ"},
	}
	for _, tc := range tests {
		s := sentence(tc.text)
		sents := []conllu.Sentence{*s}
		a.Annotate(sents)
		if tok := sents[0].Tokens[tc.i]; tok.XPOS != tc.xpos {
			t.Errorf("%q: %q tagged %s, want %s", tc.text, tok.Form, tok.XPOS, tc.xpos)
		}
	}
}

// A capitalised word of letters read as a number is a name; number words
// and Roman numerals stay numbers.
func TestNumberNames(t *testing.T) {
	u := sentence("Polarposten Two XIV 12")
	for i := range u.Tokens {
		u.Tokens[i].UPOS, u.Tokens[i].XPOS = "NUM", "CD"
	}
	numberNames(u)
	for i, want := range []string{"NNP", "CD", "CD", "CD"} {
		if got := u.Tokens[i].XPOS; got != want {
			t.Errorf("%q: %s, want %s", u.Tokens[i].Form, got, want)
		}
	}
}

// A capitalised participle opening a sentence, before proper nouns the
// recogniser names nothing and a finite verb, opens a name; before a name
// it knows, or a comma, it keeps its verb tag.
func TestOpeningNames(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sents := []conllu.Sentence{*sentence("Downing Street said the minister had the prime minister 's full confidence .")}
	a.Annotate(sents)
	if tok := sents[0].Tokens[0]; tok.UPOS != "PROPN" {
		t.Errorf("Downing: %s, want a proper noun", tok.UPOS)
	}
	cases := []struct {
		words, ner []string
		want       string
	}{
		{[]string{"Downing", "Street", "said"}, []string{"O", "O", "O"}, "NNP"},
		{[]string{"Banning", "Trump", "would"}, []string{"O", "B-PER", "O"}, "VBG"},
		{[]string{"Citing", "Reuters", ","}, []string{"O", "O", "O"}, "VBG"},
	}
	for _, c := range cases {
		u := sentence(strings.Join(c.words, " "))
		u.Tokens[0].UPOS, u.Tokens[0].XPOS = "VERB", "VBG"
		u.Tokens[1].UPOS, u.Tokens[1].XPOS = "PROPN", "NNP"
		u.Tokens[2].XPOS = map[string]string{"said": "VBD", "would": "MD", ",": ","}[c.words[2]]
		for i, tag := range c.ner {
			u.Tokens[i].NER = tag
		}
		openingNames(u)
		if got := u.Tokens[0].XPOS; got != c.want {
			t.Errorf("%v: %s, want %s", c.words, got, c.want)
		}
	}
}

// An apostrophe after a plural and before a noun is its possessive,
// also at the start of a sentence; one that may close a quotation stays
// a quotation mark. A participle after "the" and before a finite verb or
// a possessive is a noun ("the accused"); a past tense read as a noun in
// a sentence with no verb is the verb; "rights" before "groups" and a
// verb is a noun.
func TestPossessivesAndParticipleNouns(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		i    int // the word retagged or not
		xpos string
	}{
		{"Farmers ’ associations said the road was closed .", 1, "POS"},
		{"Farmers ' associations said the road was closed .", 1, "POS"},
		{"\" We will go , \" the workers ' leader said .", 8, "POS"},
		{"She called them ‘ the true owners ’ .", 7, "''"},
		{"The accused told the court he was abroad .", 1, "NN"},
		{"The accused 's lawyer said he was innocent .", 1, "NN"},
		{"The disputed election was held in May .", 1, "VBN"},
		{"The strike hit Debre Worq General Hospital on Tuesday , killing 41 people .", 2, "VBD"},
		{"The hit song played on the radio .", 1, "NN"},
		{"The strikes follow a pattern that rights groups have described as collective punishment .", 6, "NNS"},
		{"The man who sells guns said nothing .", 3, "VBZ"},
		{"A 2016 ruling by a tribunal found that the claims had no basis .", 2, "NN"},
		{"The army faces a continuing crisis in the north .", 4, "VBG"},
		{"A US official , quoted anonymously by El Centinela , said the transfer was likely .", 4, "VBN"},
		{"The minister arrived , sat down and said nothing .", 4, "VBD"},
	}
	for _, tc := range tests {
		sents := []conllu.Sentence{*sentence(tc.text)}
		a.Annotate(sents)
		if tok := sents[0].Tokens[tc.i]; tok.XPOS != tc.xpos {
			t.Errorf("%q: %q is %s, want %s", tc.text, tok.Form, tok.XPOS, tc.xpos)
		}
	}
}
