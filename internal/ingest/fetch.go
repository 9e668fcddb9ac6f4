package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"
)

// UserAgent is sent with every request.
const UserAgent = "Hearsay/1.0 (news attribution analysis; +https://github.com/hearsaynews/hearsay)"

// FetchOptions limits fetching. The zero value means the defaults.
type FetchOptions struct {
	Timeout      time.Duration // whole request, body included; default 30s
	MaxBytes     int64         // body size cap in bytes; default 10 MiB
	MaxRedirects int           // default 5
	// AllowPrivate permits private, loopback and link-local addresses.
	// Off by default, so a feed or page cannot point Hearsay at services
	// inside the network it runs in.
	AllowPrivate bool
}

// Fetcher gets pages over http(s) within its limits.
type Fetcher struct {
	client *http.Client
	o      FetchOptions
}

// NewFetcher builds a Fetcher.
func NewFetcher(o FetchOptions) *Fetcher {
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 10 << 20
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 5
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !o.AllowPrivate {
		// Control sees the address actually dialled, after name
		// resolution, for the first request and every redirect alike.
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip, err := netip.ParseAddr(host)
			if err != nil {
				return fmt.Errorf("%w: cannot parse address %q", ErrRefused, host)
			}
			if !publicAddr(ip) {
				return fmt.Errorf("%w: %s is a private, loopback or link-local address (allow with --allow-private)", ErrRefused, ip)
			}
			return nil
		}
	}
	tr := &http.Transport{
		// No proxy from the environment: the address check must see the
		// real destination.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: o.Timeout,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       30 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	c := &http.Client{Transport: tr, Timeout: o.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > o.MaxRedirects {
				return fmt.Errorf("%w: more than %d redirects", ErrRefused, o.MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("%w: redirect to %s", ErrRefused, req.URL.Scheme)
			}
			return nil
		}}
	return &Fetcher{client: c, o: o}
}

// publicAddr reports whether ip may be fetched without AllowPrivate.
func publicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsGlobalUnicast() && !ip.IsPrivate() && !ip.IsLoopback() && !ip.IsLinkLocalUnicast() &&
		!cgnat.Contains(ip)
}

// cgnat is the shared address space of RFC 6598, private in all but name.
var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// Page is a fetched response.
type Page struct {
	URL         string // after redirects
	ContentType string // media type without parameters
	Body        []byte
}

// Get fetches rawURL. A status other than 200, a body over MaxBytes and
// a refused address are errors naming the URL.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%w: not an http(s) URL", ErrMalformed)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8")
	resp, err := f.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		if errors.Is(err, ErrRefused) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: fetch: %v", ErrUnreadable, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%w: HTTP status %s", ErrUnreadable, resp.Status)
	}
	if resp.ContentLength > f.o.MaxBytes {
		return nil, fmt.Errorf("%w: body of %d bytes is over the %d-byte limit", ErrTooLarge, resp.ContentLength, f.o.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.o.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: reading body: %v", ErrUnreadable, err)
	}
	if int64(len(body)) > f.o.MaxBytes {
		return nil, fmt.Errorf("%w: body over the %d-byte limit", ErrTooLarge, f.o.MaxBytes)
	}
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	return &Page{URL: resp.Request.URL.String(), ContentType: mt, Body: body}, nil
}
