// Package storygen writes a synthetic, deterministic news corpus for testing
// cross-article linking: multi-outlet stories in which an origin report is
// retold by other outlets (naming their source, citing a source that cites
// another, or reprinting the text without naming anyone), confirmed by
// independent reports, and contradicted by a denial or a report with a
// different actor or number, all mixed with unrelated single reports.
//
// What goes in: Options (a seed and the number of stories and noise
// reports). What comes out: Articles (plain English text with outlet,
// domain and publication time, plus an oracle analysis in doc.Doc form with
// entities, attributions, claims and events and their exact spans) and a
// Truth (the true claim clusters, each cluster's origin document, its
// number of independent origins and circular flag, and the true
// contradictions). The same seed always gives the same corpus.
//
// The oracle analysis lets a linker be measured, and benchmarked, apart from
// the analysis pipeline; the text lets the same corpus go through the real
// pipeline.
package storygen
