package ner

import (
	"strings"
	"testing"
)

func TestGazetteerMatches(t *testing.T) {
	tests := []struct {
		text string
		i    int
		kind int
		pos  int
		want bool
	}{
		{"He flew to Kabul .", 3, gazCapital, posU, true},
		{"He flew to Kabul .", 3, gazCity, posU, true},
		{"troops left Afghanistan", 2, gazCountry, posU, true},
		{"in the United States today", 2, gazCountry, posB, true},
		{"in the United States today", 3, gazCountry, posL, true},
		{"the UK said", 1, gazAlias, posU, true},
		{"Chinese officials", 0, gazAlias, posU, true},
		{"he was in the house", 2, gazCountry, posU, false}, // lower-case "in" is not India
		{"New York City police", 0, gazCity, posB, true},
		{"visited Abu Dhabi", 1, gazRegion, posB, true},
		{"roast turkey", 1, gazCountry, posU, false},
		{"Mary Smith spoke", 0, gazFirst, posU, true},
		{"Mary Smith spoke", 1, gazLast, posU, true},
		{"flew to malaysia", 2, 0, lowerBit + gazCountry, true}, // the lower-case match bit
	}
	g := gaz()
	for _, tc := range tests {
		forms := strings.Fields(tc.text)
		out := make([]uint64, len(forms))
		g.match(forms, out)
		got := out[tc.i]&(1<<uint(tc.kind*numPos+tc.pos)) != 0
		if got != tc.want {
			t.Errorf("%q token %d kind %d pos %d: got %v (bits %b)", tc.text, tc.i, tc.kind, tc.pos, got, out[tc.i])
		}
	}
}
