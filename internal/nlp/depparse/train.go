package depparse

import (
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"runtime"
	"slices"
	"sort"
	"time"

	"github.com/hearsaynews/hearsay/internal/conllu"
	"github.com/hearsaynews/hearsay/internal/nlp/perceptron"
	"github.com/hearsaynews/hearsay/internal/nlp/tagger"
	"golang.org/x/sync/errgroup"
)

// Options control training. The zero value gives the settings that
// produced Hearsay's shipped parser model.
type Options struct {
	// Seed drives the shuffling of sentences and the choice of when to
	// follow the model's own predictions; 0 means 1. Training is
	// deterministic for a given Seed and data.
	Seed int64
	// Epochs is the number of passes over the training data; 0 means 15.
	Epochs int
	// ExploreFrom is the first epoch (counting from 1) in which the parser
	// follows its own predictions rather than the oracle's; 0 means 2.
	ExploreFrom int
	// ExploreProb is the probability of following the prediction in those
	// epochs; 0 means 1 (always). On EWT dev with predicted tags, 1 gave
	// 83.91 UAS against 83.76 for 0.9 and 83.64 for 0.75.
	ExploreProb float64
	// Prune drops weight rows whose largest averaged weight is below it
	// (in perceptron update units), to keep the model file small and in
	// cache; 0 means 2, negative means keep everything. On EWT, 2 keeps a
	// fifth of the transition rows at a cost of 0.2 UAS.
	Prune float32
	// LabelSparsity drops each weight of the label model below this
	// fraction of its largest (perceptron.Sparsify); 0 means 0.02,
	// negative keeps all. The label model scores some 50 labels per
	// feature, most of them with weights near zero. On EWT dev with
	// predicted tags, fractions of 0, 0.01, 0.02, 0.03 and 0.05 gave UAS
	// 84.33, 84.33, 84.31, 84.29 and 84.33 (LAS 81.04, 81.04, 81.01,
	// 80.98, 80.99); 0.02 makes parsing about an eighth faster.
	LabelSparsity float32
	// TagFolds is the number of folds for jackknifed tags: the training
	// sentences are split into this many parts, and each part gets UPOS,
	// XPOS and Lemma from a tagger trained on the others, so the parser
	// learns from tags as noisy as it will see. The taggers are trained
	// with package tagger's default options. 0 means 10; 1 or a negative
	// value trains on the tags as given. Either way the training sentences
	// should carry gold tags.
	TagFolds int
	// MaxLen skips training sentences longer than this many words; 0 means
	// 250. Parsing has no length limit.
	MaxLen int
	// Models is how many parsers are trained, each on its own order of the
	// sentences and its own exploration (seeds Seed, Seed+1, ...), before
	// their weights are averaged into one (perceptron.Mean) and pruned;
	// they train concurrently. 0 means 2: on EWT dev with predicted tags
	// from a train-only tagger, 1, 2, 4 and 8 models gave UAS 83.91,
	// 84.04, 83.95 and 83.70 (LAS 80.67, 80.81, 80.82, 80.54).
	Models int
}

func (o Options) withDefaults() Options {
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Models <= 0 {
		o.Models = 2
	}
	if o.Epochs <= 0 {
		o.Epochs = 15
	}
	if o.ExploreFrom <= 0 {
		o.ExploreFrom = 2
	}
	if o.ExploreProb <= 0 {
		o.ExploreProb = 1
	}
	if o.Prune == 0 {
		o.Prune = 2
	}
	if o.LabelSparsity == 0 {
		o.LabelSparsity = 0.02
	}
	if o.MaxLen <= 0 {
		o.MaxLen = 250
	}
	if o.TagFolds == 0 {
		o.TagFolds = 10
	}
	return o
}

// usable reports why a training sentence cannot be used, or "".
func usable(s *conllu.Sentence, maxLen int) string {
	n := len(s.Tokens)
	if n == 0 {
		return "no words"
	}
	if n > maxLen {
		return fmt.Sprintf("%d words, over the %d-word limit", n, maxLen)
	}
	roots := 0
	for i, t := range s.Tokens {
		if t.Head < 0 || t.Head > n || t.Head == i+1 {
			return fmt.Sprintf("word %d has head %d", i+1, t.Head)
		}
		if t.Head == 0 {
			roots++
		}
		if t.Deprel == "" || t.Deprel == "_" {
			return fmt.Sprintf("word %d has no label", i+1)
		}
	}
	if roots != 1 {
		return fmt.Sprintf("%d roots", roots)
	}
	return ""
}

// Train learns a parser from train, logging progress to log (which may be
// nil). dev, if not empty, is parsed after each epoch to report progress;
// it does not influence the model.
func Train(train, dev []conllu.Sentence, opts Options, log io.Writer) (*Parser, error) {
	if log == nil {
		log = io.Discard
	}
	opts = opts.withDefaults()
	var data []*conllu.Sentence
	skipped, why := 0, ""
	for i := range train {
		if msg := usable(&train[i], opts.MaxLen); msg == "" {
			data = append(data, &train[i])
		} else {
			if skipped == 0 {
				why = fmt.Sprintf(", first: sentence %d, %s", i+1, msg)
			}
			skipped++
		}
	}
	if len(data) == 0 {
		return nil, fmt.Errorf("depparse: train: none of the %d training sentences is a usable tree", len(train))
	}
	var usableSents []conllu.Sentence
	for _, s := range data {
		usableSents = append(usableSents, *s)
	}
	if opts.TagFolds > 1 {
		start := time.Now()
		tagged, err := tagger.CrossTag(usableSents, opts.TagFolds, tagger.Options{Seed: uint64(opts.Seed)})
		if err != nil {
			return nil, fmt.Errorf("depparse: jackknifed tags: %w", err)
		}
		for i := range data {
			data[i] = &tagged[i]
		}
		fmt.Fprintf(log, "depparse: %d-fold jackknifed tags in %s\n", opts.TagFolds, time.Since(start).Round(time.Second))
	}
	labels := labelSet(usableSents)
	if !slices.Contains(labels, "dep") {
		labels = append(labels, "dep")
		sort.Strings(labels)
	}
	if len(labels) > 1<<14 {
		return nil, fmt.Errorf("depparse: train: %d labels, over the limit of %d", len(labels), 1<<14)
	}
	ids := map[string]int16{}
	for i, l := range labels {
		ids[l] = int16(i)
	}
	p := &Parser{labels: labels, root: -1, opts: opts}
	if id, ok := ids["root"]; ok {
		p.root = id
	}
	p.allowed = [2][]bool{make([]bool, len(labels)), make([]bool, len(labels))}
	for _, s := range data {
		for i, t := range s.Tokens {
			if t.Head == 0 {
				continue
			}
			dir := 0
			if i+1 > t.Head {
				dir = 1
			}
			if id := ids[t.Deprel]; id != p.root {
				p.allowed[dir][id] = true
			}
		}
	}
	// A direction never seen in training (tiny data) falls back to "dep",
	// UD's unspecified relation, so every arc can be labelled.
	for dir := range p.allowed {
		if !slices.Contains(p.allowed[dir], true) {
			p.allowed[dir][ids["dep"]] = true
		}
	}
	fmt.Fprintf(log, "depparse: %d training sentences (%d skipped%s), %d labels\n", len(data), skipped, why, len(labels))
	if err := p.learn(data, dev, ids, opts, log); err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "depparse: %d transition and %d label feature rows kept\n", p.trans.Features(), p.lab.Features())
	if len(dev) > 0 {
		uas, las := Evaluate(p, dev)
		fmt.Fprintf(log, "depparse: dev UAS %.2f LAS %.2f\n", uas, las)
	}
	return p, nil
}

// learn trains opts.Models parsers that share p's labels, each from its
// own seed, and sets p's weights to their pruned mean (to the one
// parser's pruned weights when there is one).
func (p *Parser) learn(data []*conllu.Sentence, dev []conllu.Sentence, ids map[string]int16, opts Options, log io.Writer) error {
	members := make([]*Parser, opts.Models)
	logs := make([]bytes.Buffer, opts.Models)
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for j := range members {
		g.Go(func() error {
			m := &Parser{labels: p.labels, root: p.root, allowed: p.allowed, opts: opts}
			var mdev []conllu.Sentence
			if opts.Models == 1 {
				mdev = dev
			}
			m.learnOne(data, mdev, ids, opts, opts.Seed+int64(j), &logs[j])
			members[j] = m
			return nil
		})
	}
	g.Wait()
	if opts.Models == 1 {
		logs[0].WriteTo(log)
		p.trans, p.lab = members[0].trans, members[0].lab
		p.trans.Average(opts.Prune)
		p.lab.Average(opts.Prune)
		p.lab.Sparsify(opts.LabelSparsity)
		return nil
	}
	trans := make([]*perceptron.Model, len(members))
	labs := make([]*perceptron.Model, len(members))
	for j, m := range members {
		fmt.Fprintf(log, "depparse: model %d of %d\n", j+1, len(members))
		logs[j].WriteTo(log)
		// Each member keeps every row; the mean is what gets pruned.
		m.trans.Average(-1)
		m.lab.Average(-1)
		trans[j], labs[j] = m.trans, m.lab
	}
	var err error
	if p.trans, err = perceptron.Mean(trans, opts.Prune); err != nil {
		return err
	}
	if p.lab, err = perceptron.Mean(labs, opts.Prune); err != nil {
		return err
	}
	p.lab.Sparsify(opts.LabelSparsity)
	return nil
}

// learnOne runs the training epochs of one parser from seed.
func (p *Parser) learnOne(data []*conllu.Sentence, dev []conllu.Sentence, ids map[string]int16, opts Options, seed int64, log io.Writer) {
	p.trans = perceptron.New(nActions)
	p.lab = perceptron.New(len(p.labels))
	rng := rand.New(rand.NewSource(seed))
	w := p.getWork()
	var o oracle
	var gold []int32
	var glab []int16
	costs := make([]int, nActions)
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := epoch >= opts.ExploreFrom
		var steps, errs, arcs, labErrs int
		for _, si := range order {
			s := data[si]
			n := len(s.Tokens)
			gold = append(gold[:0], none)
			glab = append(glab[:0], 0)
			for _, t := range s.Tokens {
				gold = append(gold, int32(t.Head))
				glab = append(glab, ids[t.Deprel])
			}
			o.reset(gold)
			w.ws.fill(s.Tokens)
			st := &w.st
			st.reset(n)
			for !st.terminal() {
				w.feats = transFeatures(st, &w.ws, w.feats)
				p.trans.Predict(w.feats, w.scores, nil)
				best, minCost := -1, 1<<30
				for a := 0; a < nActions; a++ {
					costs[a] = 1 << 30
					if st.valid(a) {
						costs[a] = o.cost(st, a)
						minCost = min(minCost, costs[a])
					}
				}
				// The gold action: the best-scoring one of least cost.
				for a := 0; a < nActions; a++ {
					if costs[a] == minCost && (best < 0 || w.scores[a] > w.scores[best]) {
						best = a
					}
				}
				// The prediction among valid actions only.
				guess := -1
				for a := 0; a < nActions; a++ {
					if costs[a] < 1<<30 && (guess < 0 || w.scores[a] > w.scores[guess]) {
						guess = a
					}
				}
				steps++
				if costs[guess] > minCost {
					errs++
					p.trans.Update(w.feats, best, guess, 1)
				}
				p.trans.Tick()
				next := best
				if explore && costs[guess] > minCost && rng.Float64() < opts.ExploreProb {
					next = guess
				}
				var l int16
				if next != shift {
					h, d := st.arc(next)
					if h == 0 && p.root >= 0 {
						l = p.root
					} else {
						l = p.label(w, p.lab, next)
						if gold[d] == h {
							arcs++
							if l != glab[d] {
								labErrs++
								p.lab.Update(w.feats, int(glab[d]), int(l), 1)
								if !explore || rng.Float64() >= opts.ExploreProb {
									l = glab[d]
								}
							}
							p.lab.Tick()
						}
					}
				}
				o.step(st, next)
				st.apply(next, l)
			}
		}
		fmt.Fprintf(log, "depparse: epoch %d: %.2f%% transition errors, %.2f%% label errors, %s",
			epoch, 100*float64(errs)/float64(max(steps, 1)), 100*float64(labErrs)/float64(max(arcs, 1)),
			time.Since(start).Round(time.Millisecond))
		if len(dev) > 0 && (epoch%3 == 0 || epoch == opts.Epochs) {
			// Unaveraged weights: a lower bound on the final score.
			uas, las := Evaluate(p, dev)
			fmt.Fprintf(log, "; dev UAS %.2f LAS %.2f (unaveraged)", uas, las)
		}
		fmt.Fprintln(log)
	}
}
