package export

import (
	"encoding/xml"
	"io"
	"strconv"
)

// GraphML (graphml.graphdrawing.org), read by Gephi, yEd, NetworkX and
// igraph. Node and edge data are declared as <key> elements with
// attr.name and attr.type: the node label and the node attributes of
// graphNodeAttrs, the edge label, kind and weight.

// GraphMLNamespace is the XML namespace of GraphML.
const GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns"

type graphmlKey struct {
	XMLName  xml.Name `xml:"key"`
	ID       string   `xml:"id,attr"`
	For      string   `xml:"for,attr"`
	AttrName string   `xml:"attr.name,attr"`
	AttrType string   `xml:"attr.type,attr"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type graphmlNode struct {
	XMLName xml.Name      `xml:"node"`
	ID      string        `xml:"id,attr"`
	Data    []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	XMLName xml.Name      `xml:"edge"`
	ID      string        `xml:"id,attr"`
	Source  string        `xml:"source,attr"`
	Target  string        `xml:"target,attr"`
	Data    []graphmlData `xml:"data"`
}

// NewGraphML returns a writer of the named graph ("actors" or
// "citations") as GraphML. The document is written on Close. prov (may
// be nil) adds the citation graph's document → document edges.
func NewGraphML(w io.Writer, graph string, prov Provenance) DocWriter {
	return &graphDoc{g: NewGraph(graph, prov), write: func(g *Graph) error { return writeGraphML(w, g) }}
}

func graphmlType(t string) string {
	if t == "integer" {
		return "int"
	}
	return t
}

func writeGraphML(w io.Writer, g *Graph) error {
	b := bw(w)
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(b)
	enc.Indent("", " ")
	root := xml.StartElement{Name: xml.Name{Local: "graphml"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "xmlns"}, Value: GraphMLNamespace},
		{Name: xml.Name{Local: "xmlns:xsi"}, Value: "http://www.w3.org/2001/XMLSchema-instance"},
		{Name: xml.Name{Local: "xsi:schemaLocation"}, Value: GraphMLNamespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"},
	}}
	graph := xml.StartElement{Name: xml.Name{Local: "graph"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "id"}, Value: g.Name},
		{Name: xml.Name{Local: "edgedefault"}, Value: "directed"},
	}}
	enc.EncodeToken(root)
	enc.Encode(graphmlKey{ID: "label", For: "node", AttrName: "label", AttrType: "string"})
	for _, a := range graphNodeAttrs {
		enc.Encode(graphmlKey{ID: a.name, For: "node", AttrName: a.name, AttrType: graphmlType(a.typ)})
	}
	enc.Encode(graphmlKey{ID: "elabel", For: "edge", AttrName: "label", AttrType: "string"})
	enc.Encode(graphmlKey{ID: "ekind", For: "edge", AttrName: "kind", AttrType: "string"})
	enc.Encode(graphmlKey{ID: "weight", For: "edge", AttrName: "weight", AttrType: "double"})
	enc.EncodeToken(graph)
	for _, n := range g.Nodes() {
		x := graphmlNode{ID: n.ID, Data: []graphmlData{{"label", n.Label}}}
		for _, a := range graphNodeAttrs {
			if v := a.get(n); v != "" {
				x.Data = append(x.Data, graphmlData{a.name, v})
			}
		}
		if err := enc.Encode(x); err != nil {
			return err
		}
	}
	for i, e := range g.Edges() {
		x := graphmlEdge{ID: "e" + strconv.Itoa(i), Source: e.Source, Target: e.Target, Data: []graphmlData{
			{"elabel", e.Label}, {"ekind", e.Kind}, {"weight", strconv.Itoa(e.Weight)}}}
		if err := enc.Encode(x); err != nil {
			return err
		}
	}
	enc.EncodeToken(graph.End())
	enc.EncodeToken(root.End())
	if err := enc.Flush(); err != nil {
		return err
	}
	b.WriteString("\n")
	return b.Flush()
}
