// Package attrtest loads the test fixtures of the attribution and
// certainty packages: short texts written for the tests (cases.txt, one
// "## name" header per document) with their tokens, tags and dependency
// trees in CoNLL-U (cases.conllu, one "# newdoc id = name" per document).
// The CoNLL-U is produced once by Hearsay's own segmenter and models and
// then kept, so the tests do not depend on the current models and run
// fast; Load gives each document as a doc.Doc with the syntax layer
// filled, or with tags only (no tree), to exercise the fallbacks.
package attrtest

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/doc"
)

// Case is one test document: its name and text.
type Case struct {
	Name string
	Text string
}

// ReadCases reads dir/cases.txt.
func ReadCases(dir string) ([]Case, error) {
	f, err := os.Open(filepath.Join(dir, "cases.txt"))
	if err != nil {
		return nil, fmt.Errorf("attrtest: %w", err)
	}
	defer f.Close()
	var out []Case
	var lines []string
	flush := func() {
		if len(out) > 0 {
			out[len(out)-1].Text = strings.TrimSpace(strings.Join(lines, "\n"))
		}
		lines = nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if name, ok := strings.CutPrefix(l, "## "); ok {
			flush()
			out = append(out, Case{Name: strings.TrimSpace(name)})
			continue
		}
		lines = append(lines, l)
	}
	flush()
	return out, sc.Err()
}

// Load returns the named case of dir as a Doc with tokens, sentences and
// syntax from dir/cases.conllu. With parsed false, heads and relations
// are cleared, as when no parser model is present.
func Load(dir, name string, parsed bool) (*doc.Doc, error) {
	cases, err := ReadCases(dir)
	if err != nil {
		return nil, err
	}
	text := ""
	found := false
	for _, c := range cases {
		if c.Name == name {
			text, found = c.Text, true
		}
	}
	if !found {
		return nil, fmt.Errorf("attrtest: no case %q in %s/cases.txt", name, dir)
	}
	f, err := os.Open(filepath.Join(dir, "cases.conllu"))
	if err != nil {
		return nil, fmt.Errorf("attrtest: %w", err)
	}
	defer f.Close()
	sents, err := conllu.Read(f, "cases.conllu")
	if err != nil {
		return nil, err
	}
	var mine []conllu.Sentence
	in := false
	for _, s := range sents {
		for _, c := range s.Comments {
			if id, ok := strings.CutPrefix(c, "# newdoc id = "); ok {
				in = id == name
			}
		}
		if in {
			mine = append(mine, s)
		}
	}
	if len(mine) == 0 {
		return nil, fmt.Errorf("attrtest: no sentences for %q in %s/cases.conllu (regenerate it)", name, dir)
	}
	d := doc.New(text)
	byteAt := 0
	for si, s := range mine {
		first := len(d.Tokens)
		for _, t := range s.Tokens {
			k := strings.Index(text[byteAt:], t.Form)
			if k < 0 {
				return nil, fmt.Errorf("attrtest: %q: token %q not found in the text after byte %d (regenerate cases.conllu)", name, t.Form, byteAt)
			}
			start := byteAt + k
			byteAt = start + len(t.Form)
			head := -1
			dep := ""
			if parsed {
				dep = t.Deprel
				if t.Head > 0 {
					head = first + t.Head - 1
				}
			}
			d.Tokens = append(d.Tokens, doc.Token{
				Span: d.SpanOfBytes(start, byteAt), Text: t.Form, Sent: si,
				Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Feats: t.Feats, Head: head, Dep: dep, NER: t.NER,
			})
		}
		end := len(d.Tokens)
		d.Sentences = append(d.Sentences, doc.Sentence{
			Span: doc.Span{Start: d.Tokens[first].Span.Start, End: d.Tokens[end-1].Span.End}, First: first, End: end,
		})
	}
	d.SetLayer(doc.LayerTokens)
	d.SetLayer(doc.LayerSentences)
	d.SetLayer(doc.LayerSyntax)
	return d, nil
}

// Write writes the annotated sentences of the named documents as
// cases.conllu into dir.
func Write(dir string, docs map[string]*doc.Doc, order []string) error {
	var all []conllu.Sentence
	for _, name := range order {
		d := docs[name]
		for si, s := range d.Sentences {
			cs := conllu.Sentence{}
			if si == 0 {
				cs.Comments = append(cs.Comments, "# newdoc id = "+name)
			}
			cs.Comments = append(cs.Comments, "# text = "+strings.ReplaceAll(d.Slice(s.Span), "\n", " "))
			for i := s.First; i < s.End; i++ {
				t := d.Tokens[i]
				h := 0
				if t.Head >= s.First && t.Head < s.End {
					h = t.Head - s.First + 1
				}
				cs.Tokens = append(cs.Tokens, conllu.Token{Form: t.Text, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS,
					Feats: t.Feats, Head: h, Deprel: t.Dep, NER: t.NER})
			}
			all = append(all, cs)
		}
	}
	f, err := os.Create(filepath.Join(dir, "cases.conllu"))
	if err != nil {
		return fmt.Errorf("attrtest: %w", err)
	}
	if err := conllu.Write(f, all); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Generate writes dir/cases.conllu for every case of dir/cases.txt. Cases
// already in the file keep their annotation, so that fixtures stay fixed
// when the models change; new cases are annotated with annotate (the
// segmenter and the models). With all set, every case is annotated anew.
func Generate(dir string, annotate func(*doc.Doc) error, all bool) error {
	cases, err := ReadCases(dir)
	if err != nil {
		return err
	}
	docs := map[string]*doc.Doc{}
	var order []string
	for _, c := range cases {
		if !all {
			if d, err := Load(dir, c.Name, true); err == nil {
				docs[c.Name] = d
				order = append(order, c.Name)
				continue
			}
		}
		d := doc.New(c.Text)
		if err := annotate(d); err != nil {
			return fmt.Errorf("attrtest: %s: %w", c.Name, err)
		}
		docs[c.Name] = d
		order = append(order, c.Name)
	}
	return Write(dir, docs, order)
}
