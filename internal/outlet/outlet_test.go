package outlet

import "testing"

func TestLookup(t *testing.T) {
	for _, c := range []struct{ in, want, country string }{
		{"Fox News", "Fox News", "US"},
		{"the New York Times", "The New York Times", "US"},
		{"NYT", "The New York Times", "US"},
		{"new york times", "The New York Times", "US"},
		{"Reuters", "Reuters", "GB"},
		{"AP", "Associated Press", "US"},
		{"A.F.P.", "Agence France-Presse", "FR"},
		{"RIA Novosti", "RIA Novosti", "RU"},
		{"Al Jazeera", "Al Jazeera", "QA"},
		{"Xinhua", "Xinhua News Agency", "CN"},
		{"Huffington Post", "HuffPost", "US"},
		{"Herat Times", "", ""},
		{"", "", ""},
	} {
		got, ok := Lookup(c.in)
		if got.Name != c.want || got.Country != c.country || ok != (c.want != "") {
			t.Errorf("Lookup(%q) = %q %q %v; want %q %q", c.in, got.Name, got.Country, ok, c.want, c.country)
		}
	}
}

func TestByDomain(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"foxnews.com", "Fox News"},
		{"www.nytimes.com", "The New York Times"},
		{"https://edition.cnn.com/2021/09/08/asia/index.html", "CNN"},
		{"af.sputniknews.com", "Sputnik"},
		{"sputniknews.com", "Sputnik"},
		{"example.com", ""},
		{"com", ""},
	} {
		got, ok := ByDomain(c.in)
		if got.Name != c.want || ok != (c.want != "") {
			t.Errorf("ByDomain(%q) = %q %v; want %q", c.in, got.Name, ok, c.want)
		}
	}
}

func TestRegistry(t *testing.T) {
	if err := Err(); err != nil {
		t.Fatal(err)
	}
	if n := len(All()); n < 300 {
		t.Errorf("registry has %d outlets; want several hundred", n)
	}
	for _, o := range All() {
		if len(o.Country) != 2 || o.Kind == "" {
			t.Errorf("%q: country %q kind %q", o.Name, o.Country, o.Kind)
		}
	}
	if _, err := parse([]byte("only\ttwo\n")); err == nil {
		t.Error("a row with two fields parsed without error")
	}
}

func TestCues(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"newspaper"}, true},
		{[]string{"news", "agency"}, true},
		{[]string{"agency"}, false},
		{[]string{"TV", "channel"}, true},
		{[]string{"magazine"}, true},
		{[]string{"government"}, false},
		{nil, false},
	} {
		if got := IsHead(c.words...); got != c.want {
			t.Errorf("IsHead(%q) = %v; want %v", c.words, got, c.want)
		}
	}
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Herat Times", true}, {"Kabul Post", true}, {"Times", false}, {"Ahmad Massoud", false},
		{"Sahara Reporters", true}, {"Kyiv Independent", true}, {"Reporters Without Borders", false},
		{"Maritime Risk Weekly", true}, {"Balkanskiy Vestnik", true}, {"Sughd Khabar", true},
		{"Polarposten", true}, {"Posten", false}, {"Ivan Petrov", false},
		{"Boston Ledger", true}, {"Mediterranean Wire", true}, {"Central European Observer", true}, {"Kathimerini Vima", true},
	} {
		if got := MastheadNotSurname(c.name); got && !c.want {
			t.Errorf("MastheadNotSurname(%q) = true for no masthead", c.name)
		}
		if got := HasMasthead(c.name); got != c.want {
			t.Errorf("HasMasthead(%q) = %v; want %v", c.name, got, c.want)
		}
	}
}

func TestIsWebName(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"Sahman.am", true}, {"Meduza.io", true}, {"Breitbart.com", true}, {"news.az", true},
		{"U.S.", false}, {"St.Petersburg", false}, {"No.1", false}, {"Sahman", false}, {"a.m.", false},
	} {
		if got := IsWebName(c.w); got != c.want {
			t.Errorf("IsWebName(%q) = %v; want %v", c.w, got, c.want)
		}
	}
}
