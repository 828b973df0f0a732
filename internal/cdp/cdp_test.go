package cdp

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Launch launches Chromium for a test, skipping when there is none unless
// KG_REQUIRE_BROWSER=1.
func launch(t *testing.T) *Browser {
	t.Helper()
	if _, err := Find(); err != nil {
		if os.Getenv("KG_REQUIRE_BROWSER") == "1" {
			t.Fatalf("KG_REQUIRE_BROWSER=1: %v", err)
		}
		t.Skipf("skipping browser test: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b, err := Launch(ctx, 800, 600)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

func TestBrowser(t *testing.T) {
	b := launch(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<!doctype html><title>t</title><input id=i autofocus><p id=p>مرحبا</p>`))
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := b.Navigate(ctx, srv.URL); err != nil {
		t.Fatal(err)
	}
	var text string
	if err := b.Eval(ctx, `document.getElementById("p").textContent`, &text); err != nil || text != "مرحبا" {
		t.Fatalf("eval: %q, %v", text, err)
	}
	if err := b.Eval(ctx, `document.getElementById("i").focus()`, nil); err != nil {
		t.Fatal(err)
	}
	if err := b.InsertText(ctx, "typed"); err != nil {
		t.Fatal(err)
	}
	if err := b.WaitFor(ctx, `document.getElementById("i").value === "typed"`, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := b.Eval(ctx, `throw new Error("boom")`, nil); err == nil {
		t.Error("a JavaScript exception should be an error")
	}
	png := filepath.Join(t.TempDir(), "shot.png")
	if err := b.Screenshot(ctx, png); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(png); err != nil || st.Size() < 1000 {
		t.Errorf("screenshot: %v %v", st, err)
	}
}
