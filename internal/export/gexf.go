package export

import (
	"encoding/xml"
	"io"
	"strconv"
)

// GEXF 1.3 (gexf.net/1.3, the format Gephi reads natively). Nodes carry
// their kind, alpha-3 country, outlet, date and document and mention
// counts as declared attributes; edges carry their weight, their label
// (event type, cue type) as GEXF's edge kind so that Gephi keeps parallel
// edges of different types apart, and their kind as an attribute.

// GEXFNamespace is the XML namespace of GEXF 1.3.
const GEXFNamespace = "http://gexf.net/1.3"

type gexfAttr struct {
	XMLName xml.Name `xml:"attribute"`
	ID      string   `xml:"id,attr"`
	Title   string   `xml:"title,attr"`
	Type    string   `xml:"type,attr"`
}

type gexfAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfNode struct {
	XMLName   xml.Name       `xml:"node"`
	ID        string         `xml:"id,attr"`
	Label     string         `xml:"label,attr"`
	AttValues []gexfAttValue `xml:"attvalues>attvalue"`
}

type gexfEdge struct {
	XMLName   xml.Name       `xml:"edge"`
	ID        string         `xml:"id,attr"`
	Source    string         `xml:"source,attr"`
	Target    string         `xml:"target,attr"`
	Kind      string         `xml:"kind,attr,omitempty"`
	Label     string         `xml:"label,attr,omitempty"`
	Weight    string         `xml:"weight,attr"`
	AttValues []gexfAttValue `xml:"attvalues>attvalue"`
}

// graphNodeAttrs are the node attributes both graph formats declare, in
// order: name, XML schema type, and how to read it off a node.
var graphNodeAttrs = []struct {
	name, typ string
	get       func(*Node) string
}{
	{"kind", "string", func(n *Node) string { return n.Kind }},
	{"country", "string", func(n *Node) string { return n.Country }},
	{"outlet", "string", func(n *Node) string { return n.Outlet }},
	{"published", "string", func(n *Node) string { return n.Published }},
	{"documents", "integer", func(n *Node) string { return strconv.Itoa(n.Documents) }},
	{"mentions", "integer", func(n *Node) string { return strconv.Itoa(n.Mentions) }},
}

// NewGEXF returns a writer of the named graph ("actors" or "citations")
// as GEXF 1.3. The document is written on Close. prov (may be nil) adds
// the citation graph's document → document edges.
func NewGEXF(w io.Writer, graph string, prov Provenance) DocWriter {
	return &graphDoc{g: NewGraph(graph, prov), write: func(g *Graph) error { return writeGEXF(w, g) }}
}

func writeGEXF(w io.Writer, g *Graph) error {
	b := bw(w)
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(b)
	enc.Indent("", " ")
	start := func(name string, attrs ...string) xml.StartElement {
		s := xml.StartElement{Name: xml.Name{Local: name}}
		for i := 0; i+1 < len(attrs); i += 2 {
			s.Attr = append(s.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
		}
		return s
	}
	root := start("gexf", "xmlns", GEXFNamespace, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
		"xsi:schemaLocation", GEXFNamespace+" http://gexf.net/1.3/gexf.xsd", "version", "1.3")
	meta := start("meta")
	graph := start("graph", "mode", "static", "defaultedgetype", "directed")
	nodeAttrs := start("attributes", "class", "node")
	edgeAttrs := start("attributes", "class", "edge")
	nodes, edges := start("nodes"), start("edges")
	enc.EncodeToken(root)
	enc.EncodeToken(meta)
	enc.EncodeElement("Hearsay", start("creator"))
	enc.EncodeElement("Hearsay "+g.Name+" graph", start("description"))
	enc.EncodeToken(meta.End())
	enc.EncodeToken(graph)
	enc.EncodeToken(nodeAttrs)
	for i, a := range graphNodeAttrs {
		enc.Encode(gexfAttr{ID: strconv.Itoa(i), Title: a.name, Type: a.typ})
	}
	enc.EncodeToken(nodeAttrs.End())
	enc.EncodeToken(edgeAttrs)
	enc.Encode(gexfAttr{ID: "0", Title: "kind", Type: "string"})
	enc.EncodeToken(edgeAttrs.End())
	enc.EncodeToken(nodes)
	for _, n := range g.Nodes() {
		x := gexfNode{ID: n.ID, Label: n.Label}
		for i, a := range graphNodeAttrs {
			if v := a.get(n); v != "" {
				x.AttValues = append(x.AttValues, gexfAttValue{strconv.Itoa(i), v})
			}
		}
		if err := enc.Encode(x); err != nil {
			return err
		}
	}
	enc.EncodeToken(nodes.End())
	enc.EncodeToken(edges)
	for i, e := range g.Edges() {
		x := gexfEdge{ID: strconv.Itoa(i), Source: e.Source, Target: e.Target, Kind: e.Label, Label: e.Label,
			Weight: strconv.Itoa(e.Weight), AttValues: []gexfAttValue{{"0", e.Kind}}}
		if err := enc.Encode(x); err != nil {
			return err
		}
	}
	enc.EncodeToken(edges.End())
	enc.EncodeToken(graph.End())
	enc.EncodeToken(root.End())
	if err := enc.Flush(); err != nil {
		return err
	}
	b.WriteString("\n")
	return b.Flush()
}
