package export

import (
	"context"
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/store"
)

func readCSV(t *testing.T, s string, header []string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(s))
	r.FieldsPerRecord = len(header)
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	if len(rows) == 0 || !slices.Equal(rows[0], header) {
		t.Fatalf("header %v, want %v", rows[0], header)
	}
	return rows[1:]
}

// Every claim, entity and event comes back from the CSV with its text and
// offsets intact (the fixture has quotes and commas inside claims).
func TestCSV(t *testing.T) {
	st, docs := openFixture(t)
	claims := readCSV(t, exportString(t, st, "csv-claims", Filter{}, Options{}), CSVClaimColumns)
	actors := readCSV(t, exportString(t, st, "csv-actors", Filter{}, Options{}), CSVActorColumns)
	events := readCSV(t, exportString(t, st, "csv-events", Filter{}, Options{}), CSVEventColumns)
	var wantClaims, wantActors, wantEvents [][]string
	quoted := false
	for _, a := range docs {
		for _, c := range a.Claims {
			wantClaims = append(wantClaims, []string{a.Document.ID, c.ID, strconv.Itoa(c.Span.Start), strconv.Itoa(c.Span.End), c.Span.Text})
			quoted = quoted || strings.ContainsAny(c.Span.Text, "\",")
		}
		for _, e := range a.Entities {
			wantActors = append(wantActors, []string{a.Document.ID, e.ID, e.Name, e.Type})
		}
		for _, v := range a.Events {
			wantEvents = append(wantEvents, []string{a.Document.ID, v.ID, v.Type})
		}
	}
	if !quoted {
		t.Error("no claim with a quote or comma in the fixture: quoting is not tested")
	}
	for _, tc := range []struct {
		name      string
		got, want [][]string
	}{{"claims", claims, wantClaims}, {"actors", actors, wantActors}, {"events", events, wantEvents}} {
		if len(tc.got) != len(tc.want) || len(tc.want) == 0 {
			t.Errorf("%s: %d rows, want %d", tc.name, len(tc.got), len(tc.want))
			continue
		}
		for i, w := range tc.want {
			if !slices.Equal(tc.got[i][:len(w)], w) {
				t.Errorf("%s row %d: %q, want %q", tc.name, i+1, tc.got[i][:len(w)], w)
			}
		}
	}
}

// The claim filters keep exactly the claims `hearsay claims` lists.
func TestFilter(t *testing.T) {
	st, docs := openFixture(t)
	for _, f := range []Filter{{About: "Pakistan"}, {Certainty: "possible"}, {Search: "helicopters"}, {Outlet: "Herat Times"}} {
		rows := readCSV(t, exportString(t, st, "csv-claims", f, Options{}), CSVClaimColumns)
		var got []string
		for _, r := range rows {
			got = append(got, r[0]+":"+r[1])
		}
		var want []string
		if f.Outlet != "" {
			for _, a := range docs {
				if strings.EqualFold(val(a.Document.Outlet), f.Outlet) {
					for _, c := range a.Claims {
						want = append(want, a.Document.ID+":"+c.ID)
					}
				}
			}
		} else {
			cs, err := st.Claims(context.Background(), store.ClaimQuery{About: f.About, Certainty: f.Certainty, Search: f.Search})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cs {
				want = append(want, c.ID)
			}
		}
		slices.Sort(got)
		slices.Sort(want)
		if len(want) == 0 || len(want) == countClaims(docs) {
			t.Errorf("%+v selects %d of %d claims: not a test of filtering", f, len(want), countClaims(docs))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%+v: exported %v, want %v", f, got, want)
		}
	}
}

func TestFilterRejects(t *testing.T) {
	st, _ := openFixture(t)
	for _, f := range []Filter{{Certainty: "sure"}, {Polarity: "mixed"}} {
		w, _ := New("csv-claims", io.Discard, Options{})
		err := Export(context.Background(), st, f, w)
		if err == nil || (!strings.Contains(err.Error(), `"sure"`) && !strings.Contains(err.Error(), `"mixed"`)) {
			t.Errorf("%+v: %v, want an error naming the value", f, err)
		}
	}
}

func TestNewRejects(t *testing.T) {
	for _, tc := range []struct {
		format string
		opts   Options
		want   string
	}{
		{"rdfxml", Options{}, `format "rdfxml"`},
		{"gexf", Options{Graph: "people"}, `graph "people"`},
	} {
		_, err := New(tc.format, nil, tc.opts)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%q, %+v): %v, want an error naming %s", tc.format, tc.opts, err, tc.want)
		}
	}
}
