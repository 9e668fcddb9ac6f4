// Package queue spreads analysis over many worker processes through a
// durable job queue kept in the PostgreSQL store's own database
// (github.com/riverqueue/river).
//
// What goes in: documents, already extracted to plain text with their
// metadata, through Enqueue (or through an Enqueuer standing in for the
// store in "hearsay ingest --enqueue"). Each lands once in the table
// queue_documents, keyed by its content hash (store.DocID), with one river
// job whose arguments name that key; enqueueing the same text or URL again
// does nothing.
//
// What comes out: Worker runs river jobs on any number of hosts. Each job
// analyses its document with the pipeline, stores it with
// store.PutAnalysis (idempotent by content hash, so a job that runs twice
// stores one result), and then links documents into the cross-article
// index in the order they were enqueued (see linker.go): the links come
// out the same however many workers ran and in whatever order they
// finished. Jobs that fail are retried with exponential backoff
// (Backoff); after MaxAttempts they are discarded, river's dead-letter
// state, with every attempt's error kept on the job. Stats, Failed, Retry
// and Drop read and act on that state for "hearsay queue".
//
// A worker that stops on SIGTERM finishes or releases its jobs; the jobs
// of a worker that was killed are rescued by the other workers after
// Options.RescueAfter.
package queue
