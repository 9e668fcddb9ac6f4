package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQueueNeedsPostgres checks that the queue commands refuse the
// embedded store with a message that says why, and that plain ingest into
// SQLite is untouched by --enqueue's existence.
func TestQueueNeedsPostgres(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "h.db")
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("The minister said the bridge would reopen on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"worker", "--db", db}, 1, "needs a postgres:// URL"},
		{[]string{"queue", "--db", db}, 1, "needs a postgres:// URL"},
		{[]string{"queue", "failed", "--db", db}, 1, "needs a postgres:// URL"},
		{[]string{"queue", "retry", "--db", db}, 1, "name document IDs, or --all"},
		{[]string{"queue", "drop", "--all", "--db", db, "0123456789abcdef"}, 1, "choose one"},
		{[]string{"queue", "status", "--format", "xml", "--db", db}, 1, `--format "xml"`},
		{[]string{"ingest", "--enqueue", "--db", db, in}, 1, "--enqueue needs a postgres://"},
	} {
		var out, errb bytes.Buffer
		code := RunEnv(c.args, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
		if code != c.code || !strings.Contains(errb.String(), c.want) {
			t.Errorf("hearsay %s: exit %d, stderr %q; want exit %d and %q", strings.Join(c.args, " "), code, errb.String(), c.code, c.want)
		}
	}
}
