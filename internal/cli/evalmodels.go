package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	prosener "github.com/jdkato/prose/v3/ner"
	prosetag "github.com/jdkato/prose/v3/tag"
	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/nlp"
	"github.com/hearsaynews/hearsay/internal/nlp/eval"
	"github.com/hearsaynews/hearsay/internal/nlp/models"
)

func evalModelsCmd(env Env) *cobra.Command {
	var data, dir, split string
	var noBaseline bool
	cmd := &cobra.Command{
		Use:   "evalmodels",
		Short: "Score the linguistic models (and the prose baseline) on the treebank test splits",
		Long: `Score Hearsay's tagger, lemmatiser, parser and name recogniser on the
UD English-EWT and UNER English-EWT test splits with gold tokenisation:
UPOS/XPOS/lemma accuracy, UAS/LAS, and exact-span name F1 for PER, ORG and
LOC. github.com/jdkato/prose/v3 is scored in the same run as a baseline, on
the same gold tokens. --split dev scores the dev split (for choosing
training settings); --models DIR scores model files not yet embedded.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if split != "test" && split != "dev" {
				return fmt.Errorf("evalmodels: --split %q: want test or dev", split)
			}
			var a *models.Annotator
			var err error
			if dir != "" {
				a, err = models.LoadFS(os.DirFS(dir))
			} else {
				a, err = models.Embedded()
			}
			if err != nil {
				return fmt.Errorf("evalmodels: %w", err)
			}
			ud, err := readCoNLLU(udFile(data, split))
			if err != nil {
				return fmt.Errorf("evalmodels: %w", err)
			}
			uner, err := readIOB2(unerFile(data, split))
			if err != nil {
				return fmt.Errorf("evalmodels: %w", err)
			}
			return evalModels(env.Stdout, a, ud, uner, split, !noBaseline)
		},
	}
	cmd.Flags().StringVar(&data, "data", dataDir(), "folder holding ud-ewt/ and uner-ewt/, relative to the working folder ($HEARSAY_DATA, if set, replaces the default)")
	cmd.Flags().StringVar(&dir, "models", "", "folder with tagger.gz, parser.bin.gz, ner.gz (default: the embedded models)")
	cmd.Flags().StringVar(&split, "split", "test", "test or dev")
	cmd.Flags().BoolVar(&noBaseline, "no-baseline", false, "skip the prose baseline")
	return cmd
}

// formsOnly copies sents keeping only the word forms: the models see gold
// tokenisation and nothing else.
func formsOnly(sents []conllu.Sentence) []conllu.Sentence {
	out := make([]conllu.Sentence, len(sents))
	for i, s := range sents {
		out[i].Tokens = make([]conllu.Token, len(s.Tokens))
		for j, t := range s.Tokens {
			out[i].Tokens[j] = conllu.Token{Form: t.Form, Head: -1}
		}
	}
	return out
}

func countTokens(sents []conllu.Sentence) int {
	n := 0
	for _, s := range sents {
		n += len(s.Tokens)
	}
	return n
}

func annotateAll(a nlp.Annotator, sents []conllu.Sentence) time.Duration {
	began := time.Now()
	a.Annotate(sents)
	return time.Since(began)
}

func evalModels(w io.Writer, a *models.Annotator, ud, uner []conllu.Sentence, split string, baseline bool) error {
	pred := formsOnly(ud)
	took := annotateAll(a, pred)
	var tags eval.Tagging
	if err := tags.Add(ud, pred); err != nil {
		return err
	}
	npred := formsOnly(uner)
	annotateAll(a, npred)
	names := eval.NewNames([]string{"PER", "ORG", "LOC"})
	if err := names.Add(uner, npred); err != nil {
		return err
	}
	fmt.Fprintf(w, "UD English-EWT %s: %d sentences, %d tokens; UNER English-EWT %s: %d sentences (gold tokenisation)\n",
		split, len(ud), tags.Tokens, split, len(uner))
	fmt.Fprintf(w, "hearsay annotated %d tokens in %s on one goroutine (%.0f tokens/s wall clock, tag+lemma+parse+names;\n"+
		"BenchmarkAnnotate in internal/nlp/models is the reference figure)\n\n",
		tags.Tokens, took.Round(time.Millisecond), float64(tags.Tokens)/took.Seconds())

	var ptags eval.Tagging
	pnames := eval.NewNames([]string{"PER", "ORG", "LOC"})
	if baseline {
		if err := proseBaseline(ud, uner, &ptags, pnames); err != nil {
			return err
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	pct := func(v float64) string { return fmt.Sprintf("%.2f", 100*v) }
	f := func(v float64) string { return fmt.Sprintf("%.3f", v) }
	row := func(name, ours, theirs string) {
		if !baseline {
			theirs = ""
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t\n", name, ours, theirs)
	}
	parsed := a.Parser != nil
	row("measure", "hearsay", "prose v3.2.3")
	row("UPOS %", pct(tags.UPOSAcc()), pct(ptags.UPOSAcc())+" (PTB→UPOS)")
	row("XPOS %", pct(tags.XPOSAcc()), pct(ptags.XPOSAcc()))
	row("lemma %", pct(tags.LemmaAcc()), "-")
	if parsed {
		// The counts as well: a bar such as 85% is met or not by whole
		// words, which two decimals can round across.
		row("UAS %", fmt.Sprintf("%s (%d/%d)", pct(tags.UAS()), tags.Head, tags.Tokens), "-")
		row("LAS %", fmt.Sprintf("%s (%d/%d)", pct(tags.LAS()), tags.Labelled, tags.Tokens), "-")
	} else {
		row("UAS/LAS", "no parser model", "-")
	}
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		s, p := names.ByType[typ], pnames.ByType[typ]
		row("NER "+typ+" P/R/F1", f(s.Precision())+"/"+f(s.Recall())+"/"+f(s.F1()),
			f(p.Precision())+"/"+f(p.Recall())+"/"+f(p.F1()))
	}
	o, po := names.Overall(), pnames.Overall()
	row("NER all P/R/F1", f(o.Precision())+"/"+f(o.Recall())+"/"+f(o.F1()),
		f(po.Precision())+"/"+f(po.Recall())+"/"+f(po.F1()))
	if err := tw.Flush(); err != nil {
		return err
	}
	if baseline {
		fmt.Fprintln(w, "\nprose ran on the gold tokens (tag.TagTokens, ner.Label); its PTB tags are mapped to UPOS")
		fmt.Fprintln(w, "(be/have/do as AUX, subordinators as SCONJ), \"(\"/\")\" read as -LRB-/-RRB-, and its name")
		fmt.Fprintln(w, "labels PERSON→PER, GPE/LOCATION→LOC, ORGANIZATION→ORG (others dropped).")
	}
	return nil
}

// proseBaseline runs prose on the gold tokens of ud and uner.
func proseBaseline(ud, uner []conllu.Sentence, tags *eval.Tagging, names *eval.Names) error {
	tg, err := prosetag.New()
	if err != nil {
		return fmt.Errorf("prose tagger: %w", err)
	}
	ex, err := prosener.New()
	if err != nil {
		return fmt.Errorf("prose ner: %w", err)
	}
	toProse := func(s conllu.Sentence) []prosetag.Token {
		toks := make([]prosetag.Token, len(s.Tokens))
		for i, t := range s.Tokens {
			toks[i].Text = t.Form
		}
		return toks
	}
	pred := make([]conllu.Sentence, len(ud))
	for i, s := range ud {
		toks := toProse(s)
		tg.TagTokens(toks)
		pred[i].Tokens = make([]conllu.Token, len(toks))
		for j, t := range toks {
			x := ptbFromProse(t.Tag)
			pred[i].Tokens[j] = conllu.Token{Form: t.Text, XPOS: x, UPOS: uposFromPTB(x, t.Text), Head: -1}
		}
	}
	if err := tags.Add(ud, pred); err != nil {
		return err
	}
	npred := make([]conllu.Sentence, len(uner))
	for i, s := range uner {
		toks := toProse(s)
		tg.TagTokens(toks)
		ex.Label(toks)
		npred[i].Tokens = make([]conllu.Token, len(toks))
		for j, t := range toks {
			npred[i].Tokens[j] = conllu.Token{Form: t.Text, NER: nerFromProse(t.Label), Head: -1}
		}
	}
	return names.Add(uner, npred)
}

func ptbFromProse(tag string) string {
	switch tag {
	case "(":
		return "-LRB-"
	case ")":
		return "-RRB-"
	}
	return tag
}

// uposFromPTB is the usual Penn Treebank → Universal POS mapping, for
// scoring a PTB-only tagger on UPOS. Like the UD English conversion it looks
// at the word where the tag alone cannot say: forms of be, have and do
// tagged VB* become AUX (which UD makes them most of the time), and
// subordinating words tagged IN become SCONJ.
func uposFromPTB(x, form string) string {
	w := strings.ToLower(form)
	switch {
	case strings.HasPrefix(x, "VB") && auxForms[w]:
		return "AUX"
	case x == "IN" && sconjForms[w]:
		return "SCONJ"
	}
	switch x {
	case "NN", "NNS":
		return "NOUN"
	case "NNP", "NNPS":
		return "PROPN"
	case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ":
		return "VERB"
	case "MD":
		return "AUX"
	case "JJ", "JJR", "JJS", "AFX":
		return "ADJ"
	case "RB", "RBR", "RBS", "WRB":
		return "ADV"
	case "PRP", "PRP$", "WP", "WP$", "EX":
		return "PRON"
	case "DT", "PDT", "WDT":
		return "DET"
	case "IN", "RP":
		return "ADP"
	case "CC":
		return "CCONJ"
	case "CD":
		return "NUM"
	case "TO", "POS":
		return "PART"
	case "UH":
		return "INTJ"
	case "SYM", "$", "#":
		return "SYM"
	case "FW", "LS", "ADD", "GW", "XX":
		return "X"
	}
	return "PUNCT"
}

// auxForms are the forms of the English auxiliaries that UD tags AUX far
// more often than VERB.
var auxForms = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true,
	"'s": true, "'re": true, "'m": true, "have": true, "has": true, "had": true, "'ve": true, "'d": true,
	"do": true, "does": true, "did": true,
}

// sconjForms are the words that UD English tags SCONJ when PTB says IN.
var sconjForms = map[string]bool{
	"because": true, "if": true, "while": true, "although": true, "though": true, "whether": true,
	"since": true, "unless": true, "that": true, "once": true, "so": true, "than": true, "as": true,
}

// nerFromProse maps prose's IOB labels onto Hearsay's types; other types
// (FACILITY, GSP, ...) become O.
func nerFromProse(l string) string {
	pre, typ, ok := strings.Cut(l, "-")
	if !ok {
		return "O"
	}
	switch typ {
	case "PERSON":
		typ = "PER"
	case "GPE", "LOCATION":
		typ = "LOC"
	case "ORGANIZATION":
		typ = "ORG"
	default:
		return "O"
	}
	return pre + "-" + typ
}
