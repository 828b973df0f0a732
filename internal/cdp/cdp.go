// Package cdp drives a headless Chromium over the Chrome DevTools Protocol,
// for kg's browser tests. It talks to the browser over a pipe
// (--remote-debugging-pipe: JSON messages separated by NUL bytes on file
// descriptors 3 and 4), so it needs no WebSocket, no chromedriver and no
// network port, only the standard library.
package cdp

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// Find returns the path of a Chromium binary: $KG_CHROMIUM, else the first
// of chromium, chromium-browser, google-chrome on PATH.
func Find() (string, error) {
	if p := os.Getenv("KG_CHROMIUM"); p != "" {
		return exec.LookPath(p)
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no chromium on PATH (apt-get install chromium, or set KG_CHROMIUM)")
}

// Browser is one headless Chromium with one page attached.
type Browser struct {
	cmd      *exec.Cmd
	toChrome *os.File
	dataDir  string
	session  string // the page's flat session id

	mu      sync.Mutex
	nextID  int64
	pending map[int64]chan message
	done    chan struct{} // closed when the pipe from Chromium closes
	stderr  *strings.Builder
}

type message struct {
	ID        int64           `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    any             `json:"params,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// Launch starts Chromium headless with a fresh profile and a page of the
// given size, and attaches to the page.
func Launch(ctx context.Context, width, height int) (*Browser, error) {
	bin, err := Find()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "kg-chromium-")
	if err != nil {
		return nil, err
	}
	inR, inW, err := os.Pipe() // we write, Chromium reads fd 3
	if err != nil {
		return nil, err
	}
	outR, outW, err := os.Pipe() // Chromium writes fd 4, we read
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio", "--no-default-browser-check",
		"--user-data-dir="+dir, "--remote-debugging-pipe",
		fmt.Sprintf("--window-size=%d,%d", width, height), "about:blank")
	cmd.ExtraFiles = []*os.File{inR, outW}
	var stderr strings.Builder
	cmd.Stderr = &limited{w: &stderr, n: 64 << 10}
	if err := cmd.Start(); err != nil {
		_ = os.RemoveAll(dir)
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	_ = inR.Close()
	_ = outW.Close()
	b := &Browser{cmd: cmd, toChrome: inW, dataDir: dir, pending: map[int64]chan message{}, done: make(chan struct{}), stderr: &stderr}
	go b.read(outR)

	var created struct {
		TargetID string `json:"targetId"`
	}
	if err := b.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &created); err != nil {
		b.Close()
		return nil, err
	}
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": created.TargetID, "flatten": true}, &attached); err != nil {
		b.Close()
		return nil, err
	}
	b.session = attached.SessionID
	if err := b.Call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}, nil); err != nil {
		b.Close()
		return nil, err
	}
	return b, nil
}

// limited keeps the first n bytes written to it.
type limited struct {
	w *strings.Builder
	n int
}

func (l *limited) Write(p []byte) (int, error) {
	if room := l.n - l.w.Len(); room > 0 {
		l.w.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}

func (b *Browser) read(r *os.File) {
	defer close(b.done)
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		raw, err := br.ReadBytes(0)
		if err != nil {
			return
		}
		var m message
		if json.Unmarshal(raw[:len(raw)-1], &m) != nil || m.ID == 0 {
			continue // events are not used
		}
		b.mu.Lock()
		ch := b.pending[m.ID]
		delete(b.pending, m.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- m
		}
	}
}

// Call sends a command to the page and decodes its result into out (which
// may be nil).
func (b *Browser) Call(ctx context.Context, method string, params, out any) error {
	return b.call(ctx, b.session, method, params, out)
}

func (b *Browser) call(ctx context.Context, session, method string, params, out any) error {
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	ch := make(chan message, 1)
	b.pending[id] = ch
	b.mu.Unlock()
	if params == nil {
		params = map[string]any{}
	}
	msg, err := json.Marshal(message{ID: id, Method: method, Params: params, SessionID: session})
	if err != nil {
		return err
	}
	if _, err := b.toChrome.Write(append(msg, 0)); err != nil {
		return fmt.Errorf("cdp %s: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("cdp %s: %s (%d)", method, m.Error.Message, m.Error.Code)
		}
		if out != nil {
			return json.Unmarshal(m.Result, out)
		}
		return nil
	case <-b.done:
		return fmt.Errorf("cdp %s: chromium exited: %s", method, b.stderr.String())
	case <-ctx.Done():
		b.mu.Lock()
		delete(b.pending, id)
		b.mu.Unlock()
		return fmt.Errorf("cdp %s: %w", method, ctx.Err())
	}
}

// Navigate opens url in the page and waits until the document has loaded.
func (b *Browser) Navigate(ctx context.Context, url string) error {
	var res struct {
		ErrorText string `json:"errorText"`
	}
	if err := b.Call(ctx, "Page.navigate", map[string]any{"url": url}, &res); err != nil {
		return err
	}
	if res.ErrorText != "" {
		return fmt.Errorf("navigate %s: %s", url, res.ErrorText)
	}
	return b.WaitFor(ctx, `document.readyState === "complete" && location.href !== "about:blank"`, 30*time.Second)
}

// Eval evaluates a JavaScript expression in the page (awaiting a promise)
// and decodes its value into out (which may be nil).
func (b *Browser) Eval(ctx context.Context, expr string, out any) error {
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := b.Call(ctx, "Runtime.evaluate", map[string]any{
		"expression": expr, "returnByValue": true, "awaitPromise": true}, &res)
	if err != nil {
		return err
	}
	if e := res.ExceptionDetails; e != nil {
		return fmt.Errorf("javascript: %s %s", e.Text, e.Exception.Description)
	}
	if out != nil && len(res.Result.Value) > 0 {
		return json.Unmarshal(res.Result.Value, out)
	}
	return nil
}

// WaitFor polls a JavaScript expression until it is truthy.
func (b *Browser) WaitFor(ctx context.Context, expr string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var last error
	for {
		var ok bool
		if err := b.Eval(ctx, "!!("+expr+")", &ok); err == nil && ok {
			return nil
		} else if err != nil {
			last = err
		}
		if time.Now().After(deadline) {
			if last != nil {
				return fmt.Errorf("waited %s for %s: %w", timeout, expr, last)
			}
			return fmt.Errorf("waited %s for %s", timeout, expr)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// InsertText types text into the focused element.
func (b *Browser) InsertText(ctx context.Context, text string) error {
	return b.Call(ctx, "Input.insertText", map[string]any{"text": text}, nil)
}

// Modifier bits for Key.
const (
	Alt   = 1
	Ctrl  = 2
	Meta  = 4
	Shift = 8
)

// Key presses and releases a key such as "Enter" or "Escape" with the
// given modifiers.
func (b *Browser) Key(ctx context.Context, key string, modifiers int) error {
	codes := map[string]int{"Enter": 13, "Escape": 27, "Tab": 9, "Backspace": 8}
	down := map[string]any{"type": "keyDown", "key": key, "code": key,
		"windowsVirtualKeyCode": codes[key], "modifiers": modifiers}
	if key == "Enter" && modifiers == 0 {
		down["text"] = "\r"
	}
	if err := b.Call(ctx, "Input.dispatchKeyEvent", down, nil); err != nil {
		return err
	}
	return b.Call(ctx, "Input.dispatchKeyEvent", map[string]any{"type": "keyUp", "key": key, "code": key,
		"windowsVirtualKeyCode": codes[key], "modifiers": modifiers}, nil)
}

// Click clicks at page coordinates.
func (b *Browser) Click(ctx context.Context, x, y float64) error {
	for _, typ := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		if err := b.Call(ctx, "Input.dispatchMouseEvent", map[string]any{
			"type": typ, "x": x, "y": y, "button": "left", "clickCount": 1}, nil); err != nil {
			return err
		}
	}
	return nil
}

// Screenshot saves the visible page as a PNG file.
func (b *Browser) Screenshot(ctx context.Context, path string) error {
	var res struct {
		Data string `json:"data"`
	}
	if err := b.Call(ctx, "Page.captureScreenshot", map[string]any{"format": "png"}, &res); err != nil {
		return err
	}
	png, err := base64.StdEncoding.DecodeString(res.Data)
	if err != nil {
		return err
	}
	return os.WriteFile(path, png, 0o644)
}

// Close ends Chromium and removes its profile.
func (b *Browser) Close() {
	if b == nil {
		return
	}
	_ = b.toChrome.Close() // Chromium exits when its command pipe closes
	exited := make(chan struct{})
	go func() { _ = b.cmd.Wait(); close(exited) }()
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
		_ = b.cmd.Process.Kill()
		<-exited
	}
	_ = os.RemoveAll(b.dataDir)
}
