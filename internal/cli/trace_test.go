package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/extract"
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/pipeline"
	"github.com/hearsaynews/hearsay/internal/store"
	"github.com/hearsaynews/hearsay/internal/store/sqlite"
)

// retellAnalyses analyses the link package's hand-written retelling
// articles and returns them with the ID of the claim "a fire destroyed
// three warehouses" in the reprint port-4.
func retellAnalyses(t *testing.T) ([]*contract.Analysis, string) {
	t.Helper()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "link", "testdata", "retell", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no articles in ../link/testdata/retell")
	}
	var out []*contract.Analysis
	ref := ""
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head, body, _ := strings.Cut(string(b), "\n---\n")
		opts := extract.Options{}
		for _, line := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(line, ":")
			switch k {
			case "outlet":
				opts.Outlet = strings.TrimSpace(v)
			case "published":
				opts.Published = strings.TrimSpace(v)[:10]
			}
		}
		d, err := extract.Read(f, []byte(strings.TrimSpace(body)), opts)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		// The full time stamp orders the same day's reports.
		_, pub, _ := strings.Cut(head, "published:")
		d.Published = strings.TrimSpace(strings.SplitN(pub, "\n", 2)[0])
		a := contract.FromDoc(d)
		a.Document.ID = store.DocID(a.Document.Text)
		if strings.HasSuffix(f, "port-4.txt") {
			for _, c := range a.Claims {
				if strings.Contains(c.Span.Text, "fire destroyed") {
					ref = link.Ref{Doc: a.Document.ID, Claim: c.ID}.String()
				}
			}
		}
		out = append(out, a)
	}
	if ref == "" {
		t.Fatal("port-4: no claim about the fire")
	}
	return out, ref
}

func runTrace(t *testing.T, args ...string) (string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := RunEnv(append([]string{"trace"}, args...), Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
	return out.String() + errb.String(), code
}

func TestTraceCorpus(t *testing.T) {
	as, ref := retellAnalyses(t)
	path := filepath.Join(t.TempDir(), "analyses.jsonl")
	var buf bytes.Buffer
	for _, a := range as {
		b, _ := json.Marshal(a)
		buf.Write(append(b, '\n'))
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, code := runTrace(t, ref, "--corpus", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	for _, want := range []string{"stated by 4 document(s), 1 independent origin(s); circular: yes", "origin: Black Sea Courier", "cites  Balkan Daily", "copies ("} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	out, code = runTrace(t, ref, "--corpus", path, "--format", "json")
	var tr link.Trace
	if code != 0 || json.Unmarshal([]byte(out), &tr) != nil {
		t.Fatalf("json output (exit %d): %s", code, out)
	}
	if tr.Carriers != 4 || !tr.Circular || tr.Origin == nil || tr.Origin.Outlet != "Black Sea Courier" {
		t.Errorf("json trace: %d carriers, circular %v, origin %+v", tr.Carriers, tr.Circular, tr.Origin)
	}
	// Bad input names the problem.
	if out, code := runTrace(t, "no-claim-id", "--corpus", path); code == 0 || !strings.Contains(out, "DOCUMENT:CLAIM") {
		t.Errorf("bad claim ID: exit %d, %s", code, out)
	}
	if out, code := runTrace(t, "feedfacefeedface:c1", "--corpus", path); code == 0 || !strings.Contains(out, "not linked") {
		t.Errorf("unknown claim: exit %d, %s", code, out)
	}
}

func TestTraceStore(t *testing.T) {
	as, ref := retellAnalyses(t)
	db := filepath.Join(t.TempDir(), "hearsay.db")
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if _, err := st.PutAnalysis(context.Background(), a, "test"); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	if out, code := runTrace(t, ref, "--db", db); code == 0 || !strings.Contains(out, "--link") {
		t.Errorf("before linking: exit %d, %s", code, out)
	}
	out, code := runTrace(t, ref, "--db", db, "--link")
	if code != 0 || !strings.Contains(out, "circular: yes") {
		t.Fatalf("exit %d: %s", code, out)
	}
	// Linking again changes nothing.
	if out2, code := runTrace(t, ref, "--db", db, "--link"); code != 0 || out2 != out {
		t.Errorf("second --link run differs:\n%s\n%s", out, out2)
	}
}
