package postgres

import (
	"testing"

	"github.com/hearsaynews/hearsay/internal/link/linktest"
)

func TestLinkIndex(t *testing.T) {
	s := openFresh(t).(*Store)
	defer s.Close()
	linktest.Run(t, s.LinkIndex())
}
