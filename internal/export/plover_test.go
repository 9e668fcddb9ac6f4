package export

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/geo"
)

func TestPLOVER(t *testing.T) {
	st, docs := openFixture(t)
	out := exportString(t, st, "plover", Filter{}, Options{})
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if want := countEvents(docs); len(lines) != want || want == 0 {
		t.Fatalf("%d PLOVER lines, want one per event (%d)", len(lines), want)
	}
	alpha3 := regexp.MustCompile(`^[A-Z]{3}$`)
	byID := map[string]map[string]any{}
	for i, line := range lines {
		var r map[string]any
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		for _, f := range []string{"id", "date", "event", "event_text", "text", "cite_info"} {
			if _, ok := r[f]; !ok {
				t.Errorf("line %d: no PLOVER field %q: %s", i+1, f, line)
			}
		}
		byID[r["id"].(string)] = r
	}
	// Every event's actor with a known state is that state's alpha-3 code,
	// and the event text is the trigger's words.
	checked := 0
	for _, a := range docs {
		x := index(a)
		for _, v := range a.Events {
			r := byID[a.Document.ID+"-"+v.ID]
			if r == nil {
				t.Fatalf("event %s:%s not exported", a.Document.ID, v.ID)
			}
			if r["event"] != v.Type || r["event_text"] != v.Trigger.Text {
				t.Errorf("%s: event %v %q, want %s %q", r["id"], r["event"], r["event_text"], v.Type, v.Trigger.Text)
			}
			e := x.entity(v.Actor)
			if e == nil || e.Country == nil {
				continue
			}
			c, _ := geo.CountryOf(*e.Country)
			if r["actor"] != c.A3 || !alpha3.MatchString(r["actor"].(string)) {
				t.Errorf("%s: actor %v, want alpha-3 %q of %s", r["id"], r["actor"], c.A3, e.Name)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Error("no event with a state actor in the fixture: the alpha-3 check ran on nothing")
	}
}
