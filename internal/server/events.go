package server

import (
	"net/http"
	"sort"
	"strings"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/store"
)

// eventActor is an event participant by name.
type eventActor struct {
	ID   string `json:"id"` // actor ID (TYPE:name)
	Name string `json:"name"`
	Type string `json:"type"`
}

// eventView is one event of one document, for the timeline.
type eventView struct {
	ID        string             `json:"id"` // DOC:eN
	DocID     string             `json:"doc_id"`
	Local     string             `json:"local_id"`
	Type      string             `json:"type"` // PLOVER event type
	Mode      string             `json:"mode,omitempty"`
	Trigger   contract.Span      `json:"trigger"`
	Actor     *eventActor        `json:"actor,omitempty"`
	Recipient *eventActor        `json:"recipient,omitempty"`
	Location  *eventActor        `json:"location,omitempty"`
	Time      *contract.Time     `json:"time,omitempty"`
	Quantity  *contract.Quantity `json:"quantity,omitempty"`
	Claim     string             `json:"claim,omitempty"` // claim ID (DOC:cN)
	Certainty string             `json:"certainty"`
	Date      string             `json:"date,omitempty"` // the event's date if resolved, else the document's
	Outlet    string             `json:"outlet,omitempty"`
	Title     string             `json:"title,omitempty"`
}

// events lists the events of a, keeping those that involve actor (name
// or alias, case-insensitive) and are of type typ when those are set.
func events(a *contract.Analysis, actor, typ string) []eventView {
	ents := map[string]*contract.Entity{}
	for i := range a.Entities {
		ents[a.Entities[i].ID] = &a.Entities[i]
	}
	who := func(id *string) *eventActor {
		if id == nil || ents[*id] == nil {
			return nil
		}
		e := ents[*id]
		return &eventActor{ActorID(e.Type, e.Name), e.Name, e.Type}
	}
	names := func(id *string) bool {
		if id == nil || ents[*id] == nil {
			return false
		}
		e := ents[*id]
		if strings.EqualFold(e.Name, actor) {
			return true
		}
		for _, al := range e.Aliases {
			if strings.EqualFold(al, actor) {
				return true
			}
		}
		return false
	}
	var out []eventView
	d := a.Document
	for _, e := range a.Events {
		if typ != "" && !strings.EqualFold(e.Type, typ) {
			continue
		}
		if actor != "" && !names(e.Actor) && !names(e.Recipient) {
			continue
		}
		v := eventView{ID: d.ID + ":" + e.ID, DocID: d.ID, Local: e.ID, Type: e.Type, Mode: val(e.Mode),
			Trigger: e.Trigger, Actor: who(e.Actor), Recipient: who(e.Recipient), Location: who(e.Location),
			Time: e.Time, Quantity: e.Quantity, Certainty: e.Certainty, Outlet: val(d.Outlet), Title: val(d.Title)}
		if e.Claim != nil {
			v.Claim = store.ClaimID(d.ID, *e.Claim)
		}
		v.Date = val(d.Published)
		if e.Time != nil && e.Time.Value != nil && len(*e.Time.Value) >= 4 {
			v.Date = *e.Time.Value
		}
		out = append(out, v)
	}
	return out
}

// listEvents answers GET /api/v1/events: the events of the window's
// documents, in date order (undated last), then by document and position.
func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) {
	p, err := s.pageParams(r)
	if err != nil {
		badRequest(w, "%v", err)
		return
	}
	docs, err := s.window(r.Context(), r)
	if err != nil {
		s.failID(w, r, err)
		return
	}
	v := r.URL.Query()
	var all []eventView
	for _, a := range docs {
		all = append(all, events(a, v.Get("actor"), v.Get("type"))...)
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if (a.Date == "") != (b.Date == "") {
			return a.Date != ""
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.DocID != b.DocID {
			return a.DocID < b.DocID
		}
		return a.Trigger.Start < b.Trigger.Start
	})
	lo := min(p.Offset, len(all))
	hi := min(lo+p.Limit, len(all))
	writeJSON(w, http.StatusOK, newPage(all[lo:hi], p, hi < len(all)))
}
