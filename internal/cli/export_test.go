package cli

import (
	"encoding/csv"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hearsay ingest, then hearsay export of every format from that store.
func TestExportCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "hearsay.db")
	in := filepath.Join(dir, "in.jsonl")
	lines := `{"text": "The United States imposed sanctions on Iran on Tuesday, officials said. Tehran accused Washington of economic terrorism.", "outlet": "Daily Example", "published": "2024-03-06", "url": "https://example.org/a"}
{"text": "Iran rejected the sanctions, the foreign ministry said on Wednesday.", "outlet": "Other Wire", "published": "2024-03-07"}
`
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, "", "ingest", "--db", db, in); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	for _, tc := range []struct {
		format string
		args   []string
		check  func(t *testing.T, out string)
	}{
		{"csv-claims", nil, func(t *testing.T, out string) {
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(rows) < 3 || rows[0][0] != "doc_id" {
				t.Errorf("claims CSV: %v, %d rows", err, len(rows))
			}
		}},
		{"plover", []string{"--about", "Iran"}, func(t *testing.T, out string) {
			if !strings.Contains(out, `"event":"SANCTION"`) || !strings.Contains(out, `"recipient":"IRN"`) {
				t.Errorf("PLOVER: no SANCTION event with recipient IRN:\n%s", out)
			}
		}},
		{"gexf", []string{"--graph", "citations"}, func(t *testing.T, out string) {
			var g struct {
				XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
			}
			if err := xml.Unmarshal([]byte(out), &g); err != nil {
				t.Error(err)
			}
		}},
		{"claimreview", []string{"--link"}, func(t *testing.T, out string) {
			if !strings.Contains(out, `"@type":"ClaimReview"`) {
				t.Errorf("no ClaimReview in\n%s", out)
			}
		}},
	} {
		t.Run(tc.format, func(t *testing.T) {
			path := filepath.Join(dir, "out."+tc.format)
			args := append([]string{"export", "--db", db, "--format", tc.format, "--out", path}, tc.args...)
			if code, out, errs := run(t, "", args...); code != 0 || out != "" {
				t.Fatalf("exit %d, stdout %q: %s", code, out, errs)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, string(data))
		})
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "--db", db, "--format", "rdfxml"}, `format "rdfxml"`},
		{[]string{"export", "--db", db}, "--format is required"},
		{[]string{"export", "--db", filepath.Join(dir, "missing.db"), "--format", "plover"}, "missing.db"},
	} {
		code, _, errs := run(t, "", tc.args...)
		if code == 0 || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, %q; want failure naming %s", tc.args, code, errs, tc.want)
		}
	}
}
