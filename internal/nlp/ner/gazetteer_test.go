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
		{"fighting in Badakhshan", 2, gazRegion, posU, true},    // "Badakhshān" without its mark
		{"fighting in Badakhshān", 2, gazRegion, posU, true},
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

func TestKindSet(t *testing.T) {
	for _, tc := range []struct {
		bits uint64
		want uint64
	}{
		{0, 0},
		{1 << (gazCountry*numPos + posU), 1 << gazCountry},
		{1<<(gazFirst*numPos+posB) | 1<<(gazLast*numPos+posL) | 1<<(gazFirst*numPos+posI), 1<<gazFirst | 1<<gazLast},
		{1 << (lowerBit + gazCity), 0}, // lower-case matches are not kinds of a capitalised run
	} {
		if got := kindSet(tc.bits); got != tc.want {
			t.Errorf("kindSet(%b) = %b, want %b", tc.bits, got, tc.want)
		}
	}
}
