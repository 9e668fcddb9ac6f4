package cli

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = RunEnv(args, Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return out.String(), errb.String(), code
}

func TestParseRawTextToCoNLLU(t *testing.T) {
	out, errs, code := runCLI(t, "The minister said that Angela Merkel visited Paris on Monday.", "parse", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	rows := map[string][]string{}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Split(line, "\t"); len(f) == 10 {
			rows[f[1]] = f
		}
	}
	tests := []struct{ form, upos, misc string }{
		{"said", "VERB", "NER=O"},
		{"Merkel", "PROPN", "NER=I-PER"},
		{"Paris", "PROPN", "NER=B-LOC"},
		{".", "PUNCT", "NER=O"},
	}
	for _, tc := range tests {
		f, ok := rows[tc.form]
		if !ok {
			t.Errorf("no row for %q in\n%s", tc.form, out)
			continue
		}
		if f[3] != tc.upos || !strings.Contains(f[9], tc.misc) {
			t.Errorf("%s: UPOS %s MISC %s, want %s and %s", tc.form, f[3], f[9], tc.upos, tc.misc)
		}
		if h, err := strconv.Atoi(f[6]); err != nil || h < 0 || h > 11 {
			t.Errorf("%s: head %q", tc.form, f[6])
		}
	}
	if !strings.HasPrefix(out, "# text = The minister said") {
		t.Errorf("output does not start with the sentence text: %q", out[:min(60, len(out))])
	}
}

func TestParsePretokenizedKeepsForms(t *testing.T) {
	in := "1\tNew\t_\t_\t_\t_\t_\t_\t_\t_\n2\tYork\t_\t_\t_\t_\t_\t_\t_\t_\n3\tis\t_\t_\t_\t_\t_\t_\t_\t_\n4\tbig\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	out, errs, code := runCLI(t, in, "parse", "--pretokenized", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{`"form": "New"`, `"form": "York"`, `"ner": "B-LOC"`, `"lemma": "be"`} {
		if !strings.Contains(out, want) {
			t.Errorf("JSON lacks %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, `"start"`) {
		t.Error("pretokenized input has no text offsets, but JSON has start")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"parse", "--format", "xml", "-"}, `--format "xml"`},
		{[]string{"parse", "testdata/does-not-exist.txt"}, "does-not-exist.txt"},
		{[]string{"parse", "--pretokenized", "-"}, "columns"},
	}
	for _, tc := range tests {
		_, errs, code := runCLI(t, "not\tconllu\n", tc.args...)
		if code == 0 || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, stderr %q, want an error naming %q", tc.args, code, errs, tc.want)
		}
	}
}

func TestEvalModelsPrintsScoresAndBaseline(t *testing.T) {
	out, errs, code := runCLI(t, "", "evalmodels", "--data", "testdata/nlp")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	m := regexp.MustCompile(`UPOS %\s+([0-9.]+)\s+([0-9.]+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no UPOS row:\n%s", out)
	}
	ours, _ := strconv.ParseFloat(m[1], 64)
	theirs, _ := strconv.ParseFloat(m[2], 64)
	if ours < 85 || ours <= theirs {
		t.Errorf("UPOS %.2f (prose %.2f): want at least 85 and above prose", ours, theirs)
	}
	for _, want := range []string{"NER PER P/R/F1", "NER all P/R/F1", "prose ran on the gold tokens", "lemma %"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if _, errs, code := runCLI(t, "", "evalmodels", "--split", "train", "--data", "testdata/nlp"); code == 0 || !strings.Contains(errs, "--split") {
		t.Errorf("--split train accepted: %d %s", code, errs)
	}
}

func TestTrainRejectsUnknownModel(t *testing.T) {
	_, errs, code := runCLI(t, "", "train", "lexer", "--data", "testdata/nlp", "--out", t.TempDir()+"/x.gz")
	if code == 0 || !strings.Contains(errs, `"lexer"`) {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}
