package extract

import "strings"

// Title Case headlines capitalise every word, so a headline run may carry
// the description in front of a name ("AI Startup Vellichor", "Dairy Maker
// Fennimore") or be no name at all ("Controlling" of "Acquire Controlling
// Stake"). The body, written in sentence case, tells which words are the
// name: a headline run shrinks to the longest part of it the body names,
// and a headline word the body writes only in lower case is dropped.
func headlineTrim(d *Doc) {
	if len(d.Sentences) < 2 {
		return
	}
	heads := map[int]bool{}
	if titleCase(d, d.Sentences[0]) {
		heads = headlines(d)
	}
	body := map[string]bool{}
	for _, m := range d.Mentions {
		// A lone capitalised word opening a sentence is no evidence
		// ("Dairy assets have been in demand").
		if t := &d.Tokens[m.From]; !heads[t.Sent] && !(t.SentStart && m.To-m.From == 1 && m.Cue == "capitalised") {
			body[strings.TrimPrefix(m.Key, "?")] = true
		}
	}
	out := d.Mentions[:0]
	for _, m := range d.Mentions {
		if from, ok := pastDescriptor(d, m, body); ok && m.Lex == "" && d.Tokens[m.From].Script == Latin {
			m.From = from
			m.Key = "?" + joinNorm(d.Tokens, from, m.To)
			m.Surface = surface(d, from, m.To, 0)
		}
		if heads[d.Tokens[m.From].Sent] && m.Lex == "" && d.Tokens[m.From].Script == Latin && !body[strings.TrimPrefix(m.Key, "?")] {
			if from, to, ok := bodyPart(d, m, body); ok {
				m.From, m.To = from, to
				m.Key = "?" + joinNorm(d.Tokens, from, to)
				m.Surface = surface(d, from, to, 0)
			} else if lowerInBody(d, m, heads) {
				continue
			}
		}
		out = append(out, m)
	}
	d.Mentions = out
}

// headlines marks the headline and the sentences that repeat it word for
// word: a page's title is often its first line too.
func headlines(d *Doc) map[int]bool {
	s0 := d.Sentences[0]
	head := d.Text[s0.Start:s0.End]
	heads := map[int]bool{0: true}
	for si := 1; si < len(d.Sentences) && si < 4; si++ {
		if s := d.Sentences[si]; d.Text[s.Start:s.End] == head {
			heads[si] = true
		}
	}
	return heads
}

// titleCase reports a sentence whose Latin words are mostly capitalised.
func titleCase(d *Doc, s Sentence) bool {
	up, n := 0, 0
	for j := s.From; j < s.To; j++ {
		if t := &d.Tokens[j]; t.Script == Latin && len(t.Text) > 3 {
			n++
			if t.Upper {
				up++
			}
		}
	}
	return n >= 3 && up*4 >= n*3
}

// bodyPart is the longest run of m's words, shorter than m, that the body
// names.
func bodyPart(d *Doc, m Mention, body map[string]bool) (int, int, bool) {
	for n := m.To - m.From - 1; n >= 1; n-- {
		for from := m.From; from+n <= m.To; from++ {
			if body[joinNorm(d.Tokens, from, from+n)] {
				return from, from + n, true
			}
		}
	}
	return 0, 0, false
}

// pastDescriptor is where the name starts in a capitalised run that puts
// its description in front ("SME Lending Startup Zentrix" in a line
// capitalised to its verb): after the last descriptor noun, when the
// words after it are named on their own elsewhere.
func pastDescriptor(d *Doc, m Mention, body map[string]bool) (int, bool) {
	for k := m.To - 2; k > m.From; k-- {
		if nameDescriptors[d.Tokens[k].Norm] && body[joinNorm(d.Tokens, k+1, m.To)] {
			return k + 1, true
		}
	}
	return 0, false
}

var nameDescriptors = wordSet("name-descriptors")

// lowerInBody reports a one-word headline mention that the body writes in
// lower case and never capitalised inside a sentence.
func lowerInBody(d *Doc, m Mention, heads map[int]bool) bool {
	if m.To-m.From != 1 {
		return false
	}
	w, lower := d.Tokens[m.From].Norm, false
	for j := d.Sentences[1].From; j < len(d.Tokens); j++ {
		t := &d.Tokens[j]
		if t.Norm != w || t.Script != Latin || heads[t.Sent] {
			continue
		}
		if t.Upper && !t.SentStart {
			return false
		}
		lower = lower || !t.Upper
	}
	return lower
}
