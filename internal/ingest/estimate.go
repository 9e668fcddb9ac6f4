package ingest

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// estimate counts the items the inputs will give, cheaply and without
// parsing, so the progress bar has a total and an ETA from the start
// rather than only the items read so far: a line per JSON line, a tag per
// feed item, a header per uncompressed WARC response, one per other file
// or URL. Compressed WARC files count as one until they are read.
func estimate(ctx context.Context, inputs []string, maxBytes int64) int {
	n := 0
	count := func(p string) {
		f, err := os.Open(p)
		if err != nil {
			n++
			return
		}
		defer f.Close()
		head := make([]byte, 512)
		k, _ := io.ReadFull(f, head)
		f.Seek(0, io.SeekStart)
		switch detect(p, head[:k]) {
		case formatJSONL:
			n += countIn(f, func(b []byte) int { return bytes.Count(b, []byte("\n")) }) + 1
		case formatFeed:
			data, _ := io.ReadAll(io.LimitReader(f, maxBytes))
			c := bytes.Count(data, []byte("<item")) + bytes.Count(data, []byte("<entry"))
			n += max(c, 1)
		case formatWARC:
			if strings.HasSuffix(strings.ToLower(p), ".gz") || bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
				n++
				return
			}
			n += max(countIn(f, func(b []byte) int { return bytes.Count(b, []byte("WARC-Type: response")) }), 1)
		default:
			n++
		}
	}
	for _, in := range inputs {
		if ctx.Err() != nil {
			return n
		}
		st, err := os.Stat(in)
		if isHTTP(in) || err != nil || !st.IsDir() {
			if isHTTP(in) || err != nil {
				n++
			} else {
				count(in)
			}
			continue
		}
		filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return fs.SkipAll
			}
			if err == nil && strings.HasPrefix(d.Name(), ".") && p != in {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if err != nil || d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0 && isRegular(p) {
				count(p)
			}
			return nil
		})
	}
	return n
}

// countIn sums fn over r's contents, read in blocks. A pattern split
// between blocks is missed, which an estimate can afford.
func countIn(r io.Reader, fn func([]byte) int) int {
	buf := make([]byte, 256<<10)
	n := 0
	for {
		k, err := r.Read(buf)
		n += fn(buf[:k])
		if err != nil {
			return n
		}
	}
}
