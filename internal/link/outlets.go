package link

import "github.com/hearsaynews/hearsay/internal/outlet"

// Registry resolves outlets through Hearsay's outlet registry
// (internal/outlet), so that "Fox", "Fox News" and foxnews.com are one
// outlet. It is the default Options.Outlets.
type Registry struct{}

// ByName implements Outlets.
func (Registry) ByName(name string) (string, string, bool) {
	o, ok := outlet.Lookup(name)
	if !ok {
		return "", "", false
	}
	return outlet.Key(o.Name), o.Name, true
}

// ByHost implements Outlets.
func (Registry) ByHost(host string) (string, string, bool) {
	o, ok := outlet.ByDomain(host)
	if !ok {
		return "", "", false
	}
	return outlet.Key(o.Name), o.Name, true
}
