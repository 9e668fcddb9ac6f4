package geo

import (
	"fmt"
	"slices"
	"sync"
	"testing"
)

func TestCountryOf(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"China", "CN"},
		{"People's Republic of China", "CN"},
		{"People’s Republic of China", "CN"},
		{"the United States", "US"},
		{"USA", "US"},
		{"U.S.", "US"},
		{"UK", "GB"},
		{"Great Britain", "GB"},
		{"Britain", "GB"},
		{"Holland", "NL"},
		{"Turkey", "TR"},
		{"America", "US"},
		{"Côte d'Ivoire", "CI"},
		{"Cote d'Ivoire", "CI"},
		{"Ivory Coast", "CI"},
		{"Russian Federation", "RU"},
		{"PK", "PK"},
		{"AFG", "AF"},
		{"Narnia", ""},
		{"", ""},
	} {
		got, ok := CountryOf(c.in)
		if got.A2 != c.want || ok != (c.want != "") {
			t.Errorf("CountryOf(%q) = %q, %v; want %q", c.in, got.A2, ok, c.want)
		}
	}
}

func TestByNameIgnoresBareCodes(t *testing.T) {
	for _, w := range []string{"IN", "IT", "ME", "no", "AND", "and", "Band", "As", "Us", "u.s."} {
		if c, ok := ByName(w); ok {
			t.Errorf("ByName(%q) = %s; a bare code must not match", w, c.A2)
		}
	}
}

func TestByDemonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Pakistani", "PK"}, {"Chinese", "CN"}, {"Tajik", "TJ"}, {"Afghan", "AF"},
		{"American", "US"}, {"British", "GB"}, {"Uzbek", "UZ"}, {"Russian", "RU"},
		{"french", "FR"}, {"Congolese", "CD"}, {"Helicopter", ""},
		// The singular of a plural name, not of any name ending in -s.
		{"Philippine", "PH"}, {"Cypru", ""},
	} {
		got, ok := ByDemonym(c.in)
		if got.A2 != c.want || ok != (c.want != "") {
			t.Errorf("ByDemonym(%q) = %q, %v; want %q", c.in, got.A2, ok, c.want)
		}
	}
}

func TestByCapital(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Islamabad", "PK"}, {"Moscow", "RU"}, {"Kabul", "AF"}, {"Washington", "US"},
		{"Washington D.C.", "US"}, {"Beijing", "CN"}, {"Herat", ""},
	} {
		got, ok := ByCapital(c.in)
		if got.A2 != c.want || ok != (c.want != "") {
			t.Errorf("ByCapital(%q) = %q, %v; want %q", c.in, got.A2, ok, c.want)
		}
	}
}

func TestPlaceOf(t *testing.T) {
	for _, c := range []struct{ in, country, kind string }{
		{"Kabul", "AF", "capital"},
		{"Herat", "AF", ""},
		{"Xinjiang Uygur Autonomous Region", "CN", "autonomous region"},
		{"Ontario", "CA", "province"},
		{"Texas", "US", "state"},
		{"Karachi", "PK", "city"},
		{"Izmir", "TR", ""},
		{"Brikama", "GM", "city"},
		{"Maryland", "US", "state"},
		{"Narnia", "", ""},
	} {
		got, ok := PlaceOf(c.in)
		if got.Country != c.country || ok != (c.country != "") || (c.kind != "" && got.Kind != c.kind) {
			t.Errorf("PlaceOf(%q) = %+v, %v; want country %q kind %q", c.in, got, ok, c.country, c.kind)
		}
	}
}

func TestTableLoads(t *testing.T) {
	if err := Err(); err != nil {
		t.Fatal(err)
	}
	if n := len(Countries()); n < 240 {
		t.Errorf("%d countries; the table should hold every ISO 3166-1 state (about 250)", n)
	}
}

func TestPlacesOf(t *testing.T) {
	ps := PlacesOf("Maryland")
	if len(ps) < 2 || ps[0].Country != "US" {
		t.Errorf("PlacesOf(Maryland) = %+v; want the US state first and others after", ps)
	}
	if ps := PlacesOf("Narnia"); len(ps) != 0 {
		t.Errorf("PlacesOf(Narnia) = %+v", ps)
	}
}

func TestPlaceLike(t *testing.T) {
	af := map[string]bool{"AF": true}
	for _, c := range []struct {
		in      string
		in2     map[string]bool
		country string
	}{
		{"Panjshir", af, "AF"},
		{"Badakhshon", af, "AF"},
		{"Panjshir", map[string]bool{"FR": true}, ""},
		{"Kabul", af, ""}, // too short an outline to trust
		{"Smith", af, ""},
	} {
		got, ok := PlaceLike(c.in, c.in2)
		if got.Country != c.country || ok != (c.country != "") {
			t.Errorf("PlaceLike(%q, %v) = %+v, %v; want %q", c.in, c.in2, got, ok, c.country)
		}
	}
}

// Analyses run in parallel and all look names up through Key.
func TestKeyConcurrent(t *testing.T) {
	cases := map[string]string{"Bogotá": "bogota", "Île-de-France": "ile-de-france", "the Côte d’Ivoire": "cote d'ivoire", "São Tomé": "sao tome"}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				for in, want := range cases {
					if got := Key(in); got != want {
						errs <- fmt.Sprintf("Key(%q) = %q, want %q", in, got, want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestBorders(t *testing.T) {
	il, ok := CountryOf("IL")
	if !ok || !slices.Contains(il.Borders, "PS") || !slices.Contains(il.Borders, "EG") || slices.Contains(il.Borders, "IL") {
		t.Errorf("Israel's borders = %v", il.Borders)
	}
	if jp, _ := CountryOf("JP"); len(jp.Borders) != 0 {
		t.Errorf("Japan's borders = %v, want none", jp.Borders)
	}
}

// A native name that is an English word ("Island" for Ísland) names no
// state, also through the fallback; nor is a state's own name without
// its marks its adjective ("Reunion").
func TestEnglishWordsAreNoStates(t *testing.T) {
	for _, w := range []string{"Island", "Emirates"} {
		if c, ok := ByName(w); ok {
			t.Errorf("ByName(%q) = %s, want none", w, c.A2)
		}
	}
	for _, w := range []string{"Island", "Reunion", "Emirates"} {
		if c, ok := ByDemonym(w); ok {
			t.Errorf("ByDemonym(%q) = %s, want none", w, c.A2)
		}
	}
	for name, a2 := range map[string]string{"Iceland": "IS", "Réunion": "RE", "United Arab Emirates": "AE"} {
		if c, ok := ByName(name); !ok || c.A2 != a2 {
			t.Errorf("ByName(%q) = %s %v, want %s", name, c.A2, ok, a2)
		}
	}
}
