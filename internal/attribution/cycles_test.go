package attribution

import (
	"testing"

	"github.com/hearsaynews/hearsay/internal/doc"
)

// Parents that close a cycle are cleared, so that every chain of
// hearsay ends; parents outside a cycle stay.
func TestBreakCycles(t *testing.T) {
	out := []doc.Attribution{
		{ID: "a1", Parent: "a2"},
		{ID: "a2", Parent: "a3"},
		{ID: "a3", Parent: "a1"},
		{ID: "a4", Parent: "a1"},
		{ID: "a5", Parent: "a5"},
	}
	breakCycles(out)
	for i := range out {
		seen := map[string]bool{}
		for k := i; out[k].Parent != ""; {
			if seen[out[k].Parent] {
				t.Fatalf("a cycle remains through %s: %+v", out[k].Parent, out)
			}
			seen[out[k].Parent] = true
			k = parentIndex(out, k)
		}
	}
	if out[3].Parent != "a1" {
		t.Errorf("a4's parent %q, want a1", out[3].Parent)
	}
}
