package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestFIRENames(t *testing.T) {
	for _, c := range []struct {
		span string
		want []string
	}{
		{"Acme Widgets", []string{"Acme Widgets", "Acme Widgets"}},
		{"Acme Widgets, Inc.", []string{"Acme Widgets, Inc.", "Acme Widgets, Inc.", "Acme Widgets"}},
		{"Acme's", []string{"Acme's", "Acme"}},
		{`Acme Widgets, LLC's (" Acme ")`, []string{`Acme Widgets, LLC's (" Acme ")`, `Acme Widgets, LLC's (" Acme ")`, "Acme Widgets, LLC", "Acme", "Acme Widgets"}},
	} {
		if got := FIRENames(c.span); !reflect.DeepEqual(got, c.want) {
			t.Errorf("FIRENames(%q) = %q, want %q", c.span, got, c.want)
		}
	}
}

func TestDetok(t *testing.T) {
	got := detok(strings.Fields("Acme bought Beta ( \" Beta \" ) for $ 5 million , or 10 % ."))
	if want := `Acme bought Beta (" Beta ") for $5 million, or 10%.`; got != want {
		t.Errorf("detok = %q, want %q", got, want)
	}
}
