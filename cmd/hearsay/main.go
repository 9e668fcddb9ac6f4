// Command hearsay reads English news and records who says what, how sure,
// about whom, with character offsets as evidence. See the README.
package main

import (
	"os"

	"github.com/hearsaynews/hearsay/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:]))
}
