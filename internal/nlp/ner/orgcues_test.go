package ner

import (
	"strings"
	"testing"
)

func TestCapRuns(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // per token: start-end of its run, or - for none
	}{
		{"the Ministry of Defence said", "- 1-4 1-4 1-4 -"},
		{"Procter & Gamble and IBM", "0-3 0-3 0-3 - 4-5"},
		{"He met Bank of", "0-1 - 2-3 -"},
		{"of the", "- -"},
	} {
		forms := strings.Fields(tc.text)
		s, e := make([]int32, len(forms)), make([]int32, len(forms))
		capRuns(forms, s, e)
		var got []string
		for i := range forms {
			if s[i] < 0 {
				got = append(got, "-")
				continue
			}
			got = append(got, strings.Join([]string{itoa(s[i]), itoa(e[i])}, "-"))
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: runs %s, want %s", tc.text, g, tc.want)
		}
	}
}

func itoa(i int32) string { return string(rune('0' + i)) }

func TestOrgHeadWord(t *testing.T) {
	for w, want := range map[string]bool{"Inc.": true, "Ministry": true, "ministry": false, "Paris": false, "Times": true} {
		if got := orgHeadWord(w); got != want {
			t.Errorf("orgHeadWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestOutletsInGazetteer(t *testing.T) {
	forms := []string{"said", "the", "Associated", "Press"}
	out := make([]uint64, len(forms))
	gaz().match(forms, out)
	if out[2]&(1<<(gazOutlet*numPos+posB)) == 0 || out[3]&(1<<(gazOutlet*numPos+posL)) == 0 {
		t.Errorf("Associated Press not matched as an outlet: %b %b", out[2], out[3])
	}
}

func TestTrainKeepsGivenBias(t *testing.T) {
	train := readIOB2(t, "testdata/uner-train-600.iob2")[:100]
	bias := []float32{-1, 2, 0, 0, 2, 3, 0, 0, 3, 1, 0, 0, 1}
	r, err := Train(train, nil, Options{Seed: 1, Epochs: 1, Bias: bias}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range r.Bias() {
		if b != bias[i] {
			t.Fatalf("bias %v, want %v", r.Bias(), bias)
		}
	}
	if _, err := Train(train, nil, Options{Seed: 1, Epochs: 1, Bias: bias[:3]}, nil); err == nil || !strings.Contains(err.Error(), "biases") {
		t.Errorf("3 biases for %d labels: error %v", len(Labels), err)
	}
}
