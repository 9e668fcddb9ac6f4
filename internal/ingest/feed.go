package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
)

// ReadFeed reads every item of an RSS, Atom or JSON feed. An item whose
// feed holds its full content becomes an HTML Item; one with only a
// summary gets Page set to its link, so the worker fetches the article
// and falls back to the summary. The feed's title is each item's outlet.
// A feed that cannot be parsed is one failed Item.
func ReadFeed(name string, data []byte, emit func(Item) bool) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		emit(failed(name, ErrMalformed, "feed: %v", err))
		return
	}
	if len(f.Items) == 0 {
		emit(failed(name, ErrMalformed, "feed has no items"))
		return
	}
	for i, fi := range f.Items {
		if fi == nil {
			continue
		}
		it := Item{Name: fmt.Sprintf("%s#%d", name, i+1), HTML: true, Meta: Meta{
			URL: strings.TrimSpace(fi.Link), Outlet: strings.TrimSpace(f.Title), Title: strings.TrimSpace(fi.Title)}}
		if fi.Author != nil {
			it.Meta.Author = strings.TrimSpace(fi.Author.Name)
		} else if len(fi.Authors) > 0 && fi.Authors[0] != nil {
			it.Meta.Author = strings.TrimSpace(fi.Authors[0].Name)
		}
		switch {
		case fi.PublishedParsed != nil:
			it.Meta.Published = fi.PublishedParsed.UTC().Format("2006-01-02")
		case fi.UpdatedParsed != nil:
			it.Meta.Published = fi.UpdatedParsed.UTC().Format("2006-01-02")
		}
		content := strings.TrimSpace(fi.Content)
		if content == "" {
			content = strings.TrimSpace(fi.Description)
			if isHTTP(it.Meta.URL) {
				it.Page = it.Meta.URL
			}
		}
		if content == "" && it.Page == "" {
			it = failed(it.Name, ErrMalformed, "feed item has no content, summary or link")
		}
		it.Data = []byte(content)
		if !emit(it) {
			return
		}
	}
}

func isHTTP(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}
