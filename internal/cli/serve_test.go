package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestServeRefuses(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.db")
	for _, tc := range []struct {
		name, env string
		args      []string
		want      string
	}{
		{"network without token", "", []string{"serve", "--addr", "0.0.0.0:0", "--db", missing}, "give --token"},
		{"all interfaces without token", "", []string{"serve", "--addr", ":0", "--db", missing}, "not loopback"},
		{"token from the environment", "s3cret", []string{"serve", "--addr", "0.0.0.0:0", "--db", missing}, "no store at"},
		{"loopback, missing store", "", []string{"serve", "--db", missing}, "no store at"},
		{"bad address", "", []string{"serve", "--addr", "nonsense", "--db", missing}, "nonsense"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("HEARSAY_TOKEN", tc.env)
			code, _, errs := run(t, "", tc.args...)
			if code == 0 || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d, stderr %q; want failure naming %q", code, errs, tc.want)
			}
		})
	}
}
