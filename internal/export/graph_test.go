package export

import (
	"encoding/xml"
	"strings"
	"testing"
)

// The structures below follow the published schemas (gexf.net/1.3/gexf.xsd,
// graphml.graphdrawing.org/xmlns/1.0/graphml.xsd); the namespace in each
// XMLName makes decoding fail on a file in any other namespace.

type gexfFile struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		Attributes      []struct {
			Class string `xml:"class,attr"`
			Attr  []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []struct {
			ID        string `xml:"id,attr"`
			Label     string `xml:"label,attr"`
			AttValues []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
			} `xml:"attvalues>attvalue"`
		} `xml:"nodes>node"`
		Edges []struct {
			ID     string  `xml:"id,attr"`
			Source string  `xml:"source,attr"`
			Target string  `xml:"target,attr"`
			Label  string  `xml:"label,attr"`
			Weight float64 `xml:"weight,attr"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

type graphmlFile struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID       string `xml:"id,attr"`
		For      string `xml:"for,attr"`
		AttrName string `xml:"attr.name,attr"`
		AttrType string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		ID          string `xml:"id,attr"`
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

// graphCase is what a graph export must hold, found from the analyses
// without the graph code: edges that must be there.
type wantEdge struct{ source, target, label string }

func fixtureWants(t *testing.T, graph string) (minNodes int, edges []wantEdge) {
	_, docs := openFixture(t)
	if graph == "actors" {
		for _, a := range docs {
			x := index(a)
			minNodes = max(minNodes, len(a.Entities))
			for _, v := range a.Events {
				ac, rc := x.entity(v.Actor), x.entity(v.Recipient)
				if ac != nil && rc != nil && ac.Type == "country" && rc.Type == "country" {
					edges = append(edges, wantEdge{"country:" + strings.ToLower(entityA3(ac)), "country:" + strings.ToLower(entityA3(rc)), v.Type})
				}
			}
		}
		return minNodes, edges
	}
	for _, a := range docs {
		minNodes++ // the document
		if o := val(a.Document.Outlet); o != "" {
			edges = append(edges, wantEdge{"outlet:" + strings.ReplaceAll(strings.ToLower(o), " ", "-"), "doc:" + a.Document.ID, "publishes"})
		}
	}
	return minNodes, edges
}

func TestGEXF(t *testing.T) {
	st, _ := openFixture(t)
	for _, graph := range []string{"actors", "citations"} {
		t.Run(graph, func(t *testing.T) {
			var f gexfFile
			if err := xml.Unmarshal([]byte(exportString(t, st, "gexf", Filter{}, Options{Graph: graph})), &f); err != nil {
				t.Fatalf("GEXF does not parse: %v", err)
			}
			if f.Version != "1.3" || f.Graph.DefaultEdgeType != "directed" {
				t.Errorf("version %q, edge type %q", f.Version, f.Graph.DefaultEdgeType)
			}
			declared := map[string]bool{}
			for _, as := range f.Graph.Attributes {
				for _, a := range as.Attr {
					declared[as.Class+"/"+a.ID] = true
				}
			}
			nodes := map[string]bool{}
			for _, n := range f.Graph.Nodes {
				if nodes[n.ID] {
					t.Errorf("node %s twice", n.ID)
				}
				nodes[n.ID] = true
				for _, av := range n.AttValues {
					if !declared["node/"+av.For] {
						t.Errorf("node %s: value for undeclared attribute %s", n.ID, av.For)
					}
				}
			}
			edges := map[wantEdge]bool{}
			for _, e := range f.Graph.Edges {
				if !nodes[e.Source] || !nodes[e.Target] {
					t.Errorf("edge %s: %s → %s joins an undeclared node", e.ID, e.Source, e.Target)
				}
				if e.Weight < 1 {
					t.Errorf("edge %s: weight %v", e.ID, e.Weight)
				}
				edges[wantEdge{e.Source, e.Target, e.Label}] = true
			}
			minNodes, want := fixtureWants(t, graph)
			if len(f.Graph.Nodes) < minNodes || len(f.Graph.Edges) == 0 {
				t.Fatalf("%d nodes, %d edges; want at least %d nodes and an edge", len(f.Graph.Nodes), len(f.Graph.Edges), minNodes)
			}
			for _, w := range want {
				if !edges[w] {
					t.Errorf("no edge %v", w)
				}
			}
			if len(want) == 0 {
				t.Error("the fixture gives no edge to look for")
			}
		})
	}
}

func TestGraphML(t *testing.T) {
	st, _ := openFixture(t)
	for _, graph := range []string{"actors", "citations"} {
		t.Run(graph, func(t *testing.T) {
			var f graphmlFile
			if err := xml.Unmarshal([]byte(exportString(t, st, "graphml", Filter{}, Options{Graph: graph})), &f); err != nil {
				t.Fatalf("GraphML does not parse: %v", err)
			}
			if f.Graph.EdgeDefault != "directed" {
				t.Errorf("edgedefault %q", f.Graph.EdgeDefault)
			}
			keys := map[string]string{}
			for _, k := range f.Keys {
				if k.ID == "" || k.AttrName == "" || (k.For != "node" && k.For != "edge") {
					t.Errorf("bad key declaration %+v", k)
				}
				switch k.AttrType {
				case "string", "int", "double", "boolean", "long", "float":
				default:
					t.Errorf("key %s: attr.type %q is not a GraphML type", k.ID, k.AttrType)
				}
				keys[k.ID] = k.For
			}
			nodes := map[string]bool{}
			for _, n := range f.Graph.Nodes {
				nodes[n.ID] = true
				for _, d := range n.Data {
					if keys[d.Key] != "node" {
						t.Errorf("node %s: data for undeclared node key %s", n.ID, d.Key)
					}
				}
			}
			edges := map[wantEdge]bool{}
			for _, e := range f.Graph.Edges {
				if !nodes[e.Source] || !nodes[e.Target] {
					t.Errorf("edge %s → %s joins an undeclared node", e.Source, e.Target)
				}
				label := ""
				for _, d := range e.Data {
					if keys[d.Key] != "edge" {
						t.Errorf("edge data for undeclared edge key %s", d.Key)
					}
					if d.Key == "elabel" {
						label = d.Value
					}
				}
				edges[wantEdge{e.Source, e.Target, label}] = true
			}
			minNodes, want := fixtureWants(t, graph)
			if len(f.Graph.Nodes) < minNodes || len(f.Graph.Edges) == 0 {
				t.Fatalf("%d nodes, %d edges; want at least %d nodes and an edge", len(f.Graph.Nodes), len(f.Graph.Edges), minNodes)
			}
			for _, w := range want {
				if !edges[w] {
					t.Errorf("no edge %v", w)
				}
			}
		})
	}
}

// With the linker's provenance, a document that repeats an earlier
// document's claim points at it.
func TestCitationGraphDerives(t *testing.T) {
	st, docs := openFixture(t)
	ids := map[string]string{}
	for _, a := range docs {
		ids[val(a.Document.Outlet)] = "doc:" + a.Document.ID
	}
	var f graphmlFile
	out := exportString(t, st, "graphml", Filter{}, Options{Graph: "citations", Provenance: &LinkProvenance{L: linker(st)}})
	if err := xml.Unmarshal([]byte(out), &f); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range f.Graph.Edges {
		kind := ""
		for _, d := range e.Data {
			if d.Key == "ekind" {
				kind = d.Value
			}
		}
		if kind == "derives" && e.Source == ids["Copy Post"] && e.Target == ids["Other Wire"] {
			found = true
		}
	}
	if !found {
		t.Errorf("no derives edge %s → %s (Copy Post repeats Other Wire's claim)", ids["Copy Post"], ids["Other Wire"])
	}
}
