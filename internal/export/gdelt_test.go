package export

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/contract"
)

// readTSV splits GDELT rows the way GDELT's own readers do: lines, then
// tabs, no quoting.
func readTSV(t *testing.T, s string, cols int) [][]string {
	t.Helper()
	var rows [][]string
	for i, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		if line == "" {
			continue
		}
		r := strings.Split(line, "\t")
		if len(r) != cols {
			t.Fatalf("row %d has %d columns, want %d: %q", i+1, len(r), cols, line)
		}
		rows = append(rows, r)
	}
	return rows
}

func TestGDELTEvents(t *testing.T) {
	st, docs := openFixture(t)
	if len(GDELTEventColumns) != 61 || len(GDELTMentionColumns) != 16 {
		t.Fatalf("GDELT 2.0 has 61 event and 16 mention columns, have %d and %d", len(GDELTEventColumns), len(GDELTMentionColumns))
	}
	rows := readTSV(t, exportString(t, st, "gdelt", Filter{}, Options{}), 61)
	if len(rows) != countEvents(docs) {
		t.Fatalf("%d event rows, want %d", len(rows), countEvents(docs))
	}
	byID := map[string][]string{}
	for _, r := range rows {
		if _, err := strconv.ParseUint(r[0], 10, 63); err != nil {
			t.Errorf("GlobalEventID %q is not an integer", r[0])
		}
		byID[r[0]] = r
		// Columns Hearsay never knows stay empty.
		for _, c := range []int{8, 9, 10, 11, 12, 13, 14, 30, 34, 59} {
			if r[c] != "" {
				t.Errorf("column %s = %q, want empty", GDELTEventColumns[c], r[c])
			}
		}
	}
	for _, a := range docs {
		x := index(a)
		for _, v := range a.Events {
			r := byID[strconv.FormatUint(numericID(a.Document.ID, v.ID), 10)]
			if r == nil {
				t.Fatalf("event %s:%s missing", a.Document.ID, v.ID)
			}
			if e := x.entity(v.Actor); e != nil && r[6] != strings.ToUpper(e.Name) {
				t.Errorf("Actor1Name %q, want %q", r[6], strings.ToUpper(e.Name))
			}
			if e := x.entity(v.Recipient); e != nil && r[17] != entityA3(e) {
				t.Errorf("Actor2CountryCode %q, want %q", r[17], entityA3(e))
			}
			if r[60] != val(a.Document.URL) {
				t.Errorf("SOURCEURL %q, want %q", r[60], val(a.Document.URL))
			}
			if want := val(a.Document.Published); v.Time == nil && want != "" && r[1] != strings.ReplaceAll(want, "-", "") {
				t.Errorf("Day %q, want the publication date %s", r[1], want)
			}
			if cameoRoot[v.Type] != r[28] {
				t.Errorf("%s: EventRootCode %q, want %q", v.Type, r[28], cameoRoot[v.Type])
			}
		}
	}
}

func TestGDELTMentions(t *testing.T) {
	st, docs := openFixture(t)
	rows := readTSV(t, exportString(t, st, "gdelt-mentions", Filter{}, Options{}), 16)
	if len(rows) != countEvents(docs) {
		t.Fatalf("%d mention rows, want %d", len(rows), countEvents(docs))
	}
	byID := map[string][]string{}
	for _, r := range rows {
		byID[r[0]] = r
	}
	for _, a := range docs {
		for _, v := range a.Events {
			r := byID[strconv.FormatUint(numericID(a.Document.ID, v.ID), 10)]
			if r == nil {
				t.Fatalf("no mention of event %s:%s", a.Document.ID, v.ID)
			}
			if r[9] != strconv.Itoa(v.Trigger.Start) {
				t.Errorf("ActionCharOffset %s, want trigger start %d", r[9], v.Trigger.Start)
			}
			if u := val(a.Document.URL); u != "" && (r[3] != "1" || r[5] != u) {
				t.Errorf("MentionType %s identifier %q, want 1 and %q", r[3], r[5], u)
			}
			if !strings.Contains(r[15], `doc="`+a.Document.ID+`"`) {
				t.Errorf("Extras %q does not name document %s", r[15], a.Document.ID)
			}
		}
	}
}

// Tabs, line breaks and quotes inside names must not break the rows.
func TestGDELTHostileText(t *testing.T) {
	name := "Front \"for\"\tthe\nValley"
	text := name + " attacked the town."
	a := &contract.Analysis{Document: contract.Document{ID: "d1", Text: text},
		Entities: []contract.Entity{{ID: "e1", Name: name, Type: "group", Mentions: []contract.Mention{{Span: contract.Span{Start: 0, End: 22, Text: name}, Kind: "name"}}}},
		Events:   []contract.Event{{ID: "v1", Type: "ASSAULT", Trigger: contract.Span{Start: 23, End: 31, Text: "attacked"}, Actor: ptr("e1")}}}
	for _, f := range []struct {
		format string
		cols   int
	}{{"gdelt", 61}, {"gdelt-mentions", 16}} {
		var b bytes.Buffer
		w, _ := New(f.format, &b, Options{})
		if err := w.WriteDoc(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		w.Close()
		rows := readTSV(t, b.String(), f.cols)
		if len(rows) != 1 {
			t.Fatalf("%s: %d rows, want 1", f.format, len(rows))
		}
		if f.format == "gdelt" && rows[0][6] != `FRONT "FOR" THE VALLEY` {
			t.Errorf("Actor1Name %q", rows[0][6])
		}
	}
}

func ptr(s string) *string { return &s }
