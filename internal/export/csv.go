package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/hearsaynews/hearsay/internal/contract"
)

// CSV (RFC 4180, encoding/csv) for claims, actors and events: one header
// row, then one row per item, written as each document arrives. Offsets
// are code points into the document text, end exclusive; list cells
// (hedges, aliases) join their items with " | ".

// CSVClaimColumns is the header of the claims CSV.
var CSVClaimColumns = []string{"doc_id", "claim_id", "start", "end", "text", "certainty", "polarity", "hedges",
	"attribution", "source", "source_kind", "source_entity", "source_country", "cue", "cue_type", "chain",
	"outlet", "title", "published", "url"}

// CSVActorColumns is the header of the actors CSV: one row per entity of
// each document.
var CSVActorColumns = []string{"doc_id", "entity_id", "name", "type", "country_alpha2", "country_alpha3",
	"aliases", "mentions", "first_start", "first_end", "outlet", "published"}

// CSVEventColumns is the header of the events CSV.
var CSVEventColumns = []string{"doc_id", "event_id", "type", "mode", "trigger", "trigger_start", "trigger_end",
	"actor_id", "actor", "actor_country", "recipient_id", "recipient", "recipient_country",
	"location_id", "location", "location_country", "time", "time_value", "quantity", "quantity_value", "quantity_unit",
	"claim_id", "certainty", "outlet", "published", "url"}

type csvWriter struct {
	b      *bufio.Writer
	w      *csv.Writer
	header []string
	wrote  bool
	rows   func(a *contract.Analysis, emit func([]string) error) error
}

func newCSV(w io.Writer, header []string, rows func(*contract.Analysis, func([]string) error) error) *csvWriter {
	b := bw(w)
	return &csvWriter{b: b, w: csv.NewWriter(b), header: header, rows: rows}
}

func (c *csvWriter) head() error {
	if c.wrote {
		return nil
	}
	c.wrote = true
	return c.w.Write(c.header)
}

func (c *csvWriter) WriteDoc(_ context.Context, a *contract.Analysis) error {
	if err := c.head(); err != nil {
		return err
	}
	return c.rows(a, c.w.Write)
}

func (c *csvWriter) Close() error {
	if err := c.head(); err != nil {
		return err
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return err
	}
	return c.b.Flush()
}

// NewCSVClaims returns a writer of the claims CSV. The chain column lists
// the sources of the claim's attribution chain, outermost first, joined
// by " > ".
func NewCSVClaims(w io.Writer) DocWriter {
	return newCSV(w, CSVClaimColumns, func(a *contract.Analysis, emit func([]string) error) error {
		x := index(a)
		d := a.Document
		for i := range a.Claims {
			c := &a.Claims[i]
			hedges := make([]string, len(c.Hedges))
			for j, h := range c.Hedges {
				hedges[j] = h.Text
			}
			row := []string{d.ID, c.ID, strconv.Itoa(c.Span.Start), strconv.Itoa(c.Span.End), c.Span.Text,
				c.Certainty, c.Polarity, strings.Join(hedges, " | "), val(c.Attribution), "", "", "", "", "", "", "",
				val(d.Outlet), val(d.Title), val(d.Published), val(d.URL)}
			if ch := x.chain(c); len(ch) > 0 {
				in := ch[len(ch)-1]
				if s := in.Source; s != nil {
					row[9], row[10] = s.Text, s.Kind
					if e := x.entity(s.Entity); e != nil {
						row[11], row[12] = e.Name, entityA3(e)
					}
				}
				row[13], row[14] = in.Cue.Text, in.Cue.Type
				names := make([]string, 0, len(ch))
				for _, at := range ch {
					if at.Source != nil {
						names = append(names, at.Source.Text)
					}
				}
				row[15] = strings.Join(names, " > ")
			}
			if err := emit(row); err != nil {
				return err
			}
		}
		return nil
	})
}

// NewCSVActors returns a writer of the actors CSV.
func NewCSVActors(w io.Writer) DocWriter {
	return newCSV(w, CSVActorColumns, func(a *contract.Analysis, emit func([]string) error) error {
		d := a.Document
		for i := range a.Entities {
			e := &a.Entities[i]
			first, end := "", ""
			if len(e.Mentions) > 0 {
				first, end = strconv.Itoa(e.Mentions[0].Start), strconv.Itoa(e.Mentions[0].End)
			}
			row := []string{d.ID, e.ID, e.Name, e.Type, val(e.Country), entityA3(e), strings.Join(e.Aliases, " | "),
				strconv.Itoa(len(e.Mentions)), first, end, val(d.Outlet), val(d.Published)}
			if err := emit(row); err != nil {
				return err
			}
		}
		return nil
	})
}

// NewCSVEvents returns a writer of the events CSV.
func NewCSVEvents(w io.Writer) DocWriter {
	return newCSV(w, CSVEventColumns, func(a *contract.Analysis, emit func([]string) error) error {
		x := index(a)
		d := a.Document
		part := func(id *string) (string, string, string) {
			e := x.entity(id)
			if e == nil {
				return val(id), "", ""
			}
			return e.ID, e.Name, entityA3(e)
		}
		for i := range a.Events {
			v := &a.Events[i]
			aid, an, ac := part(v.Actor)
			rid, rn, rc := part(v.Recipient)
			lid, ln, lc := part(v.Location)
			var tt, tv, qt, qv, qu string
			if v.Time != nil {
				tt, tv = v.Time.Text, val(v.Time.Value)
			}
			if v.Quantity != nil {
				qt, qv, qu = v.Quantity.Text, strconv.FormatFloat(v.Quantity.Value, 'f', -1, 64), v.Quantity.Unit
			}
			row := []string{d.ID, v.ID, v.Type, val(v.Mode), v.Trigger.Text, strconv.Itoa(v.Trigger.Start), strconv.Itoa(v.Trigger.End),
				aid, an, ac, rid, rn, rc, lid, ln, lc, tt, tv, qt, qv, qu, val(v.Claim), v.Certainty,
				val(d.Outlet), val(d.Published), val(d.URL)}
			if err := emit(row); err != nil {
				return err
			}
		}
		return nil
	})
}
