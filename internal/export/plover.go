package export

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"strings"

	"github.com/hearsaynews/hearsay/internal/contract"
)

// PLOVERRecord is one event in the PLOVER JSON record format
// (openeventdata/PLOVER: id, date, event, mode, actor, recipient,
// event_loc, event_text, text, cite_info). Actors are given by their ISO
// 3166-1 alpha-3 code where Hearsay knows the state they are or belong to
// (actor, recipient), with the name and the words of the text beside it.
// Fields named hearsay_* are Hearsay's extension: the evidence offsets
// and the certainty the document gives the event.
type PLOVERRecord struct {
	ID            string        `json:"id"`
	Date          string        `json:"date,omitempty"` // YYYY-MM-DD, YYYY-MM or YYYY
	Event         string        `json:"event"`
	Mode          string        `json:"mode,omitempty"`
	Actor         string        `json:"actor,omitempty"` // alpha-3 code, else the name
	ActorName     string        `json:"actor_name,omitempty"`
	ActorText     string        `json:"actor_text,omitempty"`
	Recipient     string        `json:"recipient,omitempty"`
	RecipientName string        `json:"recipient_name,omitempty"`
	RecipientText string        `json:"recipient_text,omitempty"`
	EventLoc      *PLOVERLoc    `json:"event_loc,omitempty"`
	EventText     string        `json:"event_text"`
	Text          string        `json:"text"` // the sentence holding the event
	Size          *float64      `json:"size,omitempty"`
	SizeUnit      string        `json:"size_unit,omitempty"`
	CiteInfo      PLOVERCite    `json:"cite_info"`
	Doc           string        `json:"hearsay_doc"`
	Trigger       contract.Span `json:"hearsay_trigger"`
	Claim         string        `json:"hearsay_claim,omitempty"`
	Certainty     string        `json:"hearsay_certainty,omitempty"`
	TimeText      string        `json:"hearsay_time_text,omitempty"`
}

// PLOVERLoc is where an event took place.
type PLOVERLoc struct {
	Name    string `json:"name"`
	Country string `json:"country,omitempty"` // alpha-3
}

// PLOVERCite says which document reports the event.
type PLOVERCite struct {
	Doc       string `json:"doc"`
	Outlet    string `json:"outlet,omitempty"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
}

type ploverWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewPLOVER returns a writer of PLOVER JSON Lines: one record per event.
func NewPLOVER(w io.Writer) DocWriter {
	b := bw(w)
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	return &ploverWriter{w: b, enc: enc}
}

func (p *ploverWriter) WriteDoc(_ context.Context, a *contract.Analysis) error {
	x := index(a)
	for i := range a.Events {
		if err := p.enc.Encode(ploverRecord(x, &a.Events[i])); err != nil {
			return err
		}
	}
	return nil
}

func (p *ploverWriter) Close() error { return p.w.Flush() }

// ploverRecord builds the record of event v. The date is the event's own
// time when the text gives one, else the document's publication date,
// the date event data conventionally falls back on.
func ploverRecord(x *docIndex, v *contract.Event) PLOVERRecord {
	d := x.a.Document
	r := PLOVERRecord{ID: d.ID + "-" + v.ID, Event: v.Type, Mode: val(v.Mode), EventText: v.Trigger.Text,
		Doc: d.ID, Trigger: v.Trigger, Claim: val(v.Claim), Certainty: v.Certainty,
		CiteInfo: PLOVERCite{Doc: d.ID, Outlet: val(d.Outlet), Title: val(d.Title), URL: val(d.URL), Published: val(d.Published)}}
	r.Date = val(d.Published)
	if v.Time != nil {
		r.TimeText = v.Time.Text
		if tv := val(v.Time.Value); dateValue(tv) != nil && isDigits(tv[:4]) {
			r.Date = tv
		}
	}
	pos := v.Trigger.Start
	if e := x.entity(v.Actor); e != nil {
		r.Actor, r.ActorName = actorCode(e), e.Name
		if m := nearestMention(e, pos); m != nil {
			r.ActorText = m.Text
		}
	}
	if e := x.entity(v.Recipient); e != nil {
		r.Recipient, r.RecipientName = actorCode(e), e.Name
		if m := nearestMention(e, pos); m != nil {
			r.RecipientText = m.Text
		}
	}
	if e := x.entity(v.Location); e != nil {
		r.EventLoc = &PLOVERLoc{Name: e.Name, Country: entityA3(e)}
	}
	if v.Quantity != nil {
		q := v.Quantity.Value
		r.Size, r.SizeUnit = &q, v.Quantity.Unit
	}
	if _, s := x.sentenceOf(pos); s.End > s.Start {
		r.Text = s.Text
	} else if c := x.claims[val(v.Claim)]; c != nil {
		r.Text = c.Span.Text
	} else {
		r.Text = v.Trigger.Text
	}
	return r
}

func isDigits(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// actorCode is the alpha-3 code of the state an actor is or belongs to,
// else its name.
func actorCode(e *contract.Entity) string {
	if a3 := entityA3(e); a3 != "" {
		return a3
	}
	return e.Name
}
