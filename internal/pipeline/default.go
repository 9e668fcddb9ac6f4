package pipeline

import (
	"sync"

	"github.com/hearsaynews/hearsay/internal/attribution"
	"github.com/hearsaynews/hearsay/internal/certainty"
	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/entity"
	"github.com/hearsaynews/hearsay/internal/event"
	"github.com/hearsaynews/hearsay/internal/nlp/models"
	"github.com/hearsaynews/hearsay/internal/relation"
	"github.com/hearsaynews/hearsay/internal/segment"
	"github.com/hearsaynews/hearsay/internal/syntax"
)

var (
	defaultOnce sync.Once
	defaultPipe *Pipeline
	defaultErr  error
)

// Default returns Hearsay's standard analysis pipeline with the embedded
// models, built once and shared: it is safe for concurrent use. The stages
// are listed here in order, plainly, so that this file shows the whole
// analysis.
func Default() (*Pipeline, error) {
	defaultOnce.Do(func() { defaultPipe, defaultErr = build() })
	return defaultPipe, defaultErr
}

func build() (*Pipeline, error) {
	seg, err := segment.New(segment.Options{})
	if err != nil {
		return nil, err
	}
	ann, err := models.Load()
	if err != nil {
		return nil, err
	}
	ent, err := entity.New(entity.Options{})
	if err != nil {
		return nil, err
	}
	att, err := attribution.New(attribution.Options{})
	if err != nil {
		return nil, err
	}
	cer, err := certainty.New(certainty.Options{})
	if err != nil {
		return nil, err
	}
	evt, err := event.New(event.Options{})
	if err != nil {
		return nil, err
	}
	rel, err := relation.New(relation.Options{})
	if err != nil {
		return nil, err
	}
	return New(
		Step{Name: "segment", Stage: seg, Assigns: []string{doc.LayerTokens, doc.LayerSentences}},
		Step{Name: "syntax", Stage: syntax.New(ann, syntax.Options{}), Requires: []string{doc.LayerSentences}, Assigns: []string{doc.LayerSyntax}},
		Step{Name: "entity", Stage: ent, Requires: []string{doc.LayerSyntax}, Assigns: []string{doc.LayerEntities}},
		Step{Name: "attribution", Stage: att, Requires: []string{doc.LayerSyntax, doc.LayerEntities}, Assigns: []string{doc.LayerAttributions}},
		Step{Name: "certainty", Stage: cer, Requires: []string{doc.LayerAttributions}, Assigns: []string{doc.LayerClaims}},
		Step{Name: "event", Stage: evt, Requires: []string{doc.LayerEntities, doc.LayerClaims}, Assigns: []string{doc.LayerEvents}},
		Step{Name: "relation", Stage: rel, Requires: []string{doc.LayerClaims, doc.LayerEvents}, Assigns: []string{doc.LayerRelations}},
	)
}
