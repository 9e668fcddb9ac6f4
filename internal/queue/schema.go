package queue

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
)

// migrateLock is the advisory lock key that serialises the queue's
// migrations between workers starting at the same time ("Queue").
const migrateLock = 0x5175657565

// steps are the queue's own schema steps, applied in order after river's
// migrations, each once; append new steps, never change one.
var steps = []string{`
CREATE TABLE queue_documents (
	doc_id      TEXT PRIMARY KEY,             -- store.DocID of text
	seq         BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE, -- enqueue order, the linking order
	origin      TEXT NOT NULL,                -- input the document came from
	url         TEXT,
	outlet      TEXT,
	title       TEXT,
	author      TEXT,
	published   TEXT,
	language    TEXT NOT NULL,
	text        TEXT NOT NULL,
	job_id      BIGINT,                       -- river_job.id of its analysis job
	status      TEXT NOT NULL DEFAULT 'pending', -- pending, analysed, failed, dropped
	stored_id   TEXT,                         -- ID the store returned (differs for a URL duplicate)
	error       TEXT,                         -- last error, for failed documents
	enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	analysed_at TIMESTAMPTZ,
	linked_at   TIMESTAMPTZ
);
CREATE INDEX queue_documents_url ON queue_documents (url) WHERE url IS NOT NULL;
CREATE INDEX queue_documents_unlinked ON queue_documents (seq) WHERE linked_at IS NULL;
CREATE INDEX queue_documents_analysed ON queue_documents (analysed_at) WHERE analysed_at IS NOT NULL;
`}

// migrate brings river's tables and the queue's own up to date. The store
// must have been opened (and so migrated) first: the worker reads and
// writes its tables.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("queue: migrate: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(migrateLock)); err != nil {
		return fmt.Errorf("queue: migration lock: %w", err)
	}
	defer conn.Exec(context.Background(), `SELECT pg_advisory_unlock($1)`, int64(migrateLock))
	m, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		return fmt.Errorf("queue: river migrations: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("queue: river migrations: %w", err)
	}
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS queue_migrations (
		version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`); err != nil {
		return fmt.Errorf("queue: queue_migrations: %w", err)
	}
	var have int
	if err := conn.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM queue_migrations`).Scan(&have); err != nil {
		return fmt.Errorf("queue: schema version: %w", err)
	}
	if have > len(steps) {
		return fmt.Errorf("queue: database schema version %d is newer than this program knows (%d): upgrade hearsay", have, len(steps))
	}
	for v := have + 1; v <= len(steps); v++ {
		tx, err := conn.Begin(ctx)
		if err != nil {
			return fmt.Errorf("queue: migration %d: %w", v, err)
		}
		if _, err := tx.Exec(ctx, steps[v-1]); err != nil {
			tx.Rollback(ctx)
			return fmt.Errorf("queue: migration %d: %w", v, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO queue_migrations (version) VALUES ($1)`, v); err != nil {
			tx.Rollback(ctx)
			return fmt.Errorf("queue: migration %d: %w", v, err)
		}
		if err := tx.Commit(ctx); err != nil {
			return fmt.Errorf("queue: migration %d: %w", v, err)
		}
	}
	return nil
}
