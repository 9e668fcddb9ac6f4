package extract

import (
	"errors"
	"fmt"
)

// Sentinel errors, wrapped in an *Error; test with errors.Is.
var (
	ErrEmpty     = errors.New("empty input")
	ErrTooLarge  = errors.New("input too large")
	ErrBinary    = errors.New("binary data, not text")
	ErrNotUTF8   = errors.New("not valid UTF-8")
	ErrNoArticle = errors.New("no article text found")
	ErrOption    = errors.New("invalid option")
)

// Error is a failure to read one input. It prints as
// "extract NAME: problem" and unwraps to one of the sentinel errors.
type Error struct {
	Name   string // the input's name, as given to Read
	Offset int64  // byte offset of the problem in the input, -1 when it has none
	Err    error
}

func (e *Error) Error() string { return "extract " + e.Name + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }

func fail(name string, offset int64, sentinel error, format string, args ...any) error {
	err := sentinel
	if format != "" {
		err = fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)
	}
	return &Error{Name: name, Offset: offset, Err: err}
}
