package event

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
)

// TestConcurrent runs one Stage over many Docs at once (go test -race
// checks that Run shares no mutable state).
func TestConcurrent(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(withSyntax bool) {
			defer wg.Done()
			d := docFromCoNLLU(t, filepath.Join("testdata", "shelled.conllu"), withSyntax)
			if err := s.Run(context.Background(), d); err != nil {
				t.Error(err)
				return
			}
			if len(d.Events) != 1 || d.Events[0].Time == nil || d.Events[0].Time.Value != "2021-03-08" {
				t.Errorf("events = %+v", d.Events)
			}
		}(i%2 == 0)
	}
	wg.Wait()
}

// BenchmarkRun measures the stage on a parsed sentence with entities.
func BenchmarkRun(b *testing.B) {
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	d := docFromCoNLLU(b, filepath.Join("testdata", "shelled.conllu"), true)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := s.Run(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}
