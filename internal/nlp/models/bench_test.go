package models

import (
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/hearsaynews/hearsay/internal/conllu"
)

func benchSentences(b *testing.B) ([]conllu.Sentence, int) {
	f, err := os.Open("testdata/ewt-test-60.conllu")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.Read(f, "ewt-test-60")
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for i := range sents {
		for j := range sents[i].Tokens {
			sents[i].Tokens[j] = conllu.Token{Form: sents[i].Tokens[j].Form}
		}
		n += len(sents[i].Tokens)
	}
	return sents, n
}

func benchStage(b *testing.B, run func(a *Annotator, s *conllu.Sentence)) {
	a, err := Embedded()
	if err != nil {
		b.Fatal(err)
	}
	sents, n := benchSentences(b)
	a.Annotate(sents) // every stage gets the columns it reads
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		for i := range sents {
			run(a, &sents[i])
		}
	}
	report(b, n, cpu0)
}

// report gives the speed of b's loop over n tokens, which began at process
// CPU time cpu0.
func report(b *testing.B, n int, cpu0 time.Duration) {
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine wall-clock time includes time spent waiting
	// for a core; tokens per second of CPU time used by this process
	// shows the speed of one core that is not shared.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// cpuTime is the user+system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkAnnotate measures the whole chain (tags, lemmas, parse, names)
// on one goroutine; the target is at least 100,000 tokens/s. The sentences
// go in batches of docSents, as the pipeline gives a document's sentences
// in one call.
func BenchmarkAnnotate(b *testing.B) {
	const docSents = 30 // a news article of 500-1,000 words
	a, err := Embedded()
	if err != nil {
		b.Fatal(err)
	}
	sents, n := benchSentences(b)
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		for i := 0; i < len(sents); i += docSents {
			a.Annotate(sents[i:min(i+docSents, len(sents))])
		}
	}
	report(b, n, cpu0)
}

func BenchmarkTagger(b *testing.B) {
	benchStage(b, func(a *Annotator, s *conllu.Sentence) { a.Tagger.Tag(s) })
}

func BenchmarkParser(b *testing.B) {
	benchStage(b, func(a *Annotator, s *conllu.Sentence) {
		if a.Parser != nil {
			a.Parser.Parse(s)
		}
	})
}

func BenchmarkNER(b *testing.B) {
	benchStage(b, func(a *Annotator, s *conllu.Sentence) { a.NER.Tag(s) })
}

// BenchmarkLoad reports the time to read all models and the heap they hold
// once loaded (MB-held); the target is at most 200 MB.
func BenchmarkLoad(b *testing.B) {
	var held float64
	for b.Loop() {
		before := heapInUse()
		a, err := loadEmbedded()
		if err != nil {
			b.Fatal(err)
		}
		held = float64(heapInUse()-before) / 1e6
		runtime.KeepAlive(a)
	}
	b.ReportMetric(held, "MB-held")
}

func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// The loaded models must stay within the memory budget of 200 MB.
func TestLoadedModelsMemory(t *testing.T) {
	before := heapInUse()
	a, err := loadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	held := float64(heapInUse()-before) / 1e6
	runtime.KeepAlive(a)
	t.Logf("loaded models hold %.1f MB of heap", held)
	if held > 200 {
		t.Errorf("loaded models hold %.1f MB, over the 200 MB budget", held)
	}
}
