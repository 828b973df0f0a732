package translit

import "testing"

func TestKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"شركة زفير للروبوتات", "SFR"},
		{"Zafir Robotics", "SFR"},
		{"سارة القحطاني", "SR KHTN"},
		{"Sarah Al-Qahtani", "SR KHTN"},
		{"Khalid Al Mansouri", "XLD MNSR"},
		{"خالد المنصوري", "XLD MNSR"},
		{"نخلة للتقنية", "NXL"},
		{"Nakhla Technologies", "NXL"},
		{"Rimal Holding", "RML"},
		{"رمال القابضة", "RML"},
		{"Michelle", "MCL"},
		{"ميشيل", "MCL"},
		{"Holding Company", ""},
	} {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMatch(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"سارة القحطاني", "Sarah Al-Qahtani", 1},
		{"Sarah Qahtani", "سارة العتيبي", 0},
		{"زفير", "Zafir Robotics", 1},
		{"ألفريد", "Alfred", 1},      // ال is part of the name here
		{"القحطاني", "Alqahtani", 1}, // glued article
		{"بديع", "Nora", 0},
		{"Holding", "القابضة", 0}, // nothing distinctive
	} {
		if got := Match(c.a, c.b); got != c.want {
			t.Errorf("Match(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestShort(t *testing.T) {
	if !Short("مدار") || !Short("Nur") || !Short("Nakhla Tech") || Short("Sarah Al-Qahtani") || Short("Qahtani") {
		t.Error("Short misjudged")
	}
}

func TestLatin(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"زفير", "Zfir"},
		{"القحطاني", "Al-Qhtani"},
		{"وفرة", "Wfra"},
		{"Zafir", "Zafir"},
	} {
		if got := Latin(c.in); got != c.want {
			t.Errorf("Latin(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMatchFinalH(t *testing.T) {
	if Match("مصباح", "Misbah Payments") != 1 || Match("نخلة", "Nakhlah") != 1 {
		t.Error("a final -ah must match both ح and ة")
	}
}

func TestMatchHAcrossSyllables(t *testing.T) {
	if Match("هدهد للطيران", "Hudhud Aviation") != 1 || Match("ذهب", "Dhahab") != 1 {
		t.Error("dh is both one consonant and d+h")
	}
}
