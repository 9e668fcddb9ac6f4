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
// every document's summary and analysis, every claim and every actor, and
// the links across articles.
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
	return fmt.Sprintf("%d documents, %d claims, %d actors, sha256 %s; links sha256 %s", len(sums), len(claims), len(actors),
		hex.EncodeToString(h.Sum(nil)), linkContent(t, s)), len(sums)
}

// countRows counts the rows of table in the store at path, 0 if it cannot.
func countRows(path, table string) int {
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		return 0
	}
	defer s.Close()
	n := 0
	s.DB().QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n)
	return n
}

// linkContent is what the link index holds: every claim with its
// cluster, every blocking key, relation and citation.
func linkContent(t *testing.T, s *sqlite.Store) string {
	h := sha256.New()
	for _, q := range []string{
		`SELECT id || ' ' || doc_id || ' ' || claim_id || ' ' || cluster FROM link_claims ORDER BY id`,
		`SELECT key || ' ' || claim FROM link_keys ORDER BY key, claim`,
		`SELECT from_claim || ' ' || to_claim || ' ' || type || ' ' || reason FROM link_relations ORDER BY 1`,
		`SELECT doc_id || ' ' || target_key || ' ' || via FROM link_citations ORDER BY 1`,
		`SELECT doc_id FROM link_docs ORDER BY 1`,
	} {
		rows, err := s.DB().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var line string
			if err := rows.Scan(&line); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(h, line)
		}
		rows.Close()
		fmt.Fprintln(h, "--")
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ingestSummary runs the binary to the end and returns its JSON summary.
func ingestSummary(t *testing.T, bin string, args ...string) map[string]any {
	cmd := exec.Command(bin, append([]string{"ingest", "--log-format", "json"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("hearsay %v: %v\n%s", args, err, stderr.String())
	}
	for _, line := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
		var sum map[string]any
		if json.Unmarshal([]byte(line), &sum) == nil && sum["msg"] == "ingest finished" {
			return sum
		}
	}
	t.Fatalf("no JSON summary in:\n%s", stderr.String())
	return nil
}

// TestCrashSafety kills an ingest of 5,000 documents with SIGKILL at a
// random point, reruns it, and checks that the store then holds exactly
// what an uninterrupted ingest stores: no document lost, none doubled,
// none half-written, and the same links across articles. It does so once
// while documents are being stored and once while they are being linked.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("builds hearsay and ingests 20,000 documents; skipped with -short")
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

	rng := rand.New(rand.NewSource(time.Now().UnixNano()))

	// Kill an ingest once a random number of documents is in.
	killed := filepath.Join(dir, "killed.db")
	at := 200 + rng.Intn(crashDocs*3/4)
	killAt(t, bin, killed, corpus, "documents", at)
	_, before := storeContent(t, killed)
	t.Logf("killed after %d documents (aimed at %d)", before, at)
	if before < at || before >= crashDocs {
		t.Fatalf("killed store holds %d documents, want between %d and %d", before, at, crashDocs)
	}
	sum = ingestSummary(t, bin, "--db", killed, corpus)
	if sum["stored"] != float64(crashDocs-before) || sum["duplicates"] != float64(before) || sum["failed"] != float64(0) {
		t.Errorf("rerun after the kill: %v, want %d stored and %d duplicates", sum, crashDocs-before, before)
	}
	if got, _ := storeContent(t, killed); got != want {
		t.Errorf("store after kill and rerun:\n %s\nuninterrupted:\n %s", got, want)
	}

	// Kill another while it links the stored documents across articles:
	// the rerun stores nothing and links the rest.
	linking := filepath.Join(dir, "linking.db")
	at = 1 + rng.Intn(crashDocs*3/4)
	killAt(t, bin, linking, corpus, "link_docs", at)
	linked := countRows(linking, "link_docs")
	t.Logf("killed after linking %d documents (aimed at %d)", linked, at)
	if linked < at || linked >= crashDocs {
		t.Fatalf("killed store has %d documents linked, want between %d and %d", linked, at, crashDocs)
	}
	sum = ingestSummary(t, bin, "--db", linking, corpus)
	if sum["stored"] != float64(0) || sum["duplicates"] != float64(crashDocs) {
		t.Errorf("rerun after the kill while linking: %v, want %d duplicates", sum, crashDocs)
	}
	if got, _ := storeContent(t, linking); got != want {
		t.Errorf("store after kill while linking and rerun:\n %s\nuninterrupted:\n %s", got, want)
	}
}

// killAt runs an ingest of corpus into the store at db and kills it with
// SIGKILL once table holds at least at rows.
func killAt(t *testing.T, bin, db, corpus, table string, at int) {
	t.Helper()
	cmd := exec.Command(bin, "ingest", "--log-format", "json", "--db", db, corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.Now().Add(90 * time.Second)
	for countRows(db, table) < at {
		select {
		case err := <-exited:
			t.Fatalf("ingest ended (%v) before %s held %d rows; cannot test the kill", err, table, at)
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("ingest too slow to reach %d rows of %s", at, table)
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := <-exited
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("ingest was not killed by SIGKILL: %v", err)
	}
}
