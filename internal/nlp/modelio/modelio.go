// Package modelio frames Hearsay's model files: a magic string, then a
// length-prefixed JSON header (labels, dictionaries, settings), then any
// binary payload the caller writes (perceptron weights). Compression is left
// to the caller, so the same bytes can be embedded gzipped or kept plain.
package modelio

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
)

// MaxHeader is the largest JSON header Read accepts, in bytes; it guards
// against reading a wrong or corrupt file into memory.
const MaxHeader = 64 << 20

// Write writes magic and v as the JSON header.
func Write(w io.Writer, magic string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("modelio: encoding %s header: %w", magic, err)
	}
	if _, err := io.WriteString(w, magic); err != nil {
		return err
	}
	if err := binary.Write(w, binary.LittleEndian, uint32(len(b))); err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Read checks magic and decodes the JSON header into v. r is read exactly up
// to the end of the header, so a payload can follow.
func Read(r io.Reader, magic string, v any) error {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return fmt.Errorf("modelio: not a %s model file (magic %q)", magic, head)
	}
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return fmt.Errorf("modelio: %s header length: %w", magic, err)
	}
	if n > MaxHeader {
		return fmt.Errorf("modelio: %s header of %d bytes is over the %d-byte limit", magic, n, MaxHeader)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return fmt.Errorf("modelio: %s header: %w", magic, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("modelio: %s header: %w", magic, err)
	}
	return nil
}
