package cli

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
)

// corpusDir writes a small corpus: a text file, an HTML page and JSON
// Lines with one good and one broken line.
func corpusDir(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"one.txt": "The defence minister, Anna Berg, said on Monday that the army would withdraw from the border region.\n",
		"sub/two.html": `<!DOCTYPE html><html><head><title>Talks in Geneva</title></head><body><article>` +
			`<p>Negotiators said on Tuesday that talks in Geneva would resume next week, according to the foreign ministry.</p>` +
			`<p>The opposition denied that any agreement had been reached.</p></article></body></html>`,
		"three.jsonl": `{"text": "Police in Lahore said the protest had ended peacefully, and officials may lift the curfew.", "outlet": "Example Post", "published": "2021-09-12", "url": "https://post.example.org/3"}` + "\n" +
			`{"text": "unterminated` + "\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCorpusCommands(t *testing.T) {
	dir := corpusDir(t)
	db := filepath.Join(t.TempDir(), "corpus.db")

	code, _, errs := run(t, "", "ingest", "--db", db, dir)
	if code != 1 {
		t.Fatalf("ingest with a broken line: exit %d, want 1\n%s", code, errs)
	}
	for _, want := range []string{"three.jsonl:2: malformed: JSON", "ingest: 3 stored, 0 duplicates, 1 failed", "1 of 4 items failed"} {
		if !strings.Contains(errs, want) {
			t.Errorf("ingest stderr lacks %q:\n%s", want, errs)
		}
	}
	code, _, errs = run(t, "", "ingest", "--db", db, filepath.Join(dir, "one.txt"), filepath.Join(dir, "sub"))
	if code != 0 || !strings.Contains(errs, "0 stored, 2 duplicates") || !strings.Contains(errs, "nothing new") {
		t.Errorf("second ingest: exit %d\n%s", code, errs)
	}

	// docs in the three formats.
	code, out, errs := run(t, "", "docs", "--db", db, "--format", "json")
	var docs []store.DocSummary
	if code != 0 || json.Unmarshal([]byte(out), &docs) != nil || len(docs) != 3 {
		t.Fatalf("docs --format json: exit %d, %d docs\n%s%s", code, len(docs), out, errs)
	}
	var post store.DocSummary
	for _, d := range docs {
		if d.Outlet == "Example Post" {
			post = d
		}
	}
	if post.URL != "https://post.example.org/3" || post.Published != "2021-09-12" || !strings.HasSuffix(post.Origin, "three.jsonl:1") {
		t.Errorf("JSON Lines document stored as %+v", post)
	}
	_, out, _ = run(t, "", "docs", "--db", db, "--format", "csv", "--outlet", "example post")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 2 || rows[0][0] != "id" || rows[1][0] != post.ID {
		t.Errorf("docs --format csv --outlet = %q, %v", rows, err)
	}
	_, out, _ = run(t, "", "docs", "--db", db, "--search", "geneva negotiators")
	if !strings.Contains(out, "Talks in Geneva") || strings.Contains(out, "Example Post") {
		t.Errorf("docs --search:\n%s", out)
	}

	// show: the contract JSON, the readable view, an unknown ID.
	code, out, errs = run(t, "", "show", "--db", db, "--format", "json", post.ID)
	if code != 0 {
		t.Fatalf("show: exit %d: %s", code, errs)
	}
	a, err := contract.Read(strings.NewReader(out))
	if err != nil || a.Document.ID != post.ID || !strings.HasPrefix(a.Document.Text, "Police in Lahore") {
		t.Errorf("show --format json: %v, %+v", err, a.Document)
	}
	code, out, _ = run(t, "", "show", "--db", db, post.ID)
	if code != 0 || !strings.Contains(out, "Lahore") {
		t.Errorf("show (readable): exit %d\n%s", code, out)
	}
	code, _, errs = run(t, "", "show", "--db", db, "0123456789abcdef")
	if code == 0 || !strings.Contains(errs, `no document "0123456789abcdef"`) {
		t.Errorf("show of an unknown ID: exit %d: %s", code, errs)
	}

	// claims and actors.
	code, out, errs = run(t, "", "claims", "--db", db, "--format", "json", "--limit", "0")
	var claims []store.Claim
	if code != 0 || json.Unmarshal([]byte(out), &claims) != nil {
		t.Fatalf("claims --format json: exit %d\n%s%s", code, out, errs)
	}
	stored := 0
	for _, d := range docs {
		stored += d.Claims
	}
	if len(claims) != stored || stored == 0 {
		t.Errorf("claims listed %d, documents count %d", len(claims), stored)
	}
	for _, c := range claims {
		if !strings.HasPrefix(c.ID, c.DocID+":c") {
			t.Errorf("claim ID %q is not DOCID:cN", c.ID)
		}
	}
	_, out, _ = run(t, "", "claims", "--db", db, "--format", "csv", "--search", "curfew")
	rows, err = csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) < 2 || !strings.Contains(rows[1][4], "curfew") {
		t.Errorf("claims --search curfew = %q, %v", rows, err)
	}
	code, out, _ = run(t, "", "actors", "--db", db, "--format", "json", "--limit", "0")
	var actors []store.Actor
	if code != 0 || json.Unmarshal([]byte(out), &actors) != nil || len(actors) == 0 {
		t.Errorf("actors --format json: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "", "actors", "--db", db)
	if code != 0 || !strings.HasPrefix(out, "name") {
		t.Errorf("actors (text): exit %d\n%s", code, out)
	}

	// Mistakes are named.
	for _, args := range [][]string{
		{"docs", "--db", filepath.Join(dir, "nope.db")},
		{"claims", "--db", db, "--format", "xml"},
		{"ingest", "--db", db, "--log-format", "yaml", dir},
	} {
		code, _, errs := run(t, "", args...)
		if code == 0 || !(strings.Contains(errs, "no store at") || strings.Contains(errs, "want text")) {
			t.Errorf("%v: exit %d: %s", args, code, errs)
		}
	}
}

func TestDefaultStorePath(t *testing.T) {
	data := t.TempDir()
	t.Setenv("HEARSAY_DB", "")
	t.Setenv("XDG_DATA_HOME", data)
	dir := corpusDir(t)
	os.Remove(filepath.Join(dir, "three.jsonl"))
	if code, _, errs := run(t, "", "ingest", "--log-format", "json", dir); code != 0 || !strings.Contains(errs, `"stored":2`) {
		t.Fatalf("ingest to the default store: exit %d\n%s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(data, "hearsay", "hearsay.db")); err != nil {
		t.Errorf("default store not created under XDG_DATA_HOME: %v", err)
	}
	other := filepath.Join(t.TempDir(), "env.db")
	t.Setenv("HEARSAY_DB", other)
	if code, _, _ := run(t, "", "ingest", filepath.Join(dir, "one.txt")); code != 0 {
		t.Fatal("ingest with HEARSAY_DB failed")
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("HEARSAY_DB not used: %v", err)
	}
}

// TestIngestStoreInsideFolder: a store kept in the folder being ingested
// is not read as an input, the first time or on a rerun.
func TestIngestStoreInsideFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "one.txt"), []byte("The mayor said on Monday that the bridge would reopen.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "corpus.db")
	for i, want := range []string{"1 stored, 0 duplicates, 0 failed", "0 stored, 1 duplicates, 0 failed"} {
		code, _, errs := run(t, "", "ingest", "--db", db, dir)
		if code != 0 || !strings.Contains(errs, want) {
			t.Errorf("ingest %d: exit %d, want %q\n%s", i+1, code, want, errs)
		}
	}
}
