// Package export writes stored analyses in the formats analysts already
// use: PLOVER JSON Lines and GDELT 2.0 event and mention tables for
// events, schema.org ClaimReview JSON-LD for claims, W3C PROV-O JSON-LD
// for attribution chains, GEXF and GraphML for the actor and citation
// graphs, and CSV for claims, actors and events.
//
// What goes in: contract.Analysis values, one document at a time, read
// from a Source (store.Store satisfies it) through Export, which applies
// the same filters as `hearsay claims`. What comes out: bytes on an
// io.Writer, written as each document arrives. Only the graph formats
// keep state across documents: the graph itself (one entry per distinct
// node and per distinct edge, never per document or per claim), because
// GEXF lists every node before the first edge and both graph formats
// merge repeated edges into weights.
//
// Every format is one file (plover.go, gdelt.go, claimreview.go, prov.go,
// gexf.go, graphml.go, csv.go); New picks one by name:
//
//	w, err := export.New("claimreview", os.Stdout, export.Options{})
//	if err != nil { ... }
//	err = export.Export(ctx, st, export.Filter{About: "Pakistan"}, w)
//
// Fields a format defines but Hearsay does not know (GDELT's Goldstein
// scale, tone, FIPS geo codes, CAMEO actor role codes) are left empty,
// never guessed. Offsets are Unicode code points into the document text,
// end exclusive, in every format.
package export
