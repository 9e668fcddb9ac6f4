package export

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/geo"
)

// GDELTEventColumns are the 61 columns of a GDELT 2.0 event record, in the
// order of the GDELT Event Database Data Format Codebook V2.0 (2015-02-19).
// GDELT files carry no header row; the names are here for readers.
var GDELTEventColumns = []string{
	"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELTMentionColumns are the 16 columns of a GDELT 2.0 mentions record.
var GDELTMentionColumns = []string{
	"GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
	"MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
	"InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
}

// cameoRoot maps a PLOVER event type to its CAMEO root code where the
// crosswalk published with PLOVER (openeventdata/PLOVER README.md, table
// "PLOVER event categories", and CAMEO2PLOVER-2021.txt) gives that type
// one root. ACCUSE (CAMEO 09 and 11) and REQUEST (no row) have none, so
// their EventRootCode stays empty.
var cameoRoot = map[string]string{
	"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
	"CONCEDE": "08", "RETREAT": "08", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
	"MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18",
}

// quadClass maps a PLOVER event type to GDELT's QuadClass (1 verbal
// cooperation, 2 material cooperation, 3 verbal conflict, 4 material
// conflict) after the quad table of the PLOVER README. Types the table
// does not list (ACCUSE, REQUEST) stay empty.
var quadClass = map[string]string{
	"AGREE": "1", "CONSULT": "1", "SUPPORT": "1", "CONCEDE": "1",
	"COOPERATE": "2", "AID": "2", "RETREAT": "2",
	"REJECT": "3", "THREATEN": "3", "SANCTION": "3",
	"PROTEST": "4", "MOBILIZE": "4", "COERCE": "4", "ASSAULT": "4",
}

// tsvWriter writes tab-separated rows without quoting, as GDELT does;
// tabs and line breaks inside a value become spaces so that every row
// keeps its column count.
type tsvWriter struct {
	w    *bufio.Writer
	cols int
}

var tsvClean = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

func (t *tsvWriter) row(cells []string) error {
	if len(cells) != t.cols {
		return fmt.Errorf("export: row of %d columns, want %d", len(cells), t.cols)
	}
	for i, c := range cells {
		if i > 0 {
			t.w.WriteByte('\t')
		}
		t.w.WriteString(tsvClean.Replace(c))
	}
	_, err := t.w.WriteString("\n")
	return err
}

type gdeltEvents struct{ t tsvWriter }

// NewGDELTEvents returns a writer of GDELT 2.0 event records, one
// tab-separated row of 61 columns per event. What Hearsay knows fills its
// column: the date, actors' names and alpha-3 country codes, the CAMEO
// root code and QuadClass from the PLOVER crosswalk, the place of the
// event, the URL. What it does not know (CAMEO role and group codes,
// Goldstein scale, tone, FIPS geo codes, coordinates, DATEADDED) is empty.
func NewGDELTEvents(w io.Writer) DocWriter {
	return &gdeltEvents{t: tsvWriter{w: bw(w), cols: len(GDELTEventColumns)}}
}

func (g *gdeltEvents) WriteDoc(_ context.Context, a *contract.Analysis) error {
	x := index(a)
	for i := range a.Events {
		if err := g.t.row(gdeltEventRow(x, &a.Events[i])); err != nil {
			return err
		}
	}
	return nil
}

func (g *gdeltEvents) Close() error { return g.t.w.Flush() }

// gdeltDate reads the event's date: its own time value when that is a
// full day, else the document's publication date (GDELT's Day is the
// date of the reporting article unless the text dates the event).
func gdeltDate(x *docIndex, v *contract.Event) (time.Time, bool) {
	if v.Time != nil {
		if t, err := time.Parse("2006-01-02", val(v.Time.Value)); err == nil {
			return t, true
		}
	}
	if p := val(x.a.Document.Published); len(p) >= 10 {
		if t, err := time.Parse("2006-01-02", p[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func gdeltEventRow(x *docIndex, v *contract.Event) []string {
	r := make([]string, len(GDELTEventColumns))
	r[0] = strconv.FormatUint(numericID(x.a.Document.ID, v.ID), 10)
	if t, ok := gdeltDate(x, v); ok {
		r[1] = t.Format("20060102")
		r[2] = t.Format("200601")
		r[3] = t.Format("2006")
		// The codebook's approximation: YEAR + (MONTH*30 + DAY) / 365.
		r[4] = strconv.FormatFloat(float64(t.Year())+float64(int(t.Month())*30+t.Day())/365, 'f', 4, 64)
	}
	actor := func(off int, e *contract.Entity) {
		if e == nil {
			return
		}
		a3 := entityA3(e)
		if e.Type == "country" {
			// CAMEO's country codes are ISO alpha-3; a state actor's full
			// CAMEO code is its country code alone.
			r[off] = a3
		}
		r[off+1] = strings.ToUpper(e.Name)
		r[off+2] = a3
	}
	actor(5, x.entity(v.Actor))
	actor(15, x.entity(v.Recipient))
	r[28] = cameoRoot[v.Type]
	r[29] = quadClass[v.Type]
	// One Hearsay event is one mention in one article.
	r[31], r[32], r[33] = "1", "1", "1"
	if e := x.entity(v.Location); e != nil {
		r[51], r[52] = geoType(e), e.Name
	}
	r[60] = val(x.a.Document.URL)
	return r
}

// geoType is GDELT's geographic resolution of a place: 1 country, 2 US
// state, 3 US city, 4 world city, 5 world state (any first-level
// subdivision); "" when the place is not in the geo table.
func geoType(e *contract.Entity) string {
	if e.Type == "country" {
		return "1"
	}
	p, ok := geo.PlaceOf(e.Name)
	if !ok {
		return ""
	}
	city := p.Kind == "city" || p.Kind == "capital" || p.Kind == "town"
	switch {
	case p.Country == "US" && city:
		return "3"
	case p.Country == "US" && p.Kind == "state":
		return "2"
	case city:
		return "4"
	}
	return "5"
}

type gdeltMentions struct{ t tsvWriter }

// NewGDELTMentions returns a writer of the GDELT 2.0 mentions table: one
// row of 16 columns per event, tying its GlobalEventID to the document
// (MentionIdentifier: the URL, or a citation when there is none) and to
// the offsets of its actors and trigger. Offsets count code points; the
// Extras column holds the Hearsay document and event IDs and the
// trigger's end as XML, the form GDELT documents for that column.
func NewGDELTMentions(w io.Writer) DocWriter {
	return &gdeltMentions{t: tsvWriter{w: bw(w), cols: len(GDELTMentionColumns)}}
}

func (g *gdeltMentions) WriteDoc(_ context.Context, a *contract.Analysis) error {
	x := index(a)
	d := a.Document
	mtype, ident, source := "2", citation(d), val(d.Outlet)
	if u := val(d.URL); u != "" {
		mtype, ident = "1", u
		if source == "" {
			if pu, err := url.Parse(u); err == nil {
				source = pu.Hostname()
			}
		}
	}
	doclen := strconv.Itoa(utf8.RuneCountInString(d.Text))
	for i := range a.Events {
		v := &a.Events[i]
		r := make([]string, len(GDELTMentionColumns))
		r[0] = strconv.FormatUint(numericID(d.ID, v.ID), 10)
		r[3], r[4], r[5] = mtype, source, ident
		if n, _ := x.sentenceOf(v.Trigger.Start); n > 0 {
			r[6] = strconv.Itoa(n)
		}
		r[7] = mentionOffset(x.entity(v.Actor), v.Trigger.Start)
		r[8] = mentionOffset(x.entity(v.Recipient), v.Trigger.Start)
		r[9] = strconv.Itoa(v.Trigger.Start)
		r[10] = "1" // Hearsay reads the document's own text, never a translation
		r[12] = doclen
		r[15] = extras(d.ID, v)
		if err := g.t.row(r); err != nil {
			return err
		}
	}
	return nil
}

func (g *gdeltMentions) Close() error { return g.t.w.Flush() }

// mentionOffset is the start of e's mention nearest the trigger, or "-1"
// as GDELT writes an actor it did not find.
func mentionOffset(e *contract.Entity, pos int) string {
	if e == nil {
		return "-1"
	}
	m := nearestMention(e, pos)
	if m == nil {
		return "-1"
	}
	return strconv.Itoa(m.Start)
}

func citation(d contract.Document) string {
	var parts []string
	for _, p := range []*string{d.Outlet, d.Title, d.Published} {
		if s := val(p); s != "" {
			parts = append(parts, s)
		}
	}
	parts = append(parts, "hearsay document "+d.ID)
	return strings.Join(parts, ". ")
}

func extras(doc string, v *contract.Event) string {
	var b strings.Builder
	b.WriteString("<HEARSAY")
	for _, kv := range [][2]string{{"doc", doc}, {"event", v.ID}, {"claim", val(v.Claim)}, {"certainty", v.Certainty},
		{"trigger_start", strconv.Itoa(v.Trigger.Start)}, {"trigger_end", strconv.Itoa(v.Trigger.End)}} {
		if kv[1] == "" {
			continue
		}
		b.WriteString(" " + kv[0] + `="`)
		xml.EscapeText(&b, []byte(kv[1]))
		b.WriteString(`"`)
	}
	b.WriteString("/>")
	return b.String()
}
