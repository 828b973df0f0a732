package ar

import (
	"reflect"
	"testing"
)

func TestVariants(t *testing.T) {
	cases := []struct {
		in     string
		forms  []string
		prefix []int
	}{
		{"شركه", []string{"شركه"}, []int{0}}, // no clitic letter: the fast path
		{"zentrix", []string{"zentrix"}, []int{0}},
		{"وزنتركس", []string{"وزنتركس", "زنتركس"}, []int{0, 1}},
		{"للشركه", []string{"للشركه", "الشركه", "شركه"}, []int{0, 2, 2}},
		{"البنك", []string{"البنك", "بنك"}, []int{0, 2}},
	}
	for _, c := range cases {
		forms, prefix := Variants(c.in)
		if !reflect.DeepEqual(forms, c.forms) || !reflect.DeepEqual(prefix, c.prefix) {
			t.Errorf("Variants(%q) = %q %v, want %q %v", c.in, forms, prefix, c.forms, c.prefix)
		}
	}
}
