package ner

import (
	"cmp"
	"slices"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/nlp/perceptron"
)

// lexicon holds the names seen in the training data: the hash of a
// lower-cased token sequence (as hashTokens) → bit set of types (1<<type,
// type = index in Types). It tells the model that "Bush" or "Home Depot"
// was a name before, whatever the context.
type lexicon map[uint64]uint8

// lexiconFolds is how many parts the training sentences are cut into so that
// each sentence sees a lexicon built without it, as unseen text will.
const lexiconFolds = 5

func buildLexicon(sents []conllu.Sentence, gold [][]int, skipFold int) lexicon {
	lx := lexicon{}
	for si, s := range sents {
		if skipFold >= 0 && si%lexiconFolds == skipFold {
			continue
		}
		for sp := range spans(gold[si]) {
			if sp.end-sp.start > maxGazTokens {
				continue
			}
			f := perceptron.NewFeat(0)
			for _, t := range s.Tokens[sp.start:sp.end] {
				f = f.StrLower(t.Form)
			}
			lx[f.Sum()] |= 1 << sp.typ
		}
	}
	return lx
}

// lexLowerShift is where the bits of names matched in lower case start.
const lexLowerShift = 3 * numPos // len(Types) * numPos

// match sets for every token the bits typ*numPos+pos of the lexicon names
// covering it that start with a capitalised word, or with any word if
// anyCase (for sentences written all in lower case); the same bits shifted
// by lexLowerShift mark names matched all in lower case in other sentences.
func (lx lexicon) match(forms []string, out []uint32, anyCase bool) {
	for i := range out {
		out[i] = 0
	}
	for i := range forms {
		lower := !anyCase && !capitalised(forms[i])
		f := perceptron.NewFeat(0)
		for n := 1; n <= maxGazTokens && i+n <= len(forms); n++ {
			f = f.StrLower(forms[i+n-1])
			types := uint64(lx[f.Sum()])
			if types == 0 {
				continue
			}
			if lower {
				if !allLower(forms[i : i+n]) {
					continue
				}
				types <<= len(Types)
			}
			markSpan(out, i, n, types, 2*len(Types))
		}
	}
}

// pairs lists the lexicon sorted by hash, so that model files are the same
// for the same training run.
func (lx lexicon) pairs() [][2]uint64 {
	out := make([][2]uint64, 0, len(lx))
	for k, v := range lx {
		out = append(out, [2]uint64{k, uint64(v)})
	}
	slices.SortFunc(out, func(a, b [2]uint64) int { return cmp.Compare(a[0], b[0]) })
	return out
}
