// Package conllu reads and writes CoNLL-U (Universal Dependencies) and the
// IOB2 column files of Universal NER. It turns files into Sentences of
// Tokens and back; it knows nothing about models or documents.
//
// Multi-word token lines ("1-2") and empty nodes ("1.1") are skipped on
// reading: Hearsay works on syntactic words, as the UD scores do.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Token is one syntactic word. Head counts from 1, with 0 for the root, as
// in the file format; -1 means "not known".
type Token struct {
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	Deprel string
	Misc   string
	NER    string // IOB2, "B-PER"; written into MISC as NER=...
}

// Sentence is one sentence with its comment lines ("# text = ...").
type Sentence struct {
	Comments []string
	Tokens   []Token
}

// Forms returns the word forms of s.
func (s *Sentence) Forms() []string {
	out := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		out[i] = t.Form
	}
	return out
}

// Read parses CoNLL-U from r. name is used in error messages.
func Read(r io.Reader, name string) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if l == "" {
			flush()
			continue
		}
		if strings.HasPrefix(l, "#") {
			cur.Comments = append(cur.Comments, l)
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("conllu: %s:%d: %d columns, want 10", name, line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		t := Token{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Deprel: f[7], Misc: f[9], Head: -1}
		if f[6] != "_" {
			h, err := strconv.Atoi(f[6])
			if err != nil {
				return nil, fmt.Errorf("conllu: %s:%d: head %q is not a number", name, line, f[6])
			}
			t.Head = h
		}
		for _, m := range strings.Split(t.Misc, "|") {
			if v, ok := strings.CutPrefix(m, "NER="); ok {
				t.NER = v
			}
		}
		cur.Tokens = append(cur.Tokens, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: %s: %w", name, err)
	}
	flush()
	return out, nil
}

// ReadIOB2 parses the Universal NER column format: ID, FORM, TAG, ... per
// line, blank lines between sentences. Only Form and NER are set.
func ReadIOB2(r io.Reader, name string) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if l == "" {
			if len(cur.Tokens) > 0 {
				out = append(out, cur)
			}
			cur = Sentence{}
			continue
		}
		if strings.HasPrefix(l, "#") {
			cur.Comments = append(cur.Comments, l)
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("conllu: %s:%d: %d columns, want at least 3", name, line, len(f))
		}
		cur.Tokens = append(cur.Tokens, Token{Form: f[1], NER: f[2], Head: -1})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: %s: %w", name, err)
	}
	if len(cur.Tokens) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

func orUnderscore(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// Write prints sentences as CoNLL-U. A token's NER tag, when set, is added
// to MISC as NER=TAG (replacing any NER= already there).
func Write(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for _, c := range s.Comments {
			fmt.Fprintln(bw, c)
		}
		for i, t := range s.Tokens {
			head := "_"
			if t.Head >= 0 {
				head = strconv.Itoa(t.Head)
			}
			misc := t.Misc
			if t.NER != "" {
				var keep []string
				for _, m := range strings.Split(misc, "|") {
					if m != "" && m != "_" && !strings.HasPrefix(m, "NER=") {
						keep = append(keep, m)
					}
				}
				keep = append(keep, "NER="+t.NER)
				misc = strings.Join(keep, "|")
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t_\t%s\n", i+1, t.Form, orUnderscore(t.Lemma),
				orUnderscore(t.UPOS), orUnderscore(t.XPOS), orUnderscore(t.Feats), head, orUnderscore(t.Deprel), orUnderscore(misc))
		}
		fmt.Fprintln(bw)
	}
	return bw.Flush()
}
