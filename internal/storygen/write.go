package storygen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/hearsaynews/hearsay/internal/contract"
)

// WriteDir writes the corpus into dir (created if needed):
//
//	articles.jsonl   one article a line: id, outlet, domain, url, title,
//	                 published (RFC 3339), text
//	texts/ID.txt     each article's text alone, for "hearsay analyze"
//	oracle.jsonl     each article's oracle analysis in contract JSON
//	truth.json       the Truth: claims (document, span, text, cluster,
//	                 role), clusters (origin, documents, independent
//	                 origins, circular) and contradictions
func (c *Corpus) WriteDir(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "texts"), 0o755); err != nil {
		return fmt.Errorf("storygen: %w", err)
	}
	arts, err := os.Create(filepath.Join(dir, "articles.jsonl"))
	if err != nil {
		return fmt.Errorf("storygen: %w", err)
	}
	defer arts.Close()
	oracle, err := os.Create(filepath.Join(dir, "oracle.jsonl"))
	if err != nil {
		return fmt.Errorf("storygen: %w", err)
	}
	defer oracle.Close()
	aw, ow := bufio.NewWriter(arts), bufio.NewWriter(oracle)
	ae, oe := json.NewEncoder(aw), json.NewEncoder(ow)
	ae.SetEscapeHTML(false)
	oe.SetEscapeHTML(false)
	for _, a := range c.Articles {
		if err := ae.Encode(a); err != nil {
			return fmt.Errorf("storygen: article %s: %w", a.ID, err)
		}
		if err := oe.Encode(contract.FromDoc(a.Oracle)); err != nil {
			return fmt.Errorf("storygen: oracle %s: %w", a.ID, err)
		}
		if err := os.WriteFile(filepath.Join(dir, "texts", a.ID+".txt"), []byte(a.Text+"\n"), 0o644); err != nil {
			return fmt.Errorf("storygen: %w", err)
		}
	}
	if err := aw.Flush(); err != nil {
		return fmt.Errorf("storygen: %w", err)
	}
	if err := ow.Flush(); err != nil {
		return fmt.Errorf("storygen: %w", err)
	}
	b, err := json.MarshalIndent(c.Truth, "", "  ")
	if err != nil {
		return fmt.Errorf("storygen: truth: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, "truth.json"), append(b, '\n'), 0o644)
}

// ReadArticles reads an articles.jsonl file written by WriteDir.
func ReadArticles(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("storygen: %w", err)
	}
	defer f.Close()
	var out []Article
	dec := json.NewDecoder(f)
	for n := 1; dec.More(); n++ {
		var a Article
		if err := dec.Decode(&a); err != nil {
			return nil, fmt.Errorf("storygen: %s: article %d: %w", path, n, err)
		}
		if a.ID == "" || a.Text == "" || a.Published.Equal(time.Time{}) {
			return nil, fmt.Errorf("storygen: %s: article %d: id, text and published are required", path, n)
		}
		out = append(out, a)
	}
	return out, nil
}
