// Package pipeline runs analysis stages over a doc.Doc in order. A Step
// names a Stage and the layers it requires and assigns; New checks once
// that every requirement is met by an earlier step, and Run calls each
// stage, putting its name in front of any failure.
package pipeline

import (
	"context"
	"errors"
	"fmt"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// Stage fills one or more annotation layers of a Doc. Implementations keep
// no mutable state, so one Stage may run on many Docs at once.
type Stage interface {
	Run(ctx context.Context, d *doc.Doc) error
}

// StageFunc adapts a function to a Stage.
type StageFunc func(ctx context.Context, d *doc.Doc) error

// Run calls f.
func (f StageFunc) Run(ctx context.Context, d *doc.Doc) error { return f(ctx, d) }

// Step is a named Stage with the layers it needs and fills.
type Step struct {
	Name     string
	Stage    Stage
	Requires []string
	Assigns  []string
}

// Pipeline is an ordered, checked list of steps.
type Pipeline struct {
	steps []Step
}

// New checks that each step's requirements are assigned by an earlier step.
func New(steps ...Step) (*Pipeline, error) {
	have := map[string]bool{}
	for _, s := range steps {
		for _, r := range s.Requires {
			if !have[r] {
				return nil, fmt.Errorf("pipeline: step %q requires layer %q, which no earlier step assigns", s.Name, r)
			}
		}
		for _, a := range s.Assigns {
			have[a] = true
		}
	}
	return &Pipeline{steps: steps}, nil
}

// Steps returns the step names in order.
func (p *Pipeline) Steps() []string {
	out := make([]string, len(p.steps))
	for i, s := range p.steps {
		out[i] = s.Name
	}
	return out
}

// Run applies every step to d in order and marks the layers it assigned.
func (p *Pipeline) Run(ctx context.Context, d *doc.Doc) error {
	for _, s := range p.steps {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
		if err := runStage(ctx, s, d); err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
		for _, a := range s.Assigns {
			d.SetLayer(a)
		}
	}
	return nil
}

// ErrPanic marks the error of a stage that panicked (see runStage); tests
// that feed odd input look for it.
var ErrPanic = errors.New("failed unexpectedly on this document")

// runStage runs one step, turning a panic into an error: a stage that
// fails on one odd document must fail that document, with the stage
// named, and not the program that analyses many.
func runStage(ctx context.Context, s Step, d *doc.Doc) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: %v", ErrPanic, p)
		}
	}()
	return s.Stage.Run(ctx, d)
}
