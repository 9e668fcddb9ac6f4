package server

import (
	"encoding/json"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"
)

type oaDoc struct {
	Paths      map[string]map[string]oaOp `json:"paths"`
	Components struct {
		Schemas    map[string]oaSchema `json:"schemas"`
		Parameters map[string]oaParam  `json:"parameters"`
		Responses  map[string]struct {
			Content map[string]struct {
				Schema oaSchema `json:"schema"`
			} `json:"content"`
		} `json:"responses"`
	} `json:"components"`
}

type oaOp struct {
	OperationID string    `json:"operationId"`
	Parameters  []oaParam `json:"parameters"`
	Responses   map[string]struct {
		Ref     string `json:"$ref"`
		Content map[string]struct {
			Schema oaSchema `json:"schema"`
		} `json:"content"`
	} `json:"responses"`
}

type oaParam struct {
	Ref  string `json:"$ref"`
	Name string `json:"name"`
	In   string `json:"in"`
}

type oaSchema struct {
	Ref        string              `json:"$ref"`
	Type       string              `json:"type"`
	Required   []string            `json:"required"`
	Properties map[string]oaSchema `json:"properties"`
	AllOf      []oaSchema          `json:"allOf"`
	Items      *oaSchema           `json:"items"`
}

func loadOpenAPI(t *testing.T) oaDoc {
	var d oaDoc
	if err := json.Unmarshal(OpenAPI(), &d); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return d
}

// oaPath turns a ServeMux pattern into an OpenAPI path.
func oaPath(pattern string) string {
	return strings.ReplaceAll(pattern, "{$}", "")
}

// TestOpenAPIRoutes checks that the document lists exactly the routes the
// mux serves, and each route's path parameters.
func TestOpenAPIRoutes(t *testing.T) {
	d := loadOpenAPI(t)
	s, err := New(brokenStore{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	served := map[string]bool{}
	for _, r := range s.routes() {
		p := oaPath(r.Pattern)
		m := strings.ToLower(r.Method)
		served[m+" "+p] = true
		op, ok := d.Paths[p][m]
		if !ok {
			t.Errorf("route %s %s is not in openapi.json", r.Method, r.Pattern)
			continue
		}
		if op.OperationID == "" || len(op.Responses) == 0 {
			t.Errorf("%s %s: no operationId or responses", r.Method, p)
		}
		// Every {name} in the path is a documented path parameter.
		for _, seg := range strings.Split(p, "/") {
			if !strings.HasPrefix(seg, "{") {
				continue
			}
			name := strings.Trim(seg, "{}")
			found := false
			for _, prm := range op.Parameters {
				prm = resolveParam(d, prm)
				if prm.In == "path" && prm.Name == name {
					found = true
				}
			}
			if !found {
				t.Errorf("%s %s: path parameter %s not documented", r.Method, p, name)
			}
		}
	}
	var extra []string
	for p, ops := range d.Paths {
		for m := range ops {
			if !served[m+" "+p] {
				extra = append(extra, m+" "+p)
			}
		}
	}
	sort.Strings(extra)
	if len(extra) > 0 {
		t.Errorf("openapi.json documents routes the server does not have: %v", extra)
	}
}

func resolveParam(d oaDoc, p oaParam) oaParam {
	if p.Ref != "" {
		return d.Components.Parameters[strings.TrimPrefix(p.Ref, "#/components/parameters/")]
	}
	return p
}

func resolveSchema(d oaDoc, s oaSchema) oaSchema {
	for s.Ref != "" {
		s = d.Components.Schemas[strings.TrimPrefix(s.Ref, "#/components/schemas/")]
	}
	return s
}

// requiredOf gathers the required properties of s, through allOf.
func requiredOf(d oaDoc, s oaSchema) (req []string, props map[string]oaSchema) {
	s = resolveSchema(d, s)
	props = map[string]oaSchema{}
	for _, part := range s.AllOf {
		r, p := requiredOf(d, part)
		req = append(req, r...)
		for k, v := range p {
			props[k] = v
		}
	}
	req = append(req, s.Required...)
	for k, v := range s.Properties {
		props[k] = v
	}
	return req, props
}

// checkShape checks that body has every required property of schema, and
// for arrays of objects, that the first item does.
func checkShape(t *testing.T, d oaDoc, where string, schema oaSchema, body any) {
	req, props := requiredOf(d, schema)
	obj, ok := body.(map[string]any)
	if !ok {
		if len(req) > 0 {
			t.Errorf("%s: want an object, got %T", where, body)
		}
		return
	}
	for _, k := range req {
		if _, ok := obj[k]; !ok {
			t.Errorf("%s: required property %q missing", where, k)
		}
	}
	for k, ps := range props {
		ps = resolveSchema(d, ps)
		if ps.Items != nil {
			if arr, ok := obj[k].([]any); ok && len(arr) > 0 {
				checkShape(t, d, where+"."+k+"[0]", *ps.Items, arr[0])
			}
		}
	}
}

// TestOpenAPIResponses requests every route with real IDs and checks that
// the status is one the document lists and that a JSON body has the
// required properties of the documented schema.
func TestOpenAPIResponses(t *testing.T) {
	f := apiFixture(t)
	d := loadOpenAPI(t)
	s := f.server(t, Options{})
	claim := f.multiCarrier(t)
	var actors page[actorView]
	getJSON(t, s, "/api/v1/actors?limit=1", &actors)
	vals := map[string]string{
		"/api/v1/documents/{id}":          f.example.Document.ID,
		"/api/v1/documents/{id}/analysis": f.example.Document.ID,
		"/api/v1/claims/{id}":             claim,
		"/api/v1/claims/{id}/trace":       claim,
		"/api/v1/actors/{id}":             actors.Items[0].ID,
		"/assets/{file}":                  "app.js",
	}
	for _, r := range s.routes() {
		p := oaPath(r.Pattern)
		target := p
		if v, ok := vals[p]; ok {
			i := strings.Index(p, "{")
			j := strings.Index(p, "}")
			target = p[:i] + url.PathEscape(v) + p[j+1:]
		}
		var w = do(t, s, r.Method, target, strings.NewReader("The minister said the talks had failed."), "Content-Type", "text/plain")
		op := d.Paths[p][strings.ToLower(r.Method)]
		resp, ok := op.Responses[strconv.Itoa(w.Code)]
		if !ok {
			t.Errorf("%s %s: status %d is not documented", r.Method, target, w.Code)
			continue
		}
		if w.Code != 200 {
			t.Errorf("%s %s: status %d: %s", r.Method, target, w.Code, w.Body.String())
			continue
		}
		js, ok := resp.Content["application/json"]
		if !ok {
			continue
		}
		var body any
		if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
			t.Errorf("%s %s: %v", r.Method, target, err)
			continue
		}
		checkShape(t, d, r.Method+" "+p, js.Schema, body)
	}
}
