package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
)

type stageFunc func(context.Context, *doc.Doc) error

func (f stageFunc) Run(ctx context.Context, d *doc.Doc) error { return f(ctx, d) }

// A stage that panics on a document fails that document with an error
// that names the stage; the steps after it do not run.
func TestStagePanicIsAnError(t *testing.T) {
	ran := false
	p := &Pipeline{steps: []Step{
		{Name: "broken", Stage: stageFunc(func(context.Context, *doc.Doc) error {
			var s []int
			_ = s[3]
			return nil
		})},
		{Name: "after", Stage: stageFunc(func(context.Context, *doc.Doc) error {
			ran = true
			return nil
		})},
	}}
	err := p.Run(context.Background(), doc.New("Some text."))
	if !errors.Is(err, ErrPanic) || !strings.HasPrefix(err.Error(), "broken: failed unexpectedly") {
		t.Errorf("Run = %v, want an error naming the stage", err)
	}
	if ran {
		t.Error("the step after the failed one ran")
	}
}
