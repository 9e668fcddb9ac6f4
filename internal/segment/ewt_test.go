package segment

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// The UD English-EWT evaluation runs when HEARSAY_UD_EWT names a CoNLL-U
// file (the treebank is not part of the repository):
//
//	HEARSAY_UD_EWT=/path/en_ewt-ud-test.conllu go test -run EWT -v ./internal/segment
//
// Each document of the treebank is rebuilt as running text from its
// "# text =" comments, and tokens and sentences are scored by exact span.

type ewtDoc struct {
	genre string // the newdoc id up to its first "-": weblog, newsgroup, email, answers, reviews
	text  string
	toks  []bspan // gold syntactic-word spans, bytes
	sents []bspan // gold sentence spans, bytes
	bad   int     // sentences whose forms could not be aligned with the text
}

type ewtSent struct {
	text  string
	forms []string // surface-aligned forms: syntactic words, or the multiword token when its words do not spell it
	par   bool     // starts a paragraph
}

// readEWT reads the treebank and builds documents. With paragraphs, a
// paragraph break becomes a blank line; without, everything in a document
// runs together separated by single spaces.
func readEWT(t testing.TB, path string, paragraphs bool) []ewtDoc {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs [][]ewtSent
	var genres []string
	var cur ewtSent
	var mwtEnd int
	var mwtSurface string
	var mwtWords []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	newDoc, newPar := false, false
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "# newdoc"):
			newDoc = true
			id := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(l, "# newdoc"), " id ="))
			g, _, _ := strings.Cut(id, "-")
			genres = append(genres, g)
		case strings.HasPrefix(l, "# newpar"):
			newPar = true
		case strings.HasPrefix(l, "# text = "):
			cur.text = strings.TrimPrefix(l, "# text = ")
		case strings.HasPrefix(l, "#"):
		case l == "":
			if cur.text == "" {
				continue
			}
			if newDoc || len(docs) == 0 {
				docs = append(docs, nil)
				newPar = true
			}
			cur.par = newPar
			docs[len(docs)-1] = append(docs[len(docs)-1], cur)
			cur = ewtSent{}
			newDoc, newPar = false, false
		default:
			fs := strings.Split(l, "\t")
			if len(fs) != 10 || strings.Contains(fs[0], ".") {
				continue
			}
			if a, b, ok := strings.Cut(fs[0], "-"); ok {
				_ = a
				mwtEnd = atoi(b)
				mwtSurface = fs[1]
				mwtWords = mwtWords[:0]
				continue
			}
			id := atoi(fs[0])
			if id <= mwtEnd {
				mwtWords = append(mwtWords, fs[1])
				if id == mwtEnd {
					if strings.Join(mwtWords, "") == mwtSurface {
						cur.forms = append(cur.forms, mwtWords...)
					} else {
						cur.forms = append(cur.forms, mwtSurface)
					}
					mwtEnd = 0
				}
				continue
			}
			cur.forms = append(cur.forms, fs[1])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	out := make([]ewtDoc, 0, len(docs))
	for k, ss := range docs {
		var b strings.Builder
		var d ewtDoc
		if k < len(genres) {
			d.genre = genres[k]
		}
		for i, s := range ss {
			if i > 0 {
				if s.par && paragraphs {
					b.WriteString("\n\n")
				} else {
					b.WriteString(" ")
				}
			}
			base := b.Len()
			b.WriteString(s.text)
			d.sents = append(d.sents, bspan{base, base + len(s.text)})
			pos := 0
			var toks []bspan
			for _, f := range s.forms {
				for pos < len(s.text) && (s.text[pos] == ' ' || s.text[pos] == '\t') {
					pos++
				}
				if !strings.HasPrefix(s.text[pos:], f) {
					toks = nil
					break
				}
				toks = append(toks, bspan{base + pos, base + pos + len(f)})
				pos += len(f)
			}
			if toks == nil {
				d.bad++
				// Unalignable sentences count as gold tokens with no
				// possible match, which can only lower the score.
				for range s.forms {
					toks = append(toks, bspan{-1, -1})
				}
			}
			d.toks = append(d.toks, toks...)
		}
		d.text = b.String()
		out = append(out, d)
	}
	return out
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

type prf struct{ tp, fp, fn int }

func (p *prf) add(gold, pred []bspan) {
	g := make(map[bspan]bool, len(gold))
	for _, s := range gold {
		g[s] = true
	}
	for _, s := range pred {
		if g[s] {
			p.tp++
			delete(g, s)
		} else {
			p.fp++
		}
	}
	p.fn += len(g)
	for _, s := range gold {
		if s.start < 0 {
			p.fn++
		}
	}
}

func (p prf) f1() (prec, rec, f float64) {
	prec = float64(p.tp) / float64(max(1, p.tp+p.fp))
	rec = float64(p.tp) / float64(max(1, p.tp+p.fn))
	if prec+rec > 0 {
		f = 2 * prec * rec / (prec + rec)
	}
	return
}

// scoreEWT segments every document and scores tokens and sentences.
func scoreEWT(t testing.TB, docs []ewtDoc) (tok, sent prf, bad int) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range docs {
		d := doc.New(g.text)
		if err := s.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		var pt, ps []bspan
		for _, tk := range d.Tokens {
			pt = append(pt, bspan{d.ByteOffset(tk.Span.Start), d.ByteOffset(tk.Span.End)})
		}
		for _, st := range d.Sentences {
			ps = append(ps, bspan{d.ByteOffset(st.Span.Start), d.ByteOffset(st.Span.End)})
		}
		var gt []bspan
		for _, x := range g.toks {
			if x.start >= 0 {
				gt = append(gt, x)
			}
		}
		tok.add(gt, pt)
		tok.fn += len(g.toks) - len(gt)
		sent.add(g.sents, ps)
		bad += g.bad
	}
	return tok, sent, bad
}

func TestEWT(t *testing.T) {
	path := os.Getenv("HEARSAY_UD_EWT")
	if path == "" {
		t.Skip("HEARSAY_UD_EWT not set")
	}
	for _, mode := range []struct {
		name       string
		paragraphs bool
		minTok     float64
		minSent    float64
	}{
		{"paragraphs", true, 0.98, 0.84},
		{"running", false, 0.98, 0.67},
	} {
		docs := readEWT(t, path, mode.paragraphs)
		tok, sent, bad := scoreEWT(t, docs)
		tp, tr, tf := tok.f1()
		sp, sr, sf := sent.f1()
		t.Logf("%s: %d documents, %d unaligned gold sentences", mode.name, len(docs), bad)
		byGenre := map[string][]ewtDoc{}
		for _, d := range docs {
			byGenre[d.genre] = append(byGenre[d.genre], d)
		}
		for _, g := range []string{"weblog", "newsgroup", "email", "answers", "reviews"} {
			gt, gs, _ := scoreEWT(t, byGenre[g])
			_, _, gtf := gt.f1()
			_, _, gsf := gs.f1()
			t.Logf("%s: %-9s %3d documents: token F1 %.4f, sentence F1 %.4f", mode.name, g, len(byGenre[g]), gtf, gsf)
		}
		t.Logf("%s: tokens    P %.4f R %.4f F1 %.4f", mode.name, tp, tr, tf)
		t.Logf("%s: sentences P %.4f R %.4f F1 %.4f", mode.name, sp, sr, sf)
		if tf < mode.minTok {
			t.Errorf("%s: token F1 %.4f below %.2f", mode.name, tf, mode.minTok)
		}
		if sf < mode.minSent {
			t.Errorf("%s: sentence F1 %.4f below %.2f", mode.name, sf, mode.minSent)
		}
	}
}
