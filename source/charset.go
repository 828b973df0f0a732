package source

import (
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// legacyArabic are the pre-Unicode Arabic encodings still found in news
// archives, tried in this order when text is not UTF-8.
var legacyArabic = []struct {
	name string
	enc  encoding.Encoding
}{
	{"windows-1256", charmap.Windows1256},
	{"ISO-8859-6", charmap.ISO8859_6},
}

// decodeText returns b as UTF-8: as is when it is valid UTF-8, else decoded
// from the legacy Arabic encoding it reads best in. enc names the encoding
// decoded from, "" when none fits (the caller then treats b as it is).
func decodeText(b []byte) (out []byte, enc string) {
	if utf8.Valid(b) {
		return b, ""
	}
	best, bestScore := []byte(nil), 0
	for _, c := range legacyArabic {
		d, err := c.enc.NewDecoder().Bytes(b)
		if err != nil {
			continue
		}
		if s := arabicScore(d); s > bestScore {
			best, bestScore, enc = d, s, c.name
		}
	}
	if best == nil {
		return b, ""
	}
	return best, enc
}

// arabicScore says how much decoded text reads as Arabic: the Arabic
// letters it holds, or 0 when fewer than half its non-ASCII characters are
// Arabic or it has characters the encoding leaves undefined (U+FFFD) or
// C1 controls, as a wrong guess does.
func arabicScore(d []byte) int {
	arabic, high, bad := 0, 0, 0
	for _, r := range string(d) {
		switch {
		case r < 0x80:
		case r == utf8.RuneError || r < 0xa0:
			bad++
		case r >= 0x0600 && r <= 0x06ff:
			arabic++
			high++
		default:
			high++
		}
	}
	if arabic == 0 || arabic*2 < high || bad*50 > high {
		return 0
	}
	return arabic - bad
}

// decodeHTML returns an HTML page as UTF-8. The encoding declared by a
// byte-order mark or a <meta charset> (or http-equiv Content-Type) wins;
// else the page is tried as legacy Arabic.
//
// Valid UTF-8 is never decoded again: a page that Page.UTF8 has decoded
// still carries its <meta charset>.
func decodeHTML(b []byte) (out []byte, enc string, err error) {
	if utf8.Valid(b) {
		return b, "", nil
	}
	if e, name, certain := charset.DetermineEncoding(b, ""); certain && name != "utf-8" {
		d, err := e.NewDecoder().Bytes(b)
		if err != nil {
			return nil, name, err
		}
		return d, name, nil
	}
	out, enc = decodeText(b)
	return out, enc, nil
}
