//go:build unix

package depparse

import (
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkParseEWT parses EWT dev with the shipped model on one goroutine
// (target: 250k words/s). It also reports words per CPU second, which is
// steadier than wall time on a busy machine.
func BenchmarkParseEWT(b *testing.B) {
	p := readParser(b, parserFile)
	sents := readEWT(b, "dev")
	words := 0
	for _, s := range sents {
		words += len(s.Tokens)
	}
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		for j := range sents {
			p.Parse(&sents[j])
		}
	}
	cpu = cpuTime() - cpu
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "words/cpu-s")
}
