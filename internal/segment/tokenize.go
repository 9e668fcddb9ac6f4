package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tokenizer is written by hand rather than taken from a library
// because none on offer follows the UD English-EWT conventions the tagger
// and parser are trained on, and every token must keep its exact offsets
// into the text, which rewriting tokenizers lose. The best Go candidate,
// prose v3, merges "...Jan. 5. They..." into one sentence and ignores
// paragraph breaks; on the EWT test set it scores token F1 0.962 and
// sentence F1 0.690 where this package scores 0.989 and 0.853
// (TestEWTBaseline and TestEWT).
//
// It works in three passes over each white-space separated chunk: peel
// punctuation off the front, peel punctuation off the back (deciding
// whether a final period belongs to an abbreviation), then split the core
// at punctuation inside it and at clitics. Pieces produced by an inner
// split go through all three passes again, so "Jr.—and" and "U.S.-led"
// are handled by the same rules as free-standing words.

// bspan is a token as a byte range of the text; only Run converts it to
// code points.
type bspan struct{ start, end int }

type tokenizer struct {
	lex  *lexicon
	text string
	out  []bspan
	// within, chain and chainHyph cache numericHyphens.
	within    bspan
	chain     bspan
	chainHyph int
}

// isSpaceRune reports whether r separates tokens. Zero-width spaces, the
// byte-order mark and control characters are treated as space so they
// never end up inside a token.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff' || unicode.Is(unicode.Cc, r)
}

// decode returns the rune at byte i. An invalid byte decodes as
// utf8.RuneError with size 1 and counts as space: it cannot be part of a
// word, and Doc.Text from the extract stage is always valid UTF-8.
func decode(s string, i int) (rune, int) {
	r, n := utf8.DecodeRuneInString(s[i:])
	return r, n
}

func isSep(s string, i int) (bool, int) {
	r, n := decode(s, i)
	return isSpaceRune(r) || (r == utf8.RuneError && n == 1), n
}

func (z *tokenizer) tokenize(text string) []bspan {
	z.text = text
	z.out = z.out[:0]
	i := 0
	for i < len(text) {
		if sp, n := isSep(text, i); sp {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			sp, n := isSep(text, j)
			if sp {
				break
			}
			j += n
		}
		z.chunk(i, j, z.nextWord(j))
		i = j
	}
	return z.out
}

// nextWord returns the start of the chunk after byte j, used to decide
// whether "No." is followed by a number.
func (z *tokenizer) nextWord(j int) string {
	for j < len(z.text) {
		sp, n := isSep(z.text, j)
		if !sp {
			break
		}
		j += n
	}
	return z.text[j:min(len(z.text), j+16)]
}

func (z *tokenizer) emit(s, e int) {
	if e > s {
		z.out = append(z.out, bspan{s, e})
	}
}

// chunk tokenizes text[s:e], which contains no space. next is the text
// that follows it.
func (z *tokenizer) chunk(s, e int, next string) {
	// Only a chunk that could be a URL or an address is tested against
	// the patterns, once per peeling step; testing every chunk would make
	// long runs of punctuation quadratic.
	url := e-s <= maxURL && mayBeAddress(z.text[s:e])
	whole := func(s, e int) bool { return (url || e-s <= 6) && z.whole(s, e) }
	for s < e && !whole(s, e) {
		n := z.leading(s, e)
		if n == 0 {
			break
		}
		z.emit(s, s+n)
		s += n
	}
	if s >= e {
		return
	}
	var tailBuf [4]bspan
	tail := tailBuf[:0]
	for e > s && !whole(s, e) {
		n := z.trailing(s, e, next)
		if n == 0 {
			break
		}
		tail = append(tail, bspan{e - n, e})
		e -= n
	}
	if e > s {
		z.core(s, e, next)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		z.emit(tail[k].start, tail[k].end)
	}
}

// mayBeAddress reports whether w has an "@" or a period followed by a
// letter or digit, without which it cannot be a URL or an e-mail address
// ("said." is not tested).
func mayBeAddress(w string) bool {
	if strings.IndexByte(w, '@') >= 0 {
		return true
	}
	for i := strings.IndexByte(w, '.'); i >= 0 && i+1 < len(w); {
		if c := w[i+1]; c >= 0x80 || unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)) {
			return true
		}
		j := strings.IndexByte(w[i+1:], '.')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// maxURL is the longest chunk, in bytes, tested as a URL or e-mail
// address.
const maxURL = 2048

// maxAbbr is the longest word, in bytes, tested as an abbreviation.
const maxAbbr = 16

var (
	reURL   = regexp.MustCompile(`^(?i:(?:(?:https?|ftp)://|mailto:)[^\s<>"]*[\p{L}\p{N}/#=_-]|www\.[^\s<>"]*[\p{L}\p{N}/#=_-]|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|mil|int|info|biz|io|co|uk|ru|de|fr|cn|af|pk|in|eu|us|ca|au|jp|ua|tv|me|news)(?:/[^\s<>"]*[\p{L}\p{N}/#=_-])?)$`)
	reEmail = regexp.MustCompile(`^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$`)
	// reDotted matches abbreviations written with inner periods: "U.S",
	// "a.m", "e.g", "Ph.D" (the final period is not part of the match).
	reDotted = regexp.MustCompile(`^(?:\p{L}{1,2}\.)+\p{L}{1,2}$`)
)

var clitics = map[string]bool{
	"'s": true, "'re": true, "'ve": true, "'ll": true, "'d": true, "'m": true, "n't": true,
}

// normApos lower-cases w and writes typographic apostrophes as ASCII ones,
// for comparing clitics.
func normApos(w string) string {
	return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
}

// whole reports whether text[s:e] is one token as it stands: a URL, an
// e-mail address, or a clitic standing alone ("'s" after a space).
func (z *tokenizer) whole(s, e int) bool {
	w := z.text[s:e]
	if len(w) <= 6 && clitics[normApos(w)] {
		return true
	}
	if !strings.ContainsAny(w, ".@") {
		return false
	}
	return reURL.MatchString(w) || reEmail.MatchString(w)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// run returns the length in bytes of the run of runes starting at i for
// which same reports true, stopping at e.
func (z *tokenizer) run(i, e int, same func(rune) bool) int {
	j := i
	for j < e {
		r, n := decode(z.text, j)
		if !same(r) {
			break
		}
		j += n
	}
	return j - i
}

// runBack is run going backwards from e.
func (z *tokenizer) runBack(s, e int, same func(rune) bool) int {
	j := e
	for j > s {
		r, n := utf8.DecodeLastRuneInString(z.text[s:j])
		if !same(r) {
			break
		}
		j -= n
	}
	return e - j
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' }

func isOneOf(set string) func(rune) bool {
	return func(r rune) bool { return strings.ContainsRune(set, r) }
}

func sameAs(r0 rune) func(rune) bool { return func(r rune) bool { return r == r0 } }

// leading returns the byte length of a punctuation token at the start of
// text[s:e], or 0 when the chunk starts with a word.
func (z *tokenizer) leading(s, e int) int {
	r, n := decode(z.text, s)
	var after rune = -1
	if s+n < e {
		after, _ = decode(z.text, s+n)
	}
	switch {
	case isWordRune(r):
		return 0
	case isTerminal(r):
		k := z.run(s, e, isTerminal)
		if k == 1 && r == '.' && isWordRune(after) {
			return 0 // ".5", ".NET"
		}
		return k
	case r == '-':
		k := z.run(s, e, sameAs('-'))
		if k == 1 && unicode.IsDigit(after) {
			return 0 // "-5"
		}
		return k
	case r == '+':
		if unicode.IsDigit(after) {
			return 0 // "+7" in phone numbers
		}
		return n
	case r == '#' || r == '@':
		if isWordRune(after) {
			return 0 // hashtags and handles
		}
		return n
	case r == '\'' || r == '’':
		if unicode.IsDigit(after) {
			return 0 // "'90s"
		}
		return z.run(s, e, sameAs(r))
	case r == '…':
		return z.run(s, e, sameAs(r))
	}
	// Brackets, quotes, dashes, stars, currency signs and any other
	// punctuation or symbol: a run of the same rune is one token ("**",
	// "<<", "''").
	return z.run(s, e, sameAs(r))
}

// trailing returns the byte length of a punctuation token at the end of
// text[s:e], or 0 when the chunk ends with a word (or with an
// abbreviation's period).
func (z *tokenizer) trailing(s, e int, next string) int {
	r, n := utf8.DecodeLastRuneInString(z.text[s:e])
	switch {
	case isWordRune(r):
		return 0
	case isTerminal(r):
		k := z.runBack(s, e, isTerminal)
		if k == 1 && r == '.' && e-1 > s && (z.keepPeriod(z.text[s:e-1], next) || z.beforeComma(s, e)) {
			return 0
		}
		return k
	case r == '+':
		if e-n > s {
			return 0 // "C++", "A+"
		}
		return n
	case r == '…':
		return z.runBack(s, e, sameAs(r))
	}
	return z.runBack(s, e, sameAs(r))
}

// beforeComma reports whether text[s:e] is a capitalised word and its
// period with a comma right after it ("Cambridge, Mass., said"): a period
// that ends a sentence is not followed by a comma, so it abbreviates the
// word, whether or not the word is listed.
func (z *tokenizer) beforeComma(s, e int) bool {
	if e >= len(z.text) || z.text[e] != ',' || e-1-s > maxAbbr {
		return false
	}
	r, _ := utf8.DecodeRuneInString(z.text[s:])
	return unicode.IsUpper(r) && z.run(s, e-1, unicode.IsLetter) == e-1-s
}

// keepPeriod reports whether the period after w belongs to w.
func (z *tokenizer) keepPeriod(w, next string) bool {
	if len(w) > maxAbbr {
		return false
	}
	// An initial ("Gonzalo P. Curiel"), even where the lower-case letter
	// is an abbreviation of its own ("p. 5" for a page).
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return true
	}
	switch z.lex.class(w) {
	case abbrTitle, abbrOther:
		return true
	case abbrNumber:
		r, _ := utf8.DecodeRuneInString(next)
		return unicode.IsDigit(r)
	}
	return reDotted.MatchString(w)
}

// core tokenizes text[s:e] after its leading and trailing punctuation has
// been peeled off: it splits at punctuation inside the chunk and hands
// each piece back to chunk; a piece with no inner split point becomes one
// word (or a word and its clitic).
func (z *tokenizer) core(s, e int, next string) {
	if z.whole(s, e) {
		z.emit(s, e)
		return
	}
	piece := s
	for i := s; i < e; {
		r, n := decode(z.text, i)
		if m := z.splitAt(s, e, i, r, n); m > 0 {
			if i > piece {
				z.chunk(piece, i, z.text[i:e])
			}
			z.emit(i, i+m)
			i += m
			piece = i
			continue
		}
		i += n
	}
	switch {
	case piece == s:
		z.word(s, e)
	case piece < e:
		z.chunk(piece, e, next)
	}
}

// splitAt returns the byte length of a punctuation token starting at byte
// i inside the chunk text[s:e], or 0 when the rune at i stays inside its
// word.
func (z *tokenizer) splitAt(s, e, i int, r rune, n int) int {
	if isWordRune(r) {
		return 0
	}
	var before, after rune = -1, -1
	if i > s {
		before, _ = utf8.DecodeLastRuneInString(z.text[s:i])
	}
	if i+n < e {
		after, _ = decode(z.text, i+n)
	}
	digits := unicode.IsDigit(before) && unicode.IsDigit(after)
	if i == s && strings.ContainsRune("-+#@.", r) && isWordRune(after) {
		return 0 // kept by leading: "-5", "#tag", "@user", ".NET"
	}
	if i == s && (r == '\'' || r == '’') && unicode.IsDigit(after) {
		return 0 // "'68"
	}
	switch r {
	case '.':
		if k := z.run(i, e, sameAs('.')); k > 1 {
			return k // "wait...what"
		}
		return 0 // "U.S", "3.5", "example.com"
	case ',', ':':
		if digits {
			return 0 // "1,000", "10:30"
		}
		return n
	case '-':
		if k := z.run(i, e, sameAs('-')); k > 1 {
			return k // "--" used as a dash
		}
		if !isWordRune(before) || !isWordRune(after) {
			return n
		}
		if unicode.IsDigit(before) && unicode.IsDigit(after) {
			// EWT splits ranges and scores ("5 - 3", "1990 - 2000") but
			// keeps phone numbers, postcodes and dates whole.
			b, a := z.digitsBefore(s, i), z.run(i+n, e, unicode.IsDigit)
			years := b == 4 && a == 4 && strings.ContainsRune("12", rune(z.text[i-4])) && strings.ContainsRune("12", rune(z.text[i+1]))
			if (b >= 3 && a >= 3 && !years) || z.numericHyphens(s, e, i) >= 2 {
				return 0
			}
			return n
		}
		if !hyphenPrefixes[strings.ToLower(z.component(s, i))] {
			return n // "search - engine", "AK - 47"
		}
		return 0 // "intra-Afghan", "mid-2004"
	case '/':
		if digits {
			return 0 // "24/7", "02/13/2001"
		}
		if isWordRune(before) && isWordRune(after) && utf8.RuneCountInString(z.component(s, i)) <= 2 && z.componentAfter(i+n, e) <= 2 {
			return 0 // "b/c", "w/o"
		}
		return n
	case '\'', '’':
		if isWordRune(before) && isWordRune(after) {
			return 0 // "O'Brien", "don't": clitics are split by word
		}
		return n
	case '_', '&', '@', '#', '+', '=', '%', '~', '^':
		if isWordRune(before) && isWordRune(after) {
			return 0 // "AT&T", "snake_case"
		}
		return n
	case '!', '?':
		return z.run(i, e, isTerminal)
	}
	return z.run(i, e, sameAs(r))
}

// component returns the letters and digits just before byte i, back to
// the previous hyphen, slash or chunk start.
func (z *tokenizer) component(s, i int) string {
	j := i
	for j > s {
		r, n := utf8.DecodeLastRuneInString(z.text[s:j])
		if !isWordRune(r) {
			break
		}
		j -= n
	}
	return z.text[j:i]
}

func (z *tokenizer) digitsBefore(s, i int) int {
	return z.runBack(s, i, unicode.IsDigit)
}

// numericHyphens counts the hyphens between digits in the run of word
// runes and hyphens around byte i, within text[s:e]: two or more make a
// phone number or a date ("1-800-991-9019", "11-20-2000"). The count is
// cached per run, so a long chain of hyphens is counted once.
func (z *tokenizer) numericHyphens(s, e, i int) int {
	if z.within == (bspan{s, e}) && z.chain.start <= i && i < z.chain.end {
		return z.chainHyph
	}
	isChain := func(r rune) bool { return r == '-' || isWordRune(r) }
	cs := i - z.runBack(s, i, isChain)
	ce := i + z.run(i, e, isChain)
	c := 0
	for j := cs + 1; j+1 < ce; j++ {
		if z.text[j] == '-' && isASCIIDigit(z.text[j-1]) && isASCIIDigit(z.text[j+1]) {
			c++
		}
	}
	z.within, z.chain, z.chainHyph = bspan{s, e}, bspan{cs, ce}, c
	return c
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

func (z *tokenizer) componentAfter(i, e int) int {
	return utf8.RuneCountInString(z.text[i : i+z.run(i, e, isWordRune)])
}

// hyphenPrefixes are bound prefixes after which UD English-EWT keeps a
// hyphenated word whole; it splits other compounds at the hyphen
// ("search - engine", "well - known").
var hyphenPrefixes = map[string]bool{
	"e": true, "x": true, "non": true, "co": true, "pre": true, "post": true, "re": true,
	"anti": true, "mid": true, "ex": true, "multi": true, "semi": true, "sub": true,
	"pro": true, "over": true, "un": true, "vice": true, "intra": true, "inter": true,
	"socio": true, "counter": true, "neo": true, "pseudo": true, "quasi": true, "ultra": true,
	"trans": true, "bi": true, "tri": true, "uni": true, "mega": true, "micro": true,
	"macro": true, "mini": true, "extra": true, "infra": true, "meta": true, "para": true,
	"proto": true, "hyper": true, "super": true, "cyber": true, "geo": true, "euro": true,
	"afro": true, "sino": true, "russo": true, "franco": true, "anglo": true, "indo": true,
	"pan": true, "de": true, "dis": true, "mis": true, "out": true, "under": true,
}

// nt are informal negations written without an apostrophe, which EWT
// splits like their apostrophe forms ("dont" → "do" "nt"). "cant" and
// "wont" are left alone: they are also English words.
var nt = map[string]bool{
	"dont": true, "didnt": true, "doesnt": true, "isnt": true, "wasnt": true, "arent": true,
	"werent": true, "couldnt": true, "wouldnt": true, "shouldnt": true, "hasnt": true,
	"havent": true, "hadnt": true,
}

// word emits text[s:e], a run of word runes possibly with inner periods,
// hyphens or apostrophes, splitting off a clitic.
func (z *tokenizer) word(s, e int) {
	w := z.text[s:e]
	low := normApos(w)
	switch {
	case strings.HasSuffix(low, "n't") && len(low) > 3:
		// The clitic starts at the n before the last apostrophe, whichever
		// apostrophe and case ("DON’T") the text uses.
		k := strings.LastIndexAny(w, "'’") - 1
		z.emit(s, s+k)
		z.emit(s+k, e)
		return
	case low == "cannot":
		z.emit(s, s+3)
		z.emit(s+3, e)
		return
	case low == "gonna" || low == "wanna" || low == "gotta" || nt[low]:
		z.emit(s, e-2)
		z.emit(e-2, e)
		return
	}
	if k := strings.LastIndexAny(w, "'’"); k > 0 {
		// "1980's" and "80's" are plurals, kept whole as in EWT.
		if r, _ := utf8.DecodeLastRuneInString(w[:k]); clitics[normApos(w[k:])] && !unicode.IsDigit(r) {
			z.emit(s, s+k)
			z.emit(s+k, e)
			return
		}
	}
	z.emit(s, e)
}
