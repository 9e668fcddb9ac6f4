package ingest

import (
	"context"
	"fmt"
	"slices"

	"github.com/hearsaynews/hearsay/internal/contract"
	"github.com/hearsaynews/hearsay/internal/doc"
	"github.com/hearsaynews/hearsay/internal/link"
	"github.com/hearsaynews/hearsay/internal/store"
)

// LinkStored links, in ID order, every document in st that l's index does
// not hold yet, and returns how many it linked. Only those analyses are
// read back: listing the IDs costs little, decoding every stored analysis
// on each ingest would not. The order makes the links the same whatever
// order the documents were stored in.
//
// Over an SQL index, documents are linked linkBatch at a time in one
// transaction: a batch is linked whole or not at all, and one that an
// interrupted run left out is linked by the next. progress, when not nil,
// is called after each batch with the documents linked so far and the
// number to link.
func LinkStored(ctx context.Context, st store.Store, l *link.Linker, progress func(linked, total int)) (int, error) {
	docs, err := st.Documents(ctx, store.DocQuery{})
	if err != nil {
		return 0, err
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	slices.Sort(ids)
	var todo []string
	for _, id := range ids {
		done, err := l.Linked(ctx, id)
		if err != nil {
			return 0, err
		}
		if !done {
			todo = append(todo, id)
		}
	}
	// Documents are read back and prepared on another goroutine while
	// one is linked: linking goes one document at a time, so a second
	// core is otherwise idle.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type next struct {
		p   *link.Prepared
		err error
	}
	prepared := make(chan next, 8)
	go func() {
		defer close(prepared)
		for _, id := range todo {
			var n next
			a, err := st.Document(ctx, id)
			if err == nil {
				var d *doc.Doc
				if d, err = contract.ToDoc(a); err != nil {
					err = fmt.Errorf("document %s: %w", id, err)
				} else {
					n.p, err = l.Prepare(d)
				}
			}
			n.err = err
			select {
			case prepared <- n:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	linked := 0
	for linked < len(todo) {
		batch := min(len(todo)-linked, linkBatch)
		err := atomically(ctx, l, func(l *link.Linker) error {
			for range batch {
				n, ok := <-prepared
				if !ok {
					return ctx.Err()
				}
				if n.err != nil {
					return n.err
				}
				if _, err := l.AddPrepared(ctx, n.p); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return linked, err
		}
		linked += batch
		if progress != nil {
			progress(linked, len(todo))
		}
	}
	return linked, nil
}

// linkBatch is how many documents LinkStored links in one transaction. A
// document adds about a thousand blocking keys, spread over the whole key
// index, so a commit writes back most of the pages it touched; documents
// committed together share those pages.
const linkBatch = 64

// atomically calls fn with a linker whose index writes in one transaction,
// committed when fn succeeds, when l's index is kept in a database.
func atomically(ctx context.Context, l *link.Linker, fn func(*link.Linker) error) error {
	idx, ok := l.Index().(*link.SQLIndex)
	if !ok {
		return fn(l)
	}
	return idx.Atomic(ctx, func(tx *link.SQLIndex) error { return fn(l.With(tx)) })
}
