// Package hearsay reads English news and records who says what, how sure,
// about whom, with exact character offsets as evidence.
//
// Analyze takes one article (plain text or HTML, with optional metadata)
// and returns its Analysis: entities, attributions with their chains,
// claims with certainty and polarity, PLOVER events and relations between
// claims. An Analysis marshals with encoding/json to the analysis JSON
// documented in the README; every span counts Unicode code points, end
// exclusive, into Analysis.Document.Text.
//
//	a, err := hearsay.Analyze(ctx, hearsay.Document{Text: text, Published: "2021-09-09"})
//	for _, at := range a.Attributions {
//		fmt.Println(at.Source.Text, at.Cue.Text, at.Content.Text)
//	}
package hearsay

import (
	"context"
	"fmt"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/extract"
	"github.com/hearsaynews/hearsay/internal/pipeline"
	"github.com/hearsaynews/hearsay/internal/store"
)

// The analysis types, as printed by `hearsay analyze --format json`.
type (
	Analysis    = contract.Analysis
	Span        = contract.Span
	Entity      = contract.Entity
	Mention     = contract.Mention
	Designation = contract.Designation
	Attribution = contract.Attribution
	Content     = contract.Content
	Source      = contract.Source
	Cue         = contract.Cue
	Claim       = contract.Claim
	Event       = contract.Event
	Time        = contract.Time
	Quantity    = contract.Quantity
	Relation    = contract.Relation
	Relay       = contract.Relay
)

// Document is one article to analyse. Set Text (plain text) or HTML; the
// metadata fields are optional and override what the HTML carries.
type Document struct {
	Name      string // used in error messages; default "document"
	Text      string
	HTML      []byte
	ID        string // default: the first 16 hex digits of the SHA-256 of the text, as the store names it
	URL       string
	Outlet    string
	Title     string
	Published string // YYYY-MM-DD; relative dates are normalised against it
}

// Analyze analyses one document with the embedded models. It is safe for
// concurrent use; the models load once, on the first call.
func Analyze(ctx context.Context, d Document) (*Analysis, error) {
	p, err := pipeline.Default()
	if err != nil {
		return nil, err
	}
	name := d.Name
	if name == "" {
		name = "document"
	}
	opts := extract.Options{URL: d.URL, Outlet: d.Outlet, Title: d.Title, Published: d.Published}
	var data []byte
	switch {
	case d.HTML != nil && d.Text != "":
		return nil, fmt.Errorf("hearsay: %s: set Text or HTML, not both", name)
	case d.HTML != nil:
		data = d.HTML
	default:
		data = []byte(d.Text)
	}
	read := extract.Text
	if d.HTML != nil {
		read = extract.HTML
	}
	doc, err := read(name, data, opts)
	if err != nil {
		return nil, err
	}
	doc.ID = d.ID
	if doc.ID == "" {
		doc.ID = store.DocID(doc.Text)
	}
	if err := p.Run(ctx, doc); err != nil {
		return nil, fmt.Errorf("hearsay: %s: %w", name, err)
	}
	return contract.FromDoc(doc), nil
}
