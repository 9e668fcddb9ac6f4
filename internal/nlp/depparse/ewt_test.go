package depparse

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/hearsaynews/hearsay/internal/conllu"
)

// ewtDir holds UD English-EWT: ud-ewt in $HEARSAY_DATA, else in the shared
// data folder beside the repository (as hearsay train reads it). The tests
// that need it skip when it is absent.
func ewtDir() string {
	d := os.Getenv("HEARSAY_DATA")
	if d == "" {
		d = filepath.Join("..", "..", "..", "..", "shared", "data")
	}
	return filepath.Join(d, "ud-ewt")
}

func readEWT(tb testing.TB, part string) []conllu.Sentence {
	tb.Helper()
	name := filepath.Join(ewtDir(), "en_ewt-ud-"+part+".conllu")
	f, err := os.Open(name)
	if err != nil {
		tb.Skipf("EWT not available: %v", err)
	}
	defer f.Close()
	s, err := conllu.Read(f, name)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestTrainEWT trains a model on the train split alone, for trying
// settings (the shipped model, of train and dev, comes from hearsay train
// parser). It runs only when HEARSAY_TRAIN_PARSER is set, and writes the
// model to the file named by HEARSAY_PARSER_OUT (default
// parser-train.bin.gz in the temporary folder).
// HEARSAY_PARSER_EPOCHS, _PRUNE, _EXPLORE, _FOLDS and _SEED override Options.
func TestTrainEWT(t *testing.T) {
	if os.Getenv("HEARSAY_TRAIN_PARSER") == "" {
		t.Skip("set HEARSAY_TRAIN_PARSER=1 to train the EWT parser")
	}
	train, dev, test := readEWT(t, "train"), readEWT(t, "dev"), readEWT(t, "test")
	start := time.Now()
	// The zero Options give the shipped model; these variables are for
	// trying others.
	var opts Options
	if v, err := strconv.Atoi(os.Getenv("HEARSAY_PARSER_EPOCHS")); err == nil {
		opts.Epochs = v
	}
	if v, err := strconv.ParseFloat(os.Getenv("HEARSAY_PARSER_PRUNE"), 32); err == nil {
		opts.Prune = float32(v)
	}
	if v, err := strconv.ParseFloat(os.Getenv("HEARSAY_PARSER_EXPLORE"), 64); err == nil {
		opts.ExploreProb = v
	}
	if v, err := strconv.Atoi(os.Getenv("HEARSAY_PARSER_FOLDS")); err == nil {
		opts.TagFolds = v
	}
	if v, err := strconv.ParseInt(os.Getenv("HEARSAY_PARSER_SEED"), 10, 64); err == nil {
		opts.Seed = v
	}
	p, err := Train(train, dev, opts, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained in %s", time.Since(start).Round(time.Second))
	uas, las := Evaluate(p, test)
	t.Logf("EWT test, gold tags: UAS %.2f LAS %.2f", uas, las)
	out := os.Getenv("HEARSAY_PARSER_OUT")
	if out == "" {
		out = filepath.Join(os.TempDir(), "parser-train.bin.gz")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err := p.Write(zw); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(out)
	t.Logf("wrote %s (%d bytes)", out, st.Size())
}
