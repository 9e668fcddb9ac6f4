package timex

import (
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
)

func TestFindText(t *testing.T) {
	tests := []struct {
		text, ref string
		want      []string // "text=value"
	}{
		{"The minister spoke on March 3 about the budget.", "2020-03-05", []string{"March 3=2020-03-03"}},
		{"The minister spoke on March 3 about the budget.", "", []string{"March 3=03-03"}},
		{"Convoys have crossed the border since early June.", "2019-07-01", []string{"early June=2019-06"}},
		{"Convoys have crossed the border since early June.", "", []string{"early June=06"}},
		{"Rebels may march on the capital.", "2019-07-01", nil},
		{"In May the army withdrew.", "2019-07-01", []string{"May=2019-05"}},
		{"The strike came in mid-2017.", "2019-07-01", []string{"mid-2017=2017"}},
		{"He was arrested in 2015 and 300 people protested.", "", []string{"2015=2015"}},
		{"Talks resumed on Oct. 4, 2018.", "", []string{"Oct. 4, 2018=2018-10-04"}},
		{"Talks resumed on Oct. 4.", "2018-10-09", []string{"Oct. 4=2018-10-04"}},
		{"The vote is set for January 15.", "2019-12-20", []string{"January 15=2020-01-15"}},
		// A weekday is the last one, unless it is said to lie ahead.
		{"A summit was held on Sunday.", "2026-03-14", []string{"Sunday=2026-03-08"}},
		{"A summit could be held as early as Sunday.", "2026-03-14", []string{"Sunday=2026-03-15"}},
		{"Prices have risen since early June.", "2021-03-11", []string{"early June=2020-06"}},
		{"The summit in June drew crowds.", "2021-03-11", []string{"June=2020-06"}},
		{"Shelling continued on March 14.", "2021-03-11", []string{"March 14=2021-03-14"}},
		{"Shelling has continued since March 14.", "2021-03-11", []string{"March 14=2020-03-14"}},
		{"The attack took place on December 28.", "2020-01-04", []string{"December 28=2019-12-28"}},
		{"She resigned on 12 April 2016.", "", []string{"12 April 2016=2016-04-12"}},
		{"Police detained him yesterday.", "2021-03-10", []string{"yesterday=2021-03-09"}},
		{"Police detained him yesterday.", "", []string{"yesterday="}},
		{"The ministers met on Monday.", "2021-03-11", []string{"Monday=2021-03-08"}},
		// The weekday of publication is that day.
		{"The ministers met on Thursday.", "2021-03-11", []string{"Thursday=2021-03-11"}},
		// "last" and "next" skip the day of publication (a Thursday).
		{"The ministers met last Tuesday.", "2021-03-11", []string{"last Tuesday=2021-03-09"}},
		{"The ministers met last Thursday.", "2021-03-11", []string{"last Thursday=2021-03-04"}},
		{"They meet next Thursday.", "2021-03-11", []string{"next Thursday=2021-03-18"}},
		{"They meet next Monday.", "2021-03-11", []string{"next Monday=2021-03-15"}},
		{"Troops were deployed last week.", "2021-03-11", []string{"last week=2021-03"}},
		// A week is the month of its Thursday, across a month's end too.
		{"Troops were deployed last week.", "2021-03-03", []string{"last week=2021-02"}},
		{"Troops were deployed last week.", "2021-04-07", []string{"last week=2021-04"}},
		{"Troops were deployed last weekend.", "2021-03-03", []string{"last weekend=2021-02"}},
		{"Sanctions were imposed last month.", "2021-03-11", []string{"last month=2021-02"}},
		{"The deal was signed three days ago.", "2021-03-11", []string{"three days ago=2021-03-08"}},
		{"Elections are due next year.", "2021-03-11", []string{"next year=2022"}},
		{"The report (2021-02-01) names 27 soldiers.", "", []string{"2021-02-01=2021-02-01"}},
		{"From Monday to Friday, 2 convoys left.", "2021-03-11", []string{"Monday=2021-03-08", "Friday=2021-03-05"}},
		{"Talks resume tonight; envoys met this morning.", "2021-03-11", []string{"tonight=2021-03-11", "this morning=2021-03-11"}},
		{"Over the past week, 12 people died.", "2021-03-11", []string{"past week=2021-03"}},
		{"The vote was held earlier this month.", "2021-03-11", []string{"this month=2021-03"}},
	}
	for _, tc := range tests {
		got := FindText(tc.text, tc.ref)
		var gs []string
		for _, e := range got {
			if sl := string([]rune(tc.text)[e.Span.Start:e.Span.End]); sl != e.Text {
				t.Errorf("%q: span %v gives %q, text says %q", tc.text, e.Span, sl, e.Text)
			}
			gs = append(gs, e.Text+"="+e.Value)
		}
		if len(gs) != len(tc.want) {
			t.Errorf("FindText(%q, %q) = %v, want %v", tc.text, tc.ref, gs, tc.want)
			continue
		}
		for i := range gs {
			if gs[i] != tc.want[i] {
				t.Errorf("FindText(%q, %q) = %v, want %v", tc.text, tc.ref, gs, tc.want)
				break
			}
		}
	}
}

func TestFindOffsets(t *testing.T) {
	d := doc.New("Überall — the siege began on 5 May.")
	d.Published = "2022-06-01"
	got := Find(d, doc.Span{Start: 0, End: d.Len()})
	if len(got) != 1 || d.Slice(got[0].Span) != "5 May" || got[0].Value != "2022-05-05" {
		t.Fatalf("Find = %+v", got)
	}
	if Find(d, doc.Span{Start: 3, End: 1000}) != nil {
		t.Errorf("a span past the end must give nil")
	}
}

// FindPast never puts a date without a year after the reference; Find
// lets one a little ahead stand.
func TestFindPast(t *testing.T) {
	d := doc.New("He said in December that talks would resume on January 10.")
	d.Published = "2025-11-14"
	all := doc.Span{Start: 0, End: d.Len()}
	for _, c := range []struct {
		find func(*doc.Doc, doc.Span) []Expr
		want []string
	}{
		{Find, []string{"2025-12", "2026-01-10"}},
		{FindPast, []string{"2024-12", "2025-01-10"}},
	} {
		var got []string
		for _, e := range c.find(d, all) {
			got = append(got, e.Value)
		}
		if len(got) != len(c.want) || got[0] != c.want[0] || got[1] != c.want[1] {
			t.Errorf("got %v, want %v", got, c.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	if v := Normalize("late August", "2021-09-09"); v != "2021-08" {
		t.Errorf("Normalize(late August) = %q", v)
	}
	if v := Normalize("the weather", "2021-09-09"); v != "" {
		t.Errorf("Normalize(the weather) = %q", v)
	}
}

// TestRelative pins the calendar arithmetic of relative phrases; the
// values are those go-dateparser's Parse gave for the same phrases.
func TestRelative(t *testing.T) {
	tests := []struct{ ref, phrase, want string }{
		{"2021-03-10", "today", "2021-03-10"},
		{"2021-03-01", "yesterday", "2021-02-28"},
		{"2020-12-31", "tomorrow", "2021-01-01"},
		{"2021-03-10", "tuesday", "2021-03-09"},   // the day before a Wednesday
		{"2021-03-10", "wednesday", "2021-03-10"}, // the day of publication itself
		{"2021-03-10", "thursday", "2021-03-04"},
		{"2021-03-10", "last tuesday", "2021-03-09"},
		{"2021-03-09", "last tuesday", "2021-03-02"},
		{"2021-03-10", "this tuesday", "2021-03-09"},
		{"2021-03-10", "next tuesday", "2021-03-16"},
		{"2021-03-09", "next tuesday", "2021-03-16"},
		{"2021-03-10", "0 days ago", "2021-03-10"},
		{"2021-03-10", "3 weeks ago", "2021-02-17"},
		{"2021-03-31", "1 months ago", "2021-02-28"}, // clamped, not rolled into March
		{"2021-03-31", "13 months ago", "2020-02-29"},
		{"2020-02-29", "1 years ago", "2019-02-28"},
		{"2020-02-29", "4 years ago", "2016-02-29"},
		{"2021-03-31", "2020 years ago", "0001-03-31"},
		{"2021-03-31", "2021 years ago", ""}, // before year 1
		{"2021-01-01", "2020 years ago", ""}, // the zero time counts as unknown
		{"2021-03-31", "999999 days ago", ""},
		{"2021-03-31", "9999999999999999999999 days ago", ""},
		{"2021-03-31", "3 fortnights ago", ""},
		{"2021-03-31", "the day", ""},
	}
	for _, tc := range tests {
		ref, _ := parseRef(tc.ref)
		got := ""
		if d, ok := relative(tc.phrase, ref); ok {
			got = d.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("relative(%q, %s) = %q, want %q", tc.phrase, tc.ref, got, tc.want)
		}
	}
}

func TestClockTime(t *testing.T) {
	for w, want := range map[string]bool{"10:30": true, "9:05": true, "10:3": false, "a:30": false, "1030": false, "100:30": false} {
		if got := ClockTime(w); got != want {
			t.Errorf("ClockTime(%q) = %v, want %v", w, got, want)
		}
	}
}
