package ingest

import (
	"fmt"
	"io"
	"log/slog"
	"sync/atomic"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// Line is the one-line summary of a run.
func (s Summary) Line() string {
	n := s.Stored + s.Duplicates + s.Failed
	rate := 0.0
	if sec := s.Elapsed.Seconds(); sec > 0 {
		rate = float64(n) / sec
	}
	verb := "stored"
	if s.Queued {
		verb = "queued for analysis"
	}
	line := fmt.Sprintf("ingest: %d %s, %d duplicates, %d failed in %.1fs (%.1f documents/s)",
		s.Stored, verb, s.Duplicates, s.Failed, s.Elapsed.Seconds(), rate)
	if s.Stored == 0 && s.Duplicates > 0 {
		line += "; nothing new: every document was already in the store"
	}
	return line
}

// NewReporter returns the Reporter the command line uses, writing to w:
// with json, one JSON object per failure and one for the summary (for
// machines); otherwise a progress bar when terminal is true, failures as
// lines, and the summary line at the end.
func NewReporter(w io.Writer, terminal, json bool) Reporter {
	switch {
	case json:
		return &jsonReporter{log: slog.New(slog.NewJSONHandler(w, nil))}
	case terminal:
		return newBarReporter(w)
	}
	return &plainReporter{w: w}
}

type plainReporter struct{ w io.Writer }

func (p *plainReporter) Found(int) {}
func (p *plainReporter) Done(r Result) {
	if r.Status == Failed {
		fmt.Fprintf(p.w, "hearsay: ingest %v\n", r.Err)
	}
}
func (p *plainReporter) Finish(s Summary) { fmt.Fprintln(p.w, s.Line()) }

type jsonReporter struct{ log *slog.Logger }

func (j *jsonReporter) Found(int) {}
func (j *jsonReporter) Done(r Result) {
	if r.Status == Failed {
		reason := r.Err
		if ie, ok := r.Err.(*itemError); ok {
			reason = ie.err // the item has its own field
		}
		j.log.Error("item failed", "item", r.Name, "error", reason.Error())
	}
}
func (j *jsonReporter) Finish(s Summary) {
	n := s.Stored + s.Duplicates + s.Failed
	rate := 0.0
	if sec := s.Elapsed.Seconds(); sec > 0 {
		rate = float64(n) / sec
	}
	j.log.Info("ingest finished", "stored", s.Stored, "queued", s.Queued, "duplicates", s.Duplicates, "failed", s.Failed,
		"seconds", s.Elapsed.Seconds(), "documents_per_second", rate)
}

// barReporter draws documents done out of found, documents per second,
// the time left and the failures so far; failures print above the bar.
type barReporter struct {
	w      io.Writer
	p      *mpb.Progress
	bar    *mpb.Bar
	failed atomic.Int64
}

func newBarReporter(w io.Writer) *barReporter {
	b := &barReporter{w: w}
	b.p = mpb.New(mpb.WithOutput(w), mpb.WithWidth(32))
	b.bar = b.p.AddBar(0,
		mpb.PrependDecorators(decor.Name("ingest "), decor.CountersNoUnit("%d/%d", decor.WCSyncWidth)),
		mpb.AppendDecorators(
			decor.AverageSpeed(0, " %.1f docs/s", decor.WCSyncWidth),
			decor.Name(" ETA "), decor.AverageETA(decor.ET_STYLE_GO),
			decor.Any(func(decor.Statistics) string { return fmt.Sprintf(" %d failed", b.failed.Load()) }),
		))
	return b
}

func (b *barReporter) Found(n int) { b.bar.SetTotal(int64(n), false) }

func (b *barReporter) Done(r Result) {
	if r.Status == Failed {
		b.failed.Add(1)
		fmt.Fprintf(b.p, "hearsay: ingest %v\n", r.Err)
	}
	b.bar.Increment()
}

func (b *barReporter) Finish(s Summary) {
	b.bar.SetTotal(-1, true)
	b.p.Wait()
	fmt.Fprintln(b.w, s.Line())
}

// LinkBar shows the progress of LinkStored on a terminal: documents
// linked, speed and time left.
type LinkBar struct {
	p   *mpb.Progress
	bar *mpb.Bar
}

// NewLinkBar returns a bar that writes to w.
func NewLinkBar(w io.Writer) *LinkBar {
	p := mpb.New(mpb.WithOutput(w), mpb.WithWidth(32))
	return &LinkBar{p: p, bar: p.AddBar(0,
		mpb.PrependDecorators(decor.Name("link "), decor.CountersNoUnit("%d/%d", decor.WCSyncWidth)),
		mpb.AppendDecorators(
			decor.AverageSpeed(0, " %.1f docs/s", decor.WCSyncWidth),
			decor.Name(" ETA "), decor.AverageETA(decor.ET_STYLE_GO),
		))}
}

// Update is LinkStored's progress function.
func (b *LinkBar) Update(linked, total int) {
	b.bar.SetTotal(int64(total), false)
	b.bar.SetCurrent(int64(linked))
}

// Finish ends the bar and waits until it is drawn for the last time.
func (b *LinkBar) Finish() {
	b.bar.SetTotal(-1, true)
	b.p.Wait()
}
