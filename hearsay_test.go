package hearsay_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/hearsaynews/hearsay"
	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/pipeline"
)

func TestAnalyzeText(t *testing.T) {
	a, err := hearsay.Analyze(context.Background(), hearsay.Document{
		Text:      "According to Reuters, rebels shelled the airport on Tuesday. The army may retreat.",
		Published: "2024-05-09",
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Attributions) == 0 || a.Attributions[0].Cue.Text != "According to" {
		t.Fatalf("attributions = %+v, want one cued by According to", a.Attributions)
	}
	var possible bool
	for _, c := range a.Claims {
		if strings.Contains(c.Span.Text, "army") && c.Certainty == "possible" {
			possible = true
		}
	}
	if !possible {
		t.Errorf("no possible claim about the army in %+v", a.Claims)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"document"`, `"entities"`, `"attributions"`, `"claims"`, `"events"`, `"relations"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestAnalyzeHTMLAndErrors(t *testing.T) {
	html := []byte(`<html><head><title>Border talks</title><meta property="og:site_name" content="Example Times"></head>
<body><article><h1>Border talks</h1><p>The foreign minister said on Friday that talks with the neighbouring government would resume next month, after weeks of shelling along the border had stopped.</p>
<p>Officials in the capital denied that troops had been moved to the frontier, according to state television.</p></article></body></html>`)
	a, err := hearsay.Analyze(context.Background(), hearsay.Document{Name: "talks.html", HTML: html})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Document.Text, "<p>") || !strings.Contains(a.Document.Text, "foreign minister") {
		t.Errorf("text not extracted from HTML: %q", a.Document.Text)
	}
	if _, err := hearsay.Analyze(context.Background(), hearsay.Document{Name: "both", Text: "x", HTML: html}); err == nil {
		t.Error("Text and HTML together: no error")
	}
	if _, err := hearsay.Analyze(context.Background(), hearsay.Document{Name: "blank.txt"}); err == nil || !strings.Contains(err.Error(), "blank.txt") {
		t.Errorf("empty document: error %v, want one naming blank.txt", err)
	}
}

// Analyze is safe for concurrent use and gives the same result each time.
func TestAnalyzeConcurrent(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "panjshir-2021-09.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	out := make([]string, 4)
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a, err := hearsay.Analyze(context.Background(), hearsay.Document{Text: string(text)})
			if err != nil {
				t.Error(err)
				return
			}
			b, _ := json.Marshal(a)
			out[i] = string(b)
		}()
	}
	wg.Wait()
	for i := 1; i < len(out); i++ {
		if out[i] != out[0] {
			t.Fatalf("run %d differs from run 0", i)
		}
	}
}

// BenchmarkAnalyze measures analysis throughput in words per second on real
// news text: the bundled article, and the PolNeAR dev texts when
// HEARSAY_SHARED points at the shared data folder.
func BenchmarkAnalyze(b *testing.B) {
	texts := []string{}
	if t, err := os.ReadFile(filepath.Join("testdata", "panjshir-2021-09.txt")); err == nil {
		texts = append(texts, string(t))
	}
	if shared := os.Getenv("HEARSAY_SHARED"); shared != "" {
		files, _ := filepath.Glob(filepath.Join(shared, "data", "polnear", "dev", "text", "*.txt"))
		for _, f := range files {
			if t, err := os.ReadFile(f); err == nil {
				texts = append(texts, string(t))
			}
		}
	}
	words := 0
	for _, t := range texts {
		words += len(strings.Fields(t))
	}
	ctx := context.Background()
	if _, err := hearsay.Analyze(ctx, hearsay.Document{Text: texts[0]}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if _, err := hearsay.Analyze(ctx, hearsay.Document{Text: t}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestSourceKinds runs the whole pipeline, so the entity stage's reading
// of a source meets the attribution stage's.
func TestSourceKinds(t *testing.T) {
	cases := []struct {
		text, source, kind, entityType string
	}{
		// A state named inside the phrase does not make a minister a group.
		{"Two days ago, the Kenyan defence minister said the army was ready.", "the Kenyan defence minister", "person", "country"},
		// A seat of government acting for its state.
		{"The Kremlin denied the report on Monday.", "The Kremlin", "group", "country"},
		// A news agency named after its head noun.
		{"The claim was repeated by the Kurdish news agency ANHA, which said that the town had fallen.", "which", "outlet", ""},
		// A body whose name opens with a title is no person.
		{"In a post on X, the General Staff said the report was a distortion.", "the General Staff", "group", "organization"},
		// A possessor is not the head of the phrase.
		{"Brazil's President Luiz Inacio Lula da Silva said on Monday he saw nothing abnormal in the vote.", "Brazil's President Luiz Inacio Lula da Silva", "person", "person"},
		// Polling stations broadcast nothing.
		{"The polling station said turnout was high, and the radio station said so too.", "The polling station", "group", ""},
		{"The polling station said turnout was high, and the radio station said so too.", "the radio station", "outlet", ""},
		// A participle read as a noun is not the head.
		{"A video circulating on social media shows several bodies near the market.", "A video circulating on social media", "document", ""},
		// A prosecutor of a court is a person.
		{"The International Criminal Court's chief prosecutor said on Wednesday he had applied for an arrest warrant.", "The International Criminal Court's chief prosecutor", "person", ""},
		// Imagery is evidence, whoever analysed it.
		{"Satellite imagery analysed by the Centre for Information Resilience shows that the bridge was destroyed.", "Satellite imagery analysed by the Centre for Information Resilience", "document", ""},
		// A title before a name, whatever the parse made the head.
		{"In a letter seen by Reuters, Ethiopian Foreign Minister Gedion Timothewos said Eritrea had mobilised its army.", "Ethiopian Foreign Minister Gedion Timothewos", "person", "person"},
		// "I" answering in an interview's transcript is the person
		// interviewed, named before the first question.
		{"Our correspondent spoke to Armenia's foreign minister Ararat Mirzoyan.\n\nQ: Is a deal close?\n\nA: I believe a deal is possible this year.", "I", "person", "person"},
		// A title before a name, with the word before it parsed as the
		// head ("Information" is also a noun for hearsay).
		{"Information Minister Abdirahman Yusuf Farah told reporters that eleven had died.", "Information Minister Abdirahman Yusuf Farah", "person", "person"},
		// A place in the phrase is where the source is, not who ("-"
		// wants no entity); so is what a "-based" compound names.
		// A body's name that begins with a noun for a person is the
		// body's.
		{"The Norwegian Refugee Council said aid was blocked.", "The Norwegian Refugee Council", "group", "organization"},
		// An outlet is not its country's voice; what a phrase after the
		// head is about is not who speaks.
		{"A Turkish daily says a reporter was detained.", "A Turkish daily", "outlet", "-"},
		{"The UN rapporteur on Turkey said the arrest was arbitrary.", "The UN rapporteur on Turkey", "person", "organization"},
		// A source that begins inside a name the entity stage found
		// begins where the name does.
		{"Reporters Without Borders said the case was part of a pattern.", "Reporters Without Borders", "group", "organization"},
		{"Earlier, the Committee to Protect Journalists said it was alarmed.", "the Committee to Protect Journalists", "group", "organization"},
		// Sources are not named by where they are, nor by whom they are
		// close to.
		{"Hospital sources said the toll was 41.", "Hospital sources", "unnamed", "-"},
		{"Sources close to Putin said he was angry.", "Sources close to Putin", "unnamed", "-"},
		// One person described and not named is an unnamed source.
		{"A European diplomat in Tripoli said the flights were worrying.", "A European diplomat in Tripoli", "unnamed", "-"},
		{"A shipping broker in Singapore said premiums had risen.", "A shipping broker in Singapore", "unnamed", "-"},
		{"The army-aligned Health Ministry in Port Sudan said 52 people had died.", "The army-aligned Health Ministry in Port Sudan", "group", "organization"},
		{"The Seoul-based news service Korea Daybreak reported that engineers had helped.", "The Seoul-based news service Korea Daybreak", "outlet", ""},
		// A pronoun in a clause on the source is no clue to who it is.
		{"Lee Jae-won, a researcher in Seoul, said the account was wrong. A shipping broker, who asked not to be named because he was not authorised to speak, confirmed that premiums had not risen.", "A shipping broker, who asked not to be named because he was not authorised to speak", "unnamed", "-"},
		// Unnamed by their own wish, in the phrase or in an aside after it.
		{"A US defence official, speaking on condition of anonymity, said the drills would go ahead.", "A US defence official", "unnamed", ""},
		// A seat of government opening the sentence, its first word read
		// as a gerund by the tagger.
		{"Downing Street said the minister had the prime minister's full confidence.", "Downing Street", "group", "country"},
		// A name the group refers back to.
		{"Hezbollah denied firing the rockets. In a statement, the group said it had no connection to the launches.", "the group", "group", "group"},
		// A name a body's name shortens to.
		{"The Health Ministry said 11 people were killed. The ministry added that 40 were wounded.", "The ministry", "group", "organization"},
		// A plural's possessive, written as a typographic quotation mark,
		// stays in the phrase and is not its head.
		{"The Kurdistan Workers’ Party (PKK) denied it.", "The Kurdistan Workers’ Party (PKK)", "group", "group"},
		{"Sanders’ aides say the campaign is strong.", "Sanders’ aides", "unnamed", ""},
		// A name written as a web address is an outlet's.
		{"The Yerevan-based news site Sahman.am reported on Monday that troops had moved.", "The Yerevan-based news site Sahman.am", "outlet", "outlet"},
	}
	for _, c := range cases {
		a, err := hearsay.Analyze(context.Background(), hearsay.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		var found bool
		for _, at := range a.Attributions {
			if at.Source == nil || at.Source.Text != c.source {
				continue
			}
			found = true
			if c.kind != "" && at.Source.Kind != c.kind {
				t.Errorf("%q: source %q kind %q, want %q", c.text, c.source, at.Source.Kind, c.kind)
			}
			if c.entityType == "" {
				continue
			}
			var typ string
			for _, e := range a.Entities {
				if at.Source.Entity != nil && e.ID == *at.Source.Entity {
					typ = e.Type
				}
			}
			if c.entityType == "-" && at.Source.Entity != nil {
				t.Errorf("%q: source %q has entity %s, want none", c.text, c.source, *at.Source.Entity)
			} else if c.entityType != "-" && typ != c.entityType {
				t.Errorf("%q: source %q entity type %q, want %q", c.text, c.source, typ, c.entityType)
			}
		}
		if !found {
			t.Errorf("%q: no attribution with source %q in %+v", c.text, c.source, a.Attributions)
		}
	}
}

// The outlet a document comes from reports; it is never the one the
// document retells.
func TestOwnOutletIsNoRelay(t *testing.T) {
	text := "Tankers kept loading oil, an investigation by The Meridian Ledger found. The newspaper said the ships went dark."
	a, err := hearsay.Analyze(context.Background(), hearsay.Document{Text: text, Outlet: "The Meridian Ledger"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Document.Relays != nil {
		t.Errorf("retells %+v, want nothing: the document is the Ledger's own", a.Document.Relays)
	}
}

// What was told the document's own outlet is its own reporting, not a
// part of an earlier report of it.
func TestToldOwnOutlet(t *testing.T) {
	text := "Continental Press Agency reported on Monday that the strike hit a hospital.\n\nTwo European diplomats told Continental Press Agency that sanctions were unlikely."
	a, err := hearsay.Analyze(context.Background(), hearsay.Document{Text: text, Outlet: "Continental Press Agency"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Attributions) != 2 || a.Attributions[1].Parent != nil {
		t.Errorf("want the diplomats' statement with no parent, got %+v", a.Attributions)
	}
}

// What was told "the newspaper" in a retelling is in the retold article,
// whatever other outlet came between; what was told another outlet is
// not.
func TestToldRetoldOutlet(t *testing.T) {
	text := "The newspaper El Vigía reported that a colonel had crossed the border.\n\n" +
		"El Vigía writes that the colonel had grown frustrated. The Colombian daily El Tiempo said the colonel was in Cúcuta.\n\n" +
		"A lawyer for the families told the newspaper that the men were held in Caracas. A retired general told Reuters that the army was split."
	a, err := hearsay.Analyze(context.Background(), hearsay.Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Attributions) != 5 {
		t.Fatalf("want 5 attributions, got %+v", a.Attributions)
	}
	if p := a.Attributions[3].Parent; p == nil || *p != a.Attributions[0].ID {
		t.Errorf("the lawyer's statement hangs from %v, want %s", p, a.Attributions[0].ID)
	}
	if p := a.Attributions[4].Parent; p != nil {
		t.Errorf("the general's statement to another outlet hangs from %s", *p)
	}
}

// An act of saying is dated by the occasion named before its source:
// the statement released, or the question put to the speaker; what the
// speaker added goes on from it.
func TestSayingOccasionDates(t *testing.T) {
	for _, c := range []struct{ text, cue, date string }{
		{"In a statement released late on Wednesday, the ministry said the border was closed.", "said", "2025-03-05"},
		{"Asked about the clash on Tuesday, the spokesman said the army acted in self-defence.", "said", "2025-03-04"},
		// A second act of the same body in the sentence, and what the
		// same speaker added right after, were said then too.
		{"The African Union observer mission said on Monday that the vote was orderly, although it noted significant delays.", "noted", "2025-03-03"},
		{"Defence Minister John Smith said on Monday that the army was ready. He added that reserves were called up.", "added", "2025-03-03"},
	} {
		a, err := hearsay.Analyze(context.Background(), hearsay.Document{Text: c.text, Published: "2025-03-06"})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, at := range a.Attributions {
			if at.Cue.Text == c.cue {
				found = true
				if at.Date == nil || *at.Date != c.date {
					got := "none"
					if at.Date != nil {
						got = *at.Date
					}
					t.Errorf("%q: %q dated %s, want %s", c.text, c.cue, got, c.date)
				}
			}
		}
		if !found {
			t.Errorf("%q: no attribution at %q", c.text, c.cue)
		}
	}
}

// TestSourceEntities checks which of the persons named in a source phrase
// is the one who speaks.
func TestSourceEntities(t *testing.T) {
	cases := []struct{ text, source, entity string }{
		// A spokesman, not the one he speaks for.
		{"Basim al-Awadi, a spokesman for Prime Minister Mohammed Shia al-Sudani, said the talks would resume.",
			"Basim al-Awadi, a spokesman for Prime Minister Mohammed Shia al-Sudani", "Basim al-Awadi"},
		// The name set off after a noun for a person, not the possessor.
		{"Okafor's spokeswoman, Jenna Price, said the senator would vote no.", "Okafor's spokeswoman, Jenna Price", "Jenna Price"},
		// A relative pronoun stands for the name a description or a
		// bracket follows.
		{"Bernie Sanders, the independent Vermont senator who is challenging Clinton, said he would fight on.", "who", "Bernie Sanders"},
		{"\"It is a disgrace,\" said Sen. Chris Murphy (D-Conn.), who voted against the bill.", "who", "Chris Murphy"},
		// A title before a name: the senator.
		{"Senator Jane Whitcomb's office declined to comment. In a statement, the senator said only that talks continued.", "the senator", "Jane Whitcomb"},
		// A speaker taken up again by the noun that described him.
		{"An ONS spokesperson said the figures were provisional. The spokesperson added that a revision was due.", "The spokesperson", "ONS"},
		{"Defence Minister John Smith said the army was ready. The minister added that reserves had been called up.", "The minister", "John Smith"},
		// A noun for an outlet takes up the outlet named last, and an
		// unnamed source taken up again is of the same body.
		{"The Qatari broadcaster Al-Wajba reported on Wednesday that the men were freed. According to the channel, a third man was held.", "the channel", "Al-Wajba"},
		{"A source in Ukraine's SBU security service said drones were used. The source said the refinery was hit.", "The source", "SBU"},
		// A headline or lead names its source by what it is, and the
		// text after says who.
		{"Iran and France swap prisoners, Qatari broadcaster says\n\nThe two states exchanged prisoners, the Qatari broadcaster Al-Wajba reported on Wednesday.", "Qatari broadcaster", "Al-Wajba"},
		// "it" is the body that spoke last.
		{"The African Union observer mission said the vote was orderly, although it noted significant delays.", "it", "African Union"},
		// Whom the source spoke to, in a clause on it, is not the source.
		{"A Russian diplomat who spoke to Reuters after the meeting said Moscow would not back down.",
			"A Russian diplomat who spoke to Reuters after the meeting", "Russia"},
		// The charge is no part of the accuser.
		{"Both had been accused by Iranian prosecutors of spying for Israel.", "Iranian prosecutors", "Iran"},
	}
	for _, c := range cases {
		a, err := hearsay.Analyze(context.Background(), hearsay.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]string{}
		for _, e := range a.Entities {
			names[e.ID] = e.Name
		}
		found := false
		for _, at := range a.Attributions {
			if at.Source == nil || at.Source.Text != c.source {
				continue
			}
			found = true
			if at.Source.Entity == nil || names[*at.Source.Entity] != c.entity {
				t.Errorf("%q: source %q is entity %v, want %q", c.text, c.source, at.Source.Entity, c.entity)
			}
		}
		if !found {
			t.Errorf("%q: no attribution with source %q in %+v", c.text, c.source, a.Attributions)
		}
	}
}

// FuzzAnalyze feeds arbitrary text through the whole pipeline: it must not
// panic, and every span of the analysis must be the slice of the text it
// claims to be. Run longer with go test -fuzz FuzzAnalyze .
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Citing sources in the ministry, the paper reports that 49 soldiers were killed.",
		"The army is accused of shelling the port, a charge the ministry denies.",
		"“I think it is over,” she said, “but ...”\n\n“We will see.”",
		"It seems doubtful that the two sides will agree, a diplomat told Reuters on condition of anonymity.",
		"The regional administration put the death toll at 12, while the Fano militia claimed 50.",
		"According to the regional governor, Oleh Kiper, , , said that",
		"*terrorist organization banned in Russia\n*", "“ ” \" ' ’ — : ;", "Said. Says: told (RSF) [",
		"Sudan army says it retook Khartoum's presidential palace; RSF vows to fight on",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || strings.TrimSpace(text) == "" || len(text) > 4000 {
			return
		}
		a, err := hearsay.Analyze(context.Background(), hearsay.Document{Text: text})
		if errors.Is(err, pipeline.ErrPanic) {
			t.Fatalf("%q: %v", text, err)
		}
		if err != nil {
			return // refused input (binary, too long a line ...) is reported, not analysed
		}
		r := []rune(a.Document.Text)
		check := func(what string, s hearsay.Span) {
			if s.Start < 0 || s.End > len(r) || s.Start > s.End || string(r[s.Start:s.End]) != s.Text {
				t.Fatalf("%s span %+v is not a slice of the text %q", what, s, a.Document.Text)
			}
		}
		for _, at := range a.Attributions {
			check("cue", at.Cue.Span)
			check("content", at.Content.Span)
			for _, p := range at.Content.Parts {
				check("content part", p)
			}
			if at.Source != nil {
				check("source", at.Source.Span)
			}
		}
		for _, c := range a.Claims {
			check("claim", c.Span)
		}
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				check("mention", m.Span)
			}
		}
		for _, ev := range a.Events {
			check("trigger", ev.Trigger)
		}
	})
}

// A named report refers back to what its source said, however far back:
// "could not verify the FT report", "the RSF's claim of 89 deaths could
// not be verified".
func TestNamedReportRefersBack(t *testing.T) {
	for _, c := range []struct{ text, source, content string }{
		{"The United States is weighing sanctions on Chinese banks, the Financial Times reported, citing four officials. " +
			"Bloomberg News had reported earlier that European officials were pressing Washington to act. " +
			"China's foreign ministry said it opposed the sanctions. Reuters could not verify the FT report.",
			"the Financial Times", "the FT report"},
		{"The Rapid Support Forces said on Telegram that their fighters had killed 89 soldiers. " +
			"Three sources in the army told Reuters that three officers had died. " +
			"The Rapid Support Forces' claim of 89 deaths could not be verified.",
			"The Rapid Support Forces", "The Rapid Support Forces' claim of 89 deaths"},
	} {
		a, err := hearsay.Analyze(context.Background(), hearsay.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		var report, verify *contract.Attribution
		for i := range a.Attributions {
			at := &a.Attributions[i]
			switch {
			case at.Source != nil && at.Source.Text == c.source && report == nil:
				report = at
			case at.Content.Text == c.content:
				verify = at
			}
		}
		if report == nil || verify == nil {
			t.Fatalf("%q: want the report and its verification in %+v", c.content, a.Attributions)
		}
		if verify.RefersTo == nil || *verify.RefersTo != report.ID {
			t.Errorf("%q refers to %v, want %s", c.content, verify.RefersTo, report.ID)
		}
	}
}

// What someone said to an outlet, or as the outlet quoted them, is in that
// outlet's report: "quoted anonymously by El Centinela", "Speaking to El
// Centinela"; an outlet that reported nothing before holds nothing.
func TestQuotedByOutlet(t *testing.T) {
	text := "The Medellín daily El Centinela reported that the court approved the extradition. " +
		"A US official, quoted anonymously by El Centinela, said the transfer was likely. " +
		"Speaking to El Centinela by telephone on Wednesday, his lawyer said he would appeal. " +
		"In an interview with Reuters, the minister said talks were over."
	a, err := hearsay.Analyze(context.Background(), hearsay.Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Attributions) != 4 {
		t.Fatalf("want 4 attributions, got %+v", a.Attributions)
	}
	for i, want := range []string{"", "a1", "a1", ""} {
		got := ""
		if p := a.Attributions[i].Parent; p != nil {
			got = *p
		}
		if got != want {
			t.Errorf("%s hangs from %q, want %q", a.Attributions[i].ID, got, want)
		}
	}
}

// Sources that give one count or amount different values contradict
// each other: a figure taken up again ("put the figure at"), or the
// counts of events told alike. Ranges that meet, one source, counts of
// different places and figures far apart do not.
func TestCompetingFigures(t *testing.T) {
	cases := []struct {
		text     string
		evidence string // of the one contradiction wanted; "-" for none
	}{
		{"A source told Al-Wajba the payment was around 40 million euros. The news agency Tolou put the figure at 120 million euros.", "put the figure at 120 million euros"},
		{"The health ministry said 1,240 people had died in the fighting. The Medics Coalition put the figure at more than 2,000.", "put the figure at more than 2,000"},
		{"Officials said turnout was 61 percent. A rival survey put it at 48 percent.", "put it at 48 percent"},
		{"The governor said 12 people were killed in the strike. Medics said 30 people were killed in the strike.", ""},
		{"Police said at least 10 people were detained. A lawyer put the number at 12.", "-"},
		{"The ministry said the payment was 40 million euros. The ministry later put the figure at 120 million euros.", "-"},
		{"The union said 12 people were killed in Kharkiv. The governor said 30 people were killed in Odesa.", "-"},
		{"Officials said turnout was 61 percent. The vote was calm. Queues were short. Observers praised it. Rain fell. A rival survey put it at 48 percent.", "-"},
	}
	for _, c := range cases {
		a, err := hearsay.Analyze(context.Background(), hearsay.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range a.Relations {
			if r.Type != "contradicts" {
				continue
			}
			ev := ""
			if r.Evidence != nil {
				ev = r.Evidence.Text
			}
			got = append(got, ev)
		}
		switch {
		case c.evidence == "-" && len(got) > 0:
			t.Errorf("%q: want no contradiction, got %+v", c.text, a.Relations)
		case c.evidence != "-" && (len(got) != 1 || got[0] != c.evidence):
			t.Errorf("%q: want one contradiction with evidence %q, got %q; claims %+v, events %+v", c.text, c.evidence, got, a.Claims, a.Events)
		}
	}
}

// Two sources that name different perpetrators of one act done to the
// same thing ("the dam" ... "it") contradict each other; acts done to
// different things by different actors do not.
func TestPerpetratorsContradict(t *testing.T) {
	cases := []struct {
		text        string
		contradicts bool
	}{
		{"Ukraine accused Russian forces of blowing up the dam, while Moscow said Ukrainian shelling had destroyed it.", true},
		{"Ukraine said Russian forces had blown up the dam. Russia said Ukrainian troops had shelled the bridge.", false},
	}
	for _, c := range cases {
		a, err := hearsay.Analyze(context.Background(), hearsay.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range a.Relations {
			found = found || r.Type == "contradicts"
		}
		if found != c.contradicts {
			t.Errorf("%q: contradiction %v, want %v; events %+v, relations %+v", c.text, found, c.contradicts, a.Events, a.Relations)
		}
	}
}

// A retelling names the outlet it retells, not the place in a headline's
// description of it ("Paris weekly", "a Tromsø-based newspaper").
func TestRetellingNamesTheOutlet(t *testing.T) {
	for _, c := range []struct{ text, outlet string }{
		{"Paris weekly claims convoy crossed into Mali\n\nA column of trucks crossed the border last week, the Paris-based weekly L'Observateur Saharien reported, citing two local sources. The author adds that the claim could not be verified.", "L'Observateur Saharien"},
		{"A Tromsø-based newspaper, Polarposten, reported on Tuesday that the tanker had switched off its transponder. The newspaper alleges that the ship changed its name twice.", "Polarposten"},
		// Named by its name, not by the words that refer back to it.
		{"A little-known portal, Haixia Junping, has published an analysis of the drills. The portal cited unnamed \"military experts\" as saying that the exercise was a rehearsal. The author argues that the blockade would fail.", "Haixia Junping"},
	} {
		a, err := hearsay.Analyze(context.Background(), hearsay.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if a.Document.Relays == nil || a.Document.Relays.Outlet != c.outlet {
			t.Errorf("%q: retells %+v, want %q", c.text, a.Document.Relays, c.outlet)
		}
	}
}
