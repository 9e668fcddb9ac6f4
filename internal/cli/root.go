// Package cli puts Hearsay together for the command line: it parses
// arguments, builds the pipeline and the store, and hands off to one file
// per command. Run returns the process exit code.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// Env is what commands read and write, so tests can run them in-process.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// exitError carries a specific exit code out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// Run runs the hearsay command line with args and the process's standard
// streams.
func Run(args []string) int {
	return RunEnv(args, Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr})
}

// RunEnv runs the command line with the given streams.
func RunEnv(args []string, env Env) int {
	root := &cobra.Command{
		Use:           "hearsay",
		Short:         "Who says what in the news, how sure, about whom: attributions, certainty, actors and events with evidence spans",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(env.Stdin)
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	// The command list is plain, in pipeline order, rather than assembled by
	// init functions, so that reading this file shows every command.
	for _, c := range []func(Env) *cobra.Command{
		analyzeCmd,
		trainCmd,
		evalModelsCmd,
		parseCmd,
		traceCmd,
		ingestCmd,
		workerCmd,
		queueCmd,
		docsCmd,
		showCmd,
		claimsCmd,
		actorsCmd,
		serveCmd,
		exportCmd,
	} {
		root.AddCommand(c(env))
	}
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return 0
	}
	fmt.Fprintln(env.Stderr, "hearsay:", err)
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return 1
}
