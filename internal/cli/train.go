package cli

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/nlp/depparse"
	"github.com/hearsaynews/hearsay/internal/nlp/models"
	"github.com/hearsaynews/hearsay/internal/nlp/ner"
	"github.com/hearsaynews/hearsay/internal/nlp/tagger"
)

// defaultDataDir is where the treebanks are found unless --data or
// $HEARSAY_DATA says otherwise: the shared data folder beside the
// repository, relative so that it holds wherever the repository is checked
// out (the commands run from the repository root).
const defaultDataDir = "../shared/data"

// dataDir is the --data default: $HEARSAY_DATA if set, else defaultDataDir.
func dataDir() string {
	if d := os.Getenv("HEARSAY_DATA"); d != "" {
		return d
	}
	return defaultDataDir
}

// Treebank file names inside the data folder.
const (
	udDir   = "ud-ewt"
	unerDir = "uner-ewt"
)

func udFile(dir, split string) string {
	return filepath.Join(dir, udDir, "en_ewt-ud-"+split+".conllu")
}

func unerFile(dir, split string) string {
	return filepath.Join(dir, unerDir, "en_ewt-ud-"+split+".iob2")
}

func readCoNLLU(path string) ([]conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return conllu.Read(f, path)
}

func readIOB2(path string) ([]conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return conllu.ReadIOB2(f, path)
}

// writeGzip writes a model through gzip into path, atomically: a failed
// run leaves any older model in place.
func writeGzip(path string, write func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".model-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	zw, err := gzip.NewWriterLevel(tmp, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := write(zw); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := zw.Close(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	// CreateTemp makes the file private; a model is for everyone to read.
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// readGzip opens a gzipped model file.
func readGzip[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := os.Open(path)
	if err != nil {
		return zero, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", path, err)
	}
	v, err := read(zr)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

func trainCmd(env Env) *cobra.Command {
	var data, out, taggerPath string
	var seed uint64
	var epochs int
	devInTrain := true
	cmd := &cobra.Command{
		Use:   "train tagger|parser|ner",
		Short: "Train a linguistic model from the treebanks (deterministic for a seed)",
		Long: `Train one of Hearsay's models on the treebanks in --data
(ud-ewt/en_ewt-ud-{train,dev}.conllu, uner-ewt/en_ewt-ud-{train,dev}.iob2).
The test split is never read: it is for hearsay evalmodels only.

With --dev-in-train (the default, and how the shipped models are made) the
model learns from the train and dev splits together, with settings chosen
beforehand on dev: the epochs are each model's default, and the name
recogniser's label biases are chosen on dev by a first model trained on the
train split alone, then fixed for the final model. With --dev-in-train=false
the model learns from the train split only and dev reports progress (use
this, with hearsay evalmodels --split dev --models DIR, to choose settings).

The model is written gzipped to --out (default: the file in
internal/nlp/models/data that the binary embeds, so run it from the
repository root). The parser and the name recogniser learn from the
tagger's predictions: train the tagger first (--tagger names the tagger
file the name recogniser reads; the parser trains its own cross-validation
taggers). Training is deterministic for a seed; to rebuild every shipped
model byte for byte:

  hearsay train tagger && hearsay train parser && hearsay train ner`,
		Args:      cobra.ExactArgs(1),
		ValidArgs: []string{"tagger", "parser", "ner"},
		RunE: func(cmd *cobra.Command, args []string) error {
			what := args[0]
			if out == "" {
				out = filepath.Join("internal", "nlp", "models", "data", defaultModelFile(what))
			}
			log := env.Stderr
			began := time.Now()
			var err error
			switch what {
			case "tagger":
				err = trainTagger(data, out, seed, epochs, devInTrain, log)
			case "ner":
				err = trainNER(data, out, taggerPath, seed, epochs, devInTrain, log)
			case "parser":
				err = trainParser(data, out, seed, epochs, devInTrain, log)
			default:
				return fmt.Errorf("train: unknown model %q (want tagger, parser or ner)", what)
			}
			if err != nil {
				return fmt.Errorf("train %s: %w", what, err)
			}
			st, err := os.Stat(out)
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "trained %s in %s: %s (%.1f MB)\n", what, time.Since(began).Round(time.Second), out, float64(st.Size())/1e6)
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", dataDir(), "folder holding ud-ewt/ and uner-ewt/, relative to the working folder ($HEARSAY_DATA, if set, replaces the default)")
	cmd.Flags().StringVar(&out, "out", "", "model file to write (gzipped)")
	cmd.Flags().StringVar(&taggerPath, "tagger", filepath.Join("internal", "nlp", "models", "data", "tagger.gz"), "tagger model whose tags feed the ner training")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed for the order of training sentences")
	cmd.Flags().IntVar(&epochs, "epochs", 0, "passes over the training data (0: the model's default)")
	cmd.Flags().BoolVar(&devInTrain, "dev-in-train", true, "learn from the train and dev splits together (as the shipped models); false: train only, dev reports progress")
	return cmd
}

// defaultModelFile names the embedded file of each model.
func defaultModelFile(what string) string {
	switch what {
	case "tagger":
		return models.TaggerFile
	case "parser":
		return models.ParserFile
	case "ner":
		return models.NERFile
	}
	return what + ".gz"
}

// readSplits reads the train and dev splits with read and, for
// devInTrain, returns them joined as the training data and no dev data.
func readSplits(read func(string) ([]conllu.Sentence, error), file func(dir, split string) string, data string, devInTrain bool, log io.Writer) (train, dev []conllu.Sentence, err error) {
	train, err = read(file(data, "train"))
	if err != nil {
		return nil, nil, err
	}
	dev, err = read(file(data, "dev"))
	if err != nil {
		return nil, nil, err
	}
	if devInTrain {
		fmt.Fprintf(log, "training on %d train + %d dev sentences\n", len(train), len(dev))
		return append(train, dev...), nil, nil
	}
	fmt.Fprintf(log, "training on %d train sentences; %d dev sentences report progress\n", len(train), len(dev))
	return train, dev, nil
}

func trainTagger(data, out string, seed uint64, epochs int, devInTrain bool, log io.Writer) error {
	train, dev, err := readSplits(readCoNLLU, udFile, data, devInTrain, log)
	if err != nil {
		return err
	}
	t, err := tagger.Train(train, dev, tagger.Options{Seed: seed, Epochs: epochs}, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "tagger: %d labels, %d feature rows, %d lemma entries\n", len(t.Labels()), t.Features(), t.Lemmatizer().Size())
	return writeGzip(out, t.Write)
}

// tagAll fills UPOS, XPOS and Lemma of sents with the tagger.
func tagAll(t *tagger.Tagger, sents []conllu.Sentence) {
	for i := range sents {
		t.Tag(&sents[i])
	}
}

func trainNER(data, out, taggerPath string, seed uint64, epochs int, devInTrain bool, log io.Writer) error {
	t, err := readGzip(taggerPath, tagger.Read)
	if err != nil {
		return fmt.Errorf("reading the tagger (train it first): %w", err)
	}
	ud, err := readCoNLLU(udFile(data, "train"))
	if err != nil {
		return err
	}
	train, err := readIOB2(unerFile(data, "train"))
	if err != nil {
		return err
	}
	dev, err := readIOB2(unerFile(data, "dev"))
	if err != nil {
		return err
	}
	if !devInTrain {
		if err := crossTag(t, ud, train, seed, log); err != nil {
			return err
		}
		tagAll(t, dev)
		r, err := ner.Train(train, dev, ner.Options{Seed: seed, Epochs: epochs}, log)
		if err != nil {
			return err
		}
		fmt.Fprintf(log, "ner: %d feature rows\n", r.Features())
		return writeGzip(out, r.Write)
	}
	// The label biases are a setting chosen on dev: a first model learns
	// from train alone and its biases are tuned on dev; the final model
	// learns from train and dev with those biases fixed. Every sentence,
	// dev included, gets tags from taggers that did not see it.
	udDev, err := readCoNLLU(udFile(data, "dev"))
	if err != nil {
		return err
	}
	all := append(cloneSents(train), cloneSents(dev)...)
	if err := crossTag(t, append(ud, udDev...), all, seed, log); err != nil {
		return err
	}
	fmt.Fprintf(log, "ner: choosing label biases on dev with a model trained on %d train sentences\n", len(train))
	r0, err := ner.Train(cloneSents(all[:len(train)]), cloneSents(all[len(train):]), ner.Options{Seed: seed, Epochs: epochs}, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "ner: final model on %d train + %d dev sentences\n", len(train), len(dev))
	r, err := ner.Train(all, nil, ner.Options{Seed: seed, Epochs: epochs, Bias: r0.Bias()}, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "ner: %d feature rows\n", r.Features())
	return writeGzip(out, r.Write)
}

func cloneSents(s []conllu.Sentence) []conllu.Sentence {
	out := make([]conllu.Sentence, len(s))
	for i := range s {
		out[i] = conllu.Sentence{Comments: s[i].Comments, Tokens: append([]conllu.Token(nil), s[i].Tokens...)}
	}
	return out
}

// crossTag gives the UNER sentences in sents predicted tags of the quality
// the recogniser will see at run time: cross-validated ones from taggers
// trained on the other folds of ud (the UD treebank of the same
// sentences, matched by sent_id), or t's for sentences not matched.
func crossTag(t *tagger.Tagger, ud, sents []conllu.Sentence, seed uint64, log io.Writer) error {
	jk, err := jackknife(ud, seed, log)
	if err != nil {
		return err
	}
	byID := map[string]conllu.Sentence{}
	for _, s := range jk {
		if id := sentID(s); id != "" {
			byID[id] = s
		}
	}
	matched := 0
	for i := range sents {
		s := &sents[i]
		if j, ok := byID[sentID(*s)]; ok && len(j.Tokens) == len(s.Tokens) {
			for k := range s.Tokens {
				s.Tokens[k].UPOS, s.Tokens[k].XPOS, s.Tokens[k].Lemma = j.Tokens[k].UPOS, j.Tokens[k].XPOS, j.Tokens[k].Lemma
			}
			matched++
			continue
		}
		t.Tag(s)
	}
	fmt.Fprintf(log, "ner: %d of %d training sentences carry cross-validated tags\n", matched, len(sents))
	return nil
}

func sentID(s conllu.Sentence) string {
	for _, c := range s.Comments {
		if id, ok := strings.CutPrefix(c, "# sent_id = "); ok {
			return strings.TrimSpace(id)
		}
	}
	return ""
}

// jackknifeFolds is the number of parts the training data is cut into to
// give every training sentence tags from a tagger that has not seen it.
const jackknifeFolds = 5

// jackknife returns copies of sents whose UPOS, XPOS and Lemma are
// predicted by taggers trained on the other folds (sentence i is in fold
// i mod jackknifeFolds). Folds train concurrently; the result depends only
// on the data and the seed.
func jackknife(sents []conllu.Sentence, seed uint64, log io.Writer) ([]conllu.Sentence, error) {
	out := make([]conllu.Sentence, len(sents))
	errs := make([]error, jackknifeFolds)
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	for k := 0; k < jackknifeFolds; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var tr []conllu.Sentence
			for i, s := range sents {
				if i%jackknifeFolds != k {
					tr = append(tr, s)
				}
			}
			t, err := tagger.Train(tr, nil, tagger.Options{Seed: seed}, nil)
			if err != nil {
				errs[k] = err
				return
			}
			for i := k; i < len(sents); i += jackknifeFolds {
				s := sents[i]
				p := conllu.Sentence{Comments: s.Comments, Tokens: make([]conllu.Token, len(s.Tokens))}
				copy(p.Tokens, s.Tokens)
				for j := range p.Tokens {
					p.Tokens[j].UPOS, p.Tokens[j].XPOS, p.Tokens[j].Lemma = "", "", ""
				}
				t.Tag(&p)
				out[i] = p
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	ok, n := 0, 0
	for i := range sents {
		for j := range sents[i].Tokens {
			n++
			if sents[i].Tokens[j].UPOS == out[i].Tokens[j].UPOS {
				ok++
			}
		}
	}
	fmt.Fprintf(log, "jackknife: %d folds, UPOS accuracy on held-out folds %.4f\n", jackknifeFolds, float64(ok)/float64(n))
	return out, nil
}

func trainParser(data, out string, seed uint64, epochs int, devInTrain bool, log io.Writer) error {
	train, dev, err := readSplits(readCoNLLU, udFile, data, devInTrain, log)
	if err != nil {
		return err
	}
	// depparse.Train gives the training sentences cross-validated tags
	// from the tagger itself, so the parser learns from tags as noisy as
	// those it gets at run time.
	p, err := depparse.Train(train, dev, depparse.Options{Seed: int64(seed), Epochs: epochs}, log)
	if err != nil {
		return err
	}
	return writeGzip(out, p.Write)
}
