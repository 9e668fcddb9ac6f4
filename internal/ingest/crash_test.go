package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
)

// crashDocs is the size of the crash-safety corpus.
const crashDocs = 5000

// writeCrashCorpus writes n small, distinct articles as JSON Lines.
func writeCrashCorpus(t *testing.T, path string, n int) {
	cities := []string{"Kabul", "Lahore", "Quetta", "Herat", "Peshawar", "Kandahar", "Geneva", "Doha"}
	sources := []string{"officials", "the ministry", "police", "the United Nations", "a spokesman", "residents"}
	verbs := []string{"said", "denied", "confirmed", "reported", "claimed"}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for i := 0; i < n; i++ {
		c, s, v := cities[i%len(cities)], sources[(i/8)%len(sources)], verbs[(i/48)%len(verbs)]
		text := fmt.Sprintf("%s in %s %s on Monday that bridge %d would reopen within %d days. "+
			"The work may cost %d million dollars, %s %s.", strings.ToUpper(s[:1])+s[1:], c, v, i, 2+i%30, 1+i%97, s, v)
		enc.Encode(map[string]string{"text": text, "url": fmt.Sprintf("https://crash.example.org/%d", i),
			"outlet": fmt.Sprintf("Outlet %d", i%7), "published": fmt.Sprintf("2021-%02d-%02d", 1+i%12, 1+i%28)})
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// storeContent is everything a store holds apart from ingestion times:
// every document's summary and analysis, every claim and every actor.
func storeContent(t *testing.T, path string) (content string, docs int) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	h := sha256.New()
	sums, err := s.Documents(ctx, store.DocQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range sums {
		d.Ingested = time.Time{}
		fmt.Fprintf(h, "%+v\n", d)
	}
	err = s.Each(ctx, store.DocQuery{}, func(a *contract.Analysis) error {
		return json.NewEncoder(h).Encode(a)
	})
	if err != nil {
		t.Fatal(err)
	}
	claims, _ := s.Claims(ctx, store.ClaimQuery{})
	// Listings go in storage order, which parallel workers make differ
	// from run to run; what is stored must not.
	sort.Slice(claims, func(i, j int) bool { return claims[i].ID < claims[j].ID })
	actors, _ := s.Actors(ctx, store.ActorQuery{})
	fmt.Fprintf(h, "%+v\n%+v\n", claims, actors)
	return fmt.Sprintf("%d documents, %d claims, %d actors, sha256 %s", len(sums), len(claims), len(actors),
		hex.EncodeToString(h.Sum(nil))), len(sums)
}

func countDocs(path string) int {
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		return 0
	}
	defer s.Close()
	n := 0
	s.DB().QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&n)
	return n
}

// ingestSummary runs the binary to the end and returns its JSON summary.
func ingestSummary(t *testing.T, bin string, args ...string) map[string]any {
	cmd := exec.Command(bin, append([]string{"ingest", "--log-format", "json"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("hearsay %v: %v\n%s", args, err, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	var sum map[string]any
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &sum); err != nil || sum["msg"] != "ingest finished" {
		t.Fatalf("no JSON summary at the end of:\n%s", stderr.String())
	}
	return sum
}

// TestCrashSafety kills an ingest of 5,000 documents with SIGKILL at a
// random point, reruns it, and checks that the store then holds exactly
// what an uninterrupted ingest stores: no document lost, none doubled,
// none half-written.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("builds hearsay and ingests 15,000 documents; skipped with -short")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "hearsay")
	build := exec.Command("go", "build", "-o", bin, "github.com/hearsaynews/hearsay/cmd/hearsay")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	corpus := filepath.Join(dir, "corpus.jsonl")
	writeCrashCorpus(t, corpus, crashDocs)

	whole := filepath.Join(dir, "whole.db")
	sum := ingestSummary(t, bin, "--db", whole, corpus)
	if sum["stored"] != float64(crashDocs) || sum["failed"] != float64(0) {
		t.Fatalf("uninterrupted ingest: %v", sum)
	}
	want, _ := storeContent(t, whole)

	// Kill the second ingest once a random number of documents is in.
	killed := filepath.Join(dir, "killed.db")
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	at := 200 + rng.Intn(crashDocs*3/4)
	cmd := exec.Command(bin, "ingest", "--log-format", "json", "--db", killed, corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.Now().Add(90 * time.Second)
	for countDocs(killed) < at {
		select {
		case err := <-exited:
			t.Fatalf("ingest ended (%v) before %d documents were in; cannot test the kill", err, at)
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("ingest too slow to reach the kill point")
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := <-exited
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("ingest was not killed by SIGKILL: %v", err)
	}
	_, before := storeContent(t, killed)
	t.Logf("killed after %d documents (aimed at %d)", before, at)
	if before < at || before >= crashDocs {
		t.Fatalf("killed store holds %d documents, want between %d and %d", before, at, crashDocs)
	}

	sum = ingestSummary(t, bin, "--db", killed, corpus)
	if sum["stored"] != float64(crashDocs-before) || sum["duplicates"] != float64(before) || sum["failed"] != float64(0) {
		t.Errorf("rerun after the kill: %v, want %d stored and %d duplicates", sum, crashDocs-before, before)
	}
	got, _ := storeContent(t, killed)
	if got != want {
		t.Errorf("store after kill and rerun:\n %s\nuninterrupted:\n %s", got, want)
	}
}
