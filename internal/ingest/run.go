package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/store"
)

// Analyzer runs the analysis stages over a Doc (a *pipeline.Pipeline).
// It must be safe for concurrent use.
type Analyzer interface {
	Run(ctx context.Context, d *doc.Doc) error
}

// Extractor turns an item's bytes into a Doc with its plain text and the
// metadata found in it (extract.Read). html says whether data is HTML.
type Extractor func(name string, data []byte, html bool) (*doc.Doc, error)

// Options configures Run. Store, Analyzer and Extract are required.
type Options struct {
	Store    store.Store
	Analyzer Analyzer
	Extract  Extractor

	// Workers is the number of documents analysed at once; default
	// runtime.NumCPU().
	Workers int
	// MaxBytes caps one item (file, JSON line, WARC record, fetched page)
	// in bytes; default 10 MiB.
	MaxBytes int64
	Fetch    FetchOptions
	// NoFetch keeps to the summary of feed items that hold no full text
	// instead of fetching their pages.
	NoFetch bool
	// Queued says Store records documents for queue workers instead of
	// storing analyses (hearsay ingest --enqueue); only the summary's
	// wording depends on it.
	Queued bool
	// Progress, when set, hears of every item; its methods are called
	// from one goroutine.
	Progress Reporter
	// Skip names files a folder walk passes over: the store's own files
	// when it lives inside a folder being ingested.
	Skip []string
}

// Status is what happened to one item.
type Status int

const (
	Stored Status = iota
	Duplicate
	Failed
)

func (s Status) String() string {
	return [...]string{"stored", "duplicate", "failed"}[s]
}

// Result is the outcome of one item.
type Result struct {
	Name   string
	ID     string // document ID, when known
	Status Status
	Err    error // for Failed: names the item and the reason
}

// Summary counts the outcomes of a run.
type Summary struct {
	Stored, Duplicates, Failed int
	Elapsed                    time.Duration
	// Queued says the stored documents were queued for workers
	// (Options.Queued) rather than analysed in this run.
	Queued bool
}

// Reporter hears about a run as it goes.
type Reporter interface {
	Found(n int)    // n items found so far
	Done(r Result)  // one item finished
	Finish(Summary) // the run ended
}

// Run ingests inputs (paths and URLs) into o.Store. It returns when every
// item is done or ctx is cancelled (then with ctx's error); items that
// fail are counted and reported, not returned.
func Run(ctx context.Context, inputs []string, o Options) (Summary, error) {
	if o.Store == nil || o.Analyzer == nil || o.Extract == nil {
		return Summary{}, errors.New("ingest: Store, Analyzer and Extract are required")
	}
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 10 << 20
	}
	if o.Fetch.MaxBytes <= 0 {
		o.Fetch.MaxBytes = o.MaxBytes
	}
	start := time.Now()
	fetcher := NewFetcher(o.Fetch)
	src := &source{maxBytes: o.MaxBytes, fetch: fetcher, skip: map[string]bool{}}
	for _, p := range o.Skip {
		if abs, err := filepath.Abs(p); err == nil {
			src.skip[abs] = true
		}
	}
	w := &worker{o: o, fetch: fetcher}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	items := make(chan Item, 2*o.Workers)
	results := make(chan Result, 2*o.Workers)
	found := make(chan int, 1)

	go func() {
		defer close(items)
		n := 0
		for _, in := range inputs {
			ok := src.input(ctx, in, func(it Item) bool {
				n++
				select {
				case found <- n:
				default: // the reporter catches up on the next one
				}
				select {
				case items <- it:
					return true
				case <-ctx.Done():
					return false
				}
			})
			if !ok || ctx.Err() != nil {
				return
			}
		}
		// The last count must arrive even if an earlier one is pending.
		select {
		case <-found:
		default:
		}
		found <- n
	}()

	// Analysis workers hand each analysis to a pool of store callers
	// and go on with the next document, so that the cores analyse while
	// the store writes, and the store has several documents waiting to
	// commit together (see store.Store.PutAnalysis).
	puts := make(chan stored, storeCallers*o.Workers)
	var wg, pwg sync.WaitGroup
	for i := 0; i < o.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				r, a := w.do(ctx, it)
				if ctx.Err() != nil {
					return
				}
				if a != nil {
					// The store callers stop when ctx ends; so must the
					// wait for one of them.
					select {
					case puts <- stored{r, a, it.Name}:
					case <-ctx.Done():
						return
					}
					continue
				}
				results <- r
			}
		}()
	}
	for i := 0; i < storeCallers*o.Workers; i++ {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			for p := range puts {
				r := w.put(ctx, p)
				if ctx.Err() != nil {
					return
				}
				results <- r
			}
		}()
	}
	go func() { wg.Wait(); close(puts); pwg.Wait(); close(results) }()

	estimated := make(chan int, 1)
	if o.Progress != nil {
		go func() { estimated <- estimate(ctx, inputs, o.MaxBytes) }()
	}
	var sum Summary
	total, guess := 0, 0
	for done := false; !done; {
		select {
		case guess = <-estimated:
			if guess > total {
				o.Progress.Found(guess)
			}
		case n := <-found:
			total = n
			if o.Progress != nil {
				o.Progress.Found(max(n, guess))
			}
		case r, ok := <-results:
			if !ok {
				done = true
				break
			}
			switch r.Status {
			case Stored:
				sum.Stored++
			case Duplicate:
				sum.Duplicates++
			case Failed:
				sum.Failed++
			}
			if o.Progress != nil {
				o.Progress.Done(r)
			}
		}
	}
	select {
	case n := <-found:
		total = n
	default:
	}
	if o.Progress != nil {
		// The estimate was a guess; the end says what was really found.
		o.Progress.Found(total)
	}
	sum.Elapsed = time.Since(start)
	sum.Queued = o.Queued
	if o.Progress != nil {
		o.Progress.Finish(sum)
	}
	return sum, ctx.Err()
}

// storeCallers is how many documents per analysis worker may wait to be
// stored at once.
const storeCallers = 8

type worker struct {
	o     Options
	fetch *Fetcher
}

// stored is an analysed document on its way to the store.
type stored struct {
	r      Result
	a      *contract.Analysis
	origin string
}

// put stores p's analysis and returns its result.
func (w *worker) put(ctx context.Context, p stored) Result {
	r := p.r
	res, err := w.o.Store.PutAnalysis(ctx, p.a, p.origin)
	if err != nil {
		r.Status, r.Err = Failed, &itemError{p.origin, err}
		return r
	}
	r.ID = res.ID
	if res.Duplicate {
		r.Status = Duplicate
	}
	return r
}

// do reads, extracts and analyses it. It returns the analysis to store,
// or nil and the item's result when it ends here (a failure or a
// duplicate).
func (w *worker) do(ctx context.Context, it Item) (r Result, a *contract.Analysis) {
	r = Result{Name: it.Name}
	fail := func(err error) Result {
		r.Status, r.Err = Failed, &itemError{it.Name, err}
		return r
	}
	// A stage that panics on one odd document must not end the run; the
	// document fails like any other bad input and the panic is named.
	defer func() {
		if p := recover(); p != nil {
			r, a = fail(fmt.Errorf("analysis failed unexpectedly: %v", p)), nil
		}
	}()
	if it.Err != nil {
		return fail(it.Err), nil
	}
	if it.Page != "" {
		if id, err := w.o.Store.Has(ctx, "", it.Meta.URL); err != nil {
			return fail(err), nil
		} else if id != "" {
			r.ID, r.Status = id, Duplicate
			return r, nil
		}
		if !w.o.NoFetch {
			// The summary stays the fallback: a page that cannot be
			// fetched still leaves the item its feed text.
			if p, err := w.fetch.Get(ctx, it.Page); err == nil && p.ContentType != "application/pdf" {
				it.Data, it.HTML = p.Body, p.ContentType != "text/plain"
			}
		}
		if len(it.Data) == 0 {
			return fail(fmt.Errorf("%w: page %s could not be fetched and the feed holds no summary", ErrUnreadable, it.Page)), nil
		}
	}
	d, err := w.o.Extract(it.Name, it.Data, it.HTML)
	if err != nil {
		return fail(err), nil
	}
	m := it.Meta
	for _, f := range []struct {
		dst *string
		v   string
	}{
		{&d.URL, m.URL}, {&d.Outlet, m.Outlet}, {&d.Title, m.Title}, {&d.Author, m.Author}, {&d.Published, m.Published},
	} {
		if f.v != "" {
			*f.dst = f.v
		}
	}
	d.ID = store.DocID(d.Text)
	r.ID = d.ID
	if id, err := w.o.Store.Has(ctx, d.ID, d.URL); err != nil {
		return fail(err), nil
	} else if id != "" {
		r.ID, r.Status = id, Duplicate
		return r, nil
	}
	if err := w.o.Analyzer.Run(ctx, d); err != nil {
		return fail(fmt.Errorf("analysis: %w", err)), nil
	}
	return r, contract.FromDoc(d)
}
