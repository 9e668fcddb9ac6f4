package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDataDirDefault(t *testing.T) {
	for _, tc := range []struct{ env, want string }{
		{"", "../shared/data"},
		{"/srv/treebanks", "/srv/treebanks"},
	} {
		t.Setenv("HEARSAY_DATA", tc.env)
		if got := dataDir(); got != tc.want {
			t.Errorf("HEARSAY_DATA=%q: data dir %q, want %q", tc.env, got, tc.want)
		}
	}
}

// The shipped models are rebuilt by plain `hearsay train tagger|ner`:
// training must give the same bytes twice, and the default must learn from
// dev too (so differ from --dev-in-train=false).
func TestTrainIsReproducibleAndUsesDev(t *testing.T) {
	dir := t.TempDir()
	train := func(name string, args ...string) []byte {
		t.Helper()
		out := filepath.Join(dir, name)
		args = append(args, "--data", "testdata/nlptrain", "--out", out, "--epochs", "2")
		_, errs, code := runCLI(t, "", append([]string{"train"}, args...)...)
		if code != 0 {
			t.Fatalf("train %v: exit %d: %s", args, code, errs)
		}
		if want := "train + 20 dev sentences"; args[0] == "tagger" && !strings.Contains(errs, want) && !strings.Contains(name, "trainonly") {
			t.Errorf("train %v: log lacks %q:\n%s", args, want, errs)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a := train("tagger-a.gz", "tagger")
	b := train("tagger-b.gz", "tagger")
	if !bytes.Equal(a, b) {
		t.Error("two tagger runs with the same seed differ")
	}
	if c := train("tagger-trainonly.gz", "tagger", "--dev-in-train=false"); bytes.Equal(a, c) {
		t.Error("--dev-in-train=false gives the same tagger as the default")
	}
	tg := filepath.Join(dir, "tagger-a.gz")
	n1 := train("ner-a.gz", "ner", "--tagger", tg)
	n2 := train("ner-b.gz", "ner", "--tagger", tg)
	if !bytes.Equal(n1, n2) {
		t.Error("two name recogniser runs with the same seed differ")
	}
}

func TestTrainNamesMissingData(t *testing.T) {
	_, errs, code := runCLI(t, "", "train", "tagger", "--data", filepath.Join(t.TempDir(), "nothing"), "--out", filepath.Join(t.TempDir(), "t.gz"))
	if code == 0 || !strings.Contains(errs, "en_ewt-ud-train.conllu") {
		t.Errorf("exit %d, stderr %q: want an error naming the missing file", code, errs)
	}
}
