package segment

import (
	_ "embed"
	"fmt"
	"strings"
)

// abbreviationList is general English, not tuned to any one text. It lives
// in a file so that it reads as data and can grow without touching code.
//
//go:embed abbreviations.txt
var abbreviationList string

// Abbreviation classes.
const (
	abbrNone   = iota
	abbrTitle  // precedes a name: never ends a sentence ("Mr.", "Gen.")
	abbrNumber // keeps its period only before a number ("No. 5")
	abbrOther  // may end a sentence ("Inc.", "Jr.", "Sept.")
)

// lexicon holds the abbreviation classes, keyed by the form without its
// final period.
type lexicon struct {
	abbr map[string]int
}

func parseLexicon(src string, extra []string) (*lexicon, error) {
	lx := &lexicon{abbr: map[string]int{}}
	class := abbrNone
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case line == "[title]":
			class = abbrTitle
		case line == "[number]":
			class = abbrNumber
		case line == "[other]":
			class = abbrOther
		case class == abbrNone:
			return nil, fmt.Errorf("segment: abbreviations.txt:%d: %q before any [section]", n+1, line)
		default:
			lx.abbr[strings.TrimSuffix(line, ".")] = class
		}
	}
	for _, a := range extra {
		a = strings.TrimSuffix(strings.TrimSpace(a), ".")
		if a == "" || strings.ContainsFunc(a, isSpaceRune) {
			return nil, fmt.Errorf("segment: extra abbreviation %q is empty or contains white space", a)
		}
		if _, ok := lx.abbr[a]; !ok {
			lx.abbr[a] = abbrOther
		}
	}
	return lx, nil
}

// class returns the abbreviation class of w (the token without its final
// period). An entry in lower case also matches its capitalised form, so
// "etc" covers "Etc." at the start of a sentence.
func (lx *lexicon) class(w string) int {
	if c, ok := lx.abbr[w]; ok {
		return c
	}
	if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
		low := string(w[0]+'a'-'A') + w[1:]
		if c, ok := lx.abbr[low]; ok && c != abbrTitle {
			return c
		}
	}
	return abbrNone
}
