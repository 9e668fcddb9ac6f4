// Package ingest turns inputs into stored analyses. Inputs are file and
// directory paths and http(s) URLs; out of them come Items (one article's
// bytes, plain text or HTML, with the metadata its container carried),
// read from plain text, HTML, JSON Lines, RSS/Atom feeds and WARC files.
// Run sends every Item through extraction and the analysis pipeline on a
// pool of workers, hands each analysis to store.PutAnalysis on a larger
// pool of store callers (so that analysis goes on while the store writes,
// and the store can commit waiting documents together, each of them
// whole or not at all), and returns a Summary (stored, duplicates,
// failed). LinkStored then links the stored documents across articles
// (internal/link), in an order that does not depend on the order they
// were stored in.
//
// Limits are Options fields with units: Options.MaxBytes caps any one
// item (a file, a JSON line, a WARC record, a fetched page); Fetch
// options cap time and redirects. A bad item fails alone, with an error
// naming it ("feed.xml#3: …") and the reason; the rest goes on.
//
// URLs are fetched by a client that refuses private, loopback and
// link-local addresses (checked on every connection, after DNS, so
// redirects and rebinding cannot reach them) unless AllowPrivate is set.
package ingest
