package server

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/hearsaynews/hearsay/internal/store"
)

// actorView is an actor with its stable ID.
type actorView struct {
	ID string `json:"id"` // TYPE:name, lower case
	store.Actor
}

// ActorID is the stable ID of the actor with this type and name.
func ActorID(typ, name string) string { return strings.ToLower(typ + ":" + name) }

var actorTypes = []string{"person", "organization", "outlet", "country", "place", "group", "other"}

// listActors answers GET /api/v1/actors?type&name.
func (s *Server) listActors(w http.ResponseWriter, r *http.Request) {
	p, err := s.pageParams(r)
	if err != nil {
		badRequest(w, "%v", err)
		return
	}
	typ, err := oneOf(r, "type", actorTypes...)
	if err != nil {
		badRequest(w, "%v", err)
		return
	}
	as, err := s.st.Actors(r.Context(), store.ActorQuery{Type: typ, Name: r.URL.Query().Get("name"),
		Page: store.Page{Limit: p.Limit + 1, Offset: p.Offset}})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	more := len(as) > p.Limit
	if more {
		as = as[:p.Limit]
	}
	out := make([]actorView, len(as))
	for i, a := range as {
		out[i] = actorView{ActorID(a.Type, a.Name), a}
	}
	writeJSON(w, http.StatusOK, newPage(out, p, more))
}

// actorDetail is one actor with the claims it makes and the claims about
// it (the first page of each; /api/v1/claims?source= and ?about= page on).
type actorDetail struct {
	actorView
	ClaimsBy    []claimView `json:"claims_by"`
	ClaimsAbout []claimView `json:"claims_about"`
}

// getActor answers GET /api/v1/actors/{id}.
func (s *Server) getActor(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	typ, name, ok := strings.Cut(id, ":")
	if !ok || name == "" {
		badRequest(w, "actor ID %q: want TYPE:name", id)
		return
	}
	ctx := r.Context()
	as, err := s.st.Actors(ctx, store.ActorQuery{Type: typ, Name: name})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var found *store.Actor
	for i := range as {
		if strings.EqualFold(as[i].Name, name) {
			found = &as[i]
			break
		}
	}
	if found == nil {
		s.fail(w, r, fmt.Errorf("actor %s: %w", id, store.ErrNotFound))
		return
	}
	d := actorDetail{actorView: actorView{ActorID(found.Type, found.Name), *found}}
	page := store.Page{Limit: DefaultLimit}
	by, err := s.st.Claims(ctx, store.ClaimQuery{Source: found.Name, Page: page})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	about, err := s.st.Claims(ctx, store.ClaimQuery{About: found.Name, Page: page})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if d.ClaimsBy, err = s.claimViews(ctx, by); err == nil {
		d.ClaimsAbout, err = s.claimViews(ctx, about)
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}
