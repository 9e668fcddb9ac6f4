// Package link traces claims across documents: which documents state the
// same claim, who said it first, who repeated whom, how many independent
// origins there really are, and who says otherwise.
//
// What goes in: analysed documents (doc.Doc with ID, outlet or URL,
// publication date, claims, and where present entities, attributions,
// events and relays), one at a time, through Linker.Add. What comes out:
// claim clusters kept in an Index (claims that state the same thing, found
// through MinHash/LSH on word trigrams for reprinted text and through event
// frames and shared entities for paraphrases), citation edges (document →
// outlet or person it names), and "contradicts" relations between claims
// about one event that disagree on polarity, actor, recipient or number.
// Linker.Trace and Linker.Stats read them back: the provenance tree of a
// claim, its origin, its number of independent origins, and whether it is
// circular (many carriers, one origin) or contested.
//
// The analysis a linker gets is imperfect, so each signal has a fallback
// that uses only the text: a claim cut short is linked by its sentence
// (linkSpan); a trailing ", X, the governor, said" left inside a claim is
// dropped before comparing (contentOf); names come from capital letters
// when the entity layer missed them (names); a source the attribution layer
// missed is read from "X reported that ..." or "According to X, ..."
// (leadSource), widened to its whole name (widenName), and matched against
// the outlet registry and the outlets of earlier carriers.
//
// Storage: MemIndex for tests and benchmarks, SQLIndex over the store's
// database (tables from store/sqlite and store/postgres linkMigrations;
// sqlite.Store.LinkIndex and postgres.Store.LinkIndex return one;
// SQLIndex.Atomic and Linker.With link documents in one transaction, as
// ingest.LinkStored does). linktest.Run checks an Index against MemIndex.
//
// Cost: adding a claim reads at most Options.PerKey claims per blocking
// key (about 20 LSH bands and a handful of frame and entity keys), so it
// costs the same whether the index holds a thousand documents or a
// million; there is no pass over all pairs. A trace reads one cluster
// (at most Options.MaxMembers claims).
//
//	l := link.New(link.NewMemIndex(), link.Options{})
//	for _, d := range docs {
//		if _, err := l.Add(ctx, d); err != nil { ... }
//	}
//	t, err := l.Trace(ctx, link.Ref{Doc: "3f2a9c0d1e4b5a67", Claim: "c4"})
package link
