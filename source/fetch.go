package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"github.com/kg-news/kg/config"
)

// Page is a document fetched over HTTP, its body decoded to UTF-8.
type Page struct {
	URL         string // the URL requested
	FinalURL    string // the URL after redirects
	ContentType string // media type without parameters, e.g. text/html
	Body        []byte // as received

	contentTypeHeader string
}

// FetchError is a failed fetch: the URL and a reason an operator can act on.
type FetchError struct {
	URL    string
	Reason string
	Err    error // the cause, if any
}

func (e *FetchError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("fetch %s: %s: %v", e.URL, e.Reason, e.Err)
	}
	return fmt.Sprintf("fetch %s: %s", e.URL, e.Reason)
}

func (e *FetchError) Unwrap() error { return e.Err }

// Fetcher gets feeds and pages over HTTP with a timeout, a size limit, a
// User-Agent and a bounded number of redirects. It is safe for concurrent
// use.
type Fetcher struct {
	client   *http.Client
	maxBytes int64
	agent    string
}

// NewFetcher builds a Fetcher from the fetch.* settings.
func NewFetcher(cfg config.Fetch) *Fetcher {
	maxRedirects := cfg.MaxRedirects
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.ResponseHeaderTimeout = cfg.Timeout
	return &Fetcher{
		client: &http.Client{
			Timeout:   cfg.Timeout,
			Transport: tr,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
					return redirectError(fmt.Sprintf("redirect to unsupported scheme %q", req.URL.Scheme))
				}
				if len(via) > maxRedirects {
					return redirectError(fmt.Sprintf("too many redirects (more than %d, fetch.max_redirects)", maxRedirects))
				}
				return nil
			},
		},
		maxBytes: cfg.MaxBytes,
		agent:    cfg.UserAgent,
	}
}

// Get fetches rawURL. A non-2xx status, a body over the size limit, a
// timeout and too many redirects are errors of type *FetchError.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Page{}, &FetchError{URL: rawURL, Reason: "not an http(s) URL"}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return Page{}, &FetchError{URL: rawURL, Reason: "bad request", Err: err}
	}
	req.Header.Set("User-Agent", f.agent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1")
	resp, err := f.client.Do(req)
	if err != nil {
		return Page{}, &FetchError{URL: rawURL, Reason: reasonOf(err), Err: err}
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Page{}, &FetchError{URL: rawURL, Reason: "HTTP " + resp.Status}
	}
	if resp.ContentLength > f.maxBytes {
		return Page{}, &FetchError{URL: rawURL, Reason: fmt.Sprintf("too large: %d bytes, limit %d (fetch.max_bytes)", resp.ContentLength, f.maxBytes)}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBytes+1))
	if err != nil {
		return Page{}, &FetchError{URL: rawURL, Reason: reasonOf(err), Err: err}
	}
	if int64(len(body)) > f.maxBytes {
		return Page{}, &FetchError{URL: rawURL, Reason: fmt.Sprintf("too large: over %d bytes (fetch.max_bytes)", f.maxBytes)}
	}
	ct := resp.Header.Get("Content-Type")
	media, _, _ := mime.ParseMediaType(ct)
	return Page{URL: rawURL, FinalURL: resp.Request.URL.String(), ContentType: media, Body: body, contentTypeHeader: ct}, nil
}

// UTF8 returns the body decoded from the charset its Content-Type or its
// <meta> tag declares. Without a declaration the body must be UTF-8:
// a legacy charset is guessed only among the Arabic ones (windows-1256,
// ISO-8859-6), and only when the text reads as Arabic in it. Feeds are parsed from the raw Body instead, since an XML
// declaration names its own encoding.
func (p Page) UTF8() ([]byte, error) {
	if _, name, certain := charset.DetermineEncoding(p.Body, p.contentTypeHeader); certain && name != "utf-8" {
		return decode(p.Body, p.contentTypeHeader)
	}
	if out, enc := decodeText(p.Body); enc != "" {
		return out, nil // undeclared windows-1256 or ISO-8859-6 Arabic
	}
	return checkUTF8(p.Body)
}

func decode(body []byte, contentType string) ([]byte, error) {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, fmt.Errorf("cannot decode from charset %s: %v", name, err)
	}
	return out, nil
}

func checkUTF8(body []byte) ([]byte, error) {
	if utf8.Valid(body) {
		return body, nil
	}
	bad := 0
	for i := 0; i < len(body); {
		r, n := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	return nil, fmt.Errorf("invalid UTF-8 (%d bad bytes) and no other charset declared", bad)
}

// reasonOf names a transport failure briefly: timeouts and refused
// connections are the ones operators see most.
func reasonOf(err error) string {
	var ue *url.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ue) && ue.Timeout():
		return "timed out"
	case errors.Is(err, context.Canceled):
		return "canceled"
	}
	var re redirectError
	if errors.As(err, &re) {
		return string(re)
	}
	return "request failed"
}

// redirectError is why a redirect was not followed; reasonOf reports it
// as it is.
type redirectError string

func (e redirectError) Error() string { return string(e) }
