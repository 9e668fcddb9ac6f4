package modelio

import (
	"bytes"
	"strings"
	"testing"
)

func TestRoundTripAndPayload(t *testing.T) {
	type hdr struct{ Labels []string }
	var buf bytes.Buffer
	if err := Write(&buf, "TEST1", hdr{[]string{"a", "b"}}); err != nil {
		t.Fatal(err)
	}
	buf.WriteString("payload")
	var got hdr
	if err := Read(&buf, "TEST1", &got); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got.Labels, ",") != "a,b" {
		t.Errorf("labels = %v", got.Labels)
	}
	if buf.String() != "payload" {
		t.Errorf("payload after header = %q", buf.String())
	}
}

func TestRejectsWrongMagic(t *testing.T) {
	var buf bytes.Buffer
	Write(&buf, "AAAA1", 1)
	if err := Read(&buf, "BBBB1", new(int)); err == nil {
		t.Error("wrong magic accepted")
	}
	if err := Read(strings.NewReader("BB"), "BBBB1", new(int)); err == nil {
		t.Error("short file accepted")
	}
}
