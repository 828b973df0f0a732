package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ErrRefused marks an analyst query that CheckQuery will not run.
var ErrRefused = errors.New("query refused")

// AllowedProcedures are the procedures an analyst query may CALL: they read
// the schema or the full-text index and nothing else.
var AllowedProcedures = []string{
	"db.labels",
	"db.relationshipTypes",
	"db.propertyKeys",
	"db.index.fulltext.queryNodes",
	"db.index.fulltext.queryRelationships",
	"db.schema.visualization",
	"db.schema.nodeTypeProperties",
	"db.schema.relTypeProperties",
}

// adminWords start administration commands; a read transaction on the
// graph database would refuse most of them anyway, but this says why.
var adminWords = map[string]bool{
	"GRANT": true, "DENY": true, "REVOKE": true, "START": true, "STOP": true,
	"ENABLE": true, "DEALLOCATE": true, "REALLOCATE": true, "DRYRUN": true,
	"ALTER": true, "RENAME": true,
}

// adminObjects follow CREATE or DROP in administration commands.
var adminObjects = map[string]bool{
	"USER": true, "ROLE": true, "DATABASE": true, "COMPOSITE": true, "ALIAS": true,
	"SERVER": true, "OR": true, "INDEX": true, "CONSTRAINT": true, "FULLTEXT": true,
	"RANGE": true, "TEXT": true, "POINT": true, "LOOKUP": true, "VECTOR": true,
}

// CheckQuery refuses an ad-hoc analyst query that could do more than read
// the graph: administration and SHOW/TERMINATE commands, LOAD CSV (it makes
// the server fetch a URL or read a file), CALL of a procedure outside
// AllowedProcedures, USE of another database, and anything the planner
// does not call read-only. It reads the text first, then asks the server
// for the plan with EXPLAIN, which runs nothing.
func (s *Store) CheckQuery(ctx context.Context, cypher string, params map[string]any) error {
	if err := checkText(cypher); err != nil {
		return err
	}
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()
	sum, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (neo4j.ResultSummary, error) {
		res, err := tx.Run(ctx, "EXPLAIN "+cypher, params)
		if err != nil {
			return nil, err
		}
		return res.Consume(ctx)
	})
	if err != nil {
		return fmt.Errorf("query on %s: %w", s.uri, s.scrub(explainQuery(err)))
	}
	if t := sum.StatementType(); t != neo4j.StatementTypeReadOnly {
		return refused("the planner says it is not read-only (%s)", statementKind(t))
	}
	return checkPlan(sum.Plan())
}

func statementKind(t neo4j.StatementType) string {
	switch t {
	case neo4j.StatementTypeReadWrite:
		return "read-write"
	case neo4j.StatementTypeWriteOnly:
		return "write"
	case neo4j.StatementTypeSchemaWrite:
		return "schema write"
	}
	return "unknown type"
}

func refused(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrRefused, fmt.Sprintf(format, args...))
}

// checkPlan walks an EXPLAIN plan for operators the text check might have
// missed (the planner sees through any spelling).
func checkPlan(p neo4j.Plan) error {
	if p == nil {
		return nil
	}
	op, _, _ := strings.Cut(p.Operator(), "@")
	switch {
	case op == "LoadCSV":
		return refused("LOAD CSV is not allowed: it makes the server read a URL or file")
	case strings.HasPrefix(op, "Show") || strings.HasPrefix(op, "Terminate"):
		return refused("%s is an administration command; kg query only reads the graph", op)
	case op == "ProcedureCall":
		details, _ := p.Arguments()["Details"].(string)
		name, _, _ := strings.Cut(strings.TrimSpace(details), "(")
		if !procedureAllowed(name) {
			return refused("procedure %s is not allowed; allowed: %s", name, strings.Join(AllowedProcedures, ", "))
		}
	}
	for _, c := range p.Children() {
		if err := checkPlan(c); err != nil {
			return err
		}
	}
	return nil
}

func procedureAllowed(name string) bool {
	n := strings.TrimSpace(name)
	for _, a := range AllowedProcedures {
		if strings.EqualFold(n, a) { // another casing names one of these or no procedure
			return true
		}
	}
	return false
}

// checkText refuses by keyword, before anything reaches the server.
func checkText(cypher string) error {
	toks := lexCypher(cypher)
	if len(toks) == 0 {
		return refused("empty query")
	}
	for i, t := range toks {
		w := strings.ToUpper(t.text)
		next := ""
		if i+1 < len(toks) && !toks[i+1].quoted {
			next = strings.ToUpper(toks[i+1].text)
		}
		// LOAD CSV is refused wherever the two words stand bare: no
		// legitimate read puts them side by side.
		if !t.quoted && w == "LOAD" && next == "CSV" {
			return refused("LOAD CSV is not allowed: it makes the server read a URL or file")
		}
		if !t.keyword(toks, i) {
			continue
		}
		switch {
		case w == "SHOW" || w == "TERMINATE":
			return refused("%s %s is an administration command (it lists or stops other clients' work); kg query only reads the graph", w, next)
		case w == "EXPLAIN" || w == "PROFILE":
			return refused("%s is not supported; kg query runs the query itself", w)
		case w == "USE":
			return refused("USE is not allowed; kg query reads the configured database (neo4j.database)")
		case i == 0 && adminWords[w], (w == "CREATE" || w == "DROP") && adminObjects[next]:
			return refused("%s %s is an administration command; kg query only reads the graph", w, next)
		case w == "CALL":
			if name, ok := procName(toks[i+1:]); ok && !procedureAllowed(name) {
				return refused("procedure %s is not allowed; allowed: %s", name, strings.Join(AllowedProcedures, ", "))
			}
		}
	}
	return nil
}

// procName reads the dotted procedure name after CALL; a subquery
// (CALL { or CALL ( ) has none.
func procName(toks []token) (string, bool) {
	var parts []string
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.ident() {
			break
		}
		parts = append(parts, t.text)
		if i+1 < len(toks) && toks[i+1].text == "." && !toks[i+1].quoted {
			i++
			continue
		}
		break
	}
	if len(parts) == 0 {
		return "", false
	}
	return strings.Join(parts, "."), true
}

// token is one word or punctuation mark of a Cypher text, with comments and
// string literals dropped.
type token struct {
	text   string
	quoted bool // `backticked` identifier: never a keyword
}

func (t token) ident() bool {
	if t.quoted {
		return true
	}
	c := t.text[0]
	return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// keyword reports whether toks[i] stands where a keyword can: a bare word
// that is not a property (n.show), a parameter ($show), a label (:Show), a
// map key ({show: 1}) nor a variable in a pattern, list or alias ((show),
// a, show, x AS show).
func (t token) keyword(toks []token, i int) bool {
	if t.quoted || !t.ident() {
		return false
	}
	if i > 0 {
		switch toks[i-1].text {
		case ".", "$", ":", "(", ",", "AS", "as", "As", "aS":
			if !toks[i-1].quoted {
				return false
			}
		}
	}
	return !(i+1 < len(toks) && toks[i+1].text == ":" && !toks[i+1].quoted)
}

// lexCypher splits Cypher into tokens, skipping white space, comments and
// string literals (whose content is never a keyword).
func lexCypher(s string) []token {
	var toks []token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case strings.HasPrefix(s[i:], "//"):
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				return toks
			}
			i += j + 1
		case strings.HasPrefix(s[i:], "/*"):
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				return toks
			}
			i += j + 4
		case c == '\'' || c == '"':
			i = skipString(s, i)
			toks = append(toks, token{text: "''", quoted: true})
		case c == '`':
			j := strings.IndexByte(s[i+1:], '`')
			if j < 0 {
				return append(toks, token{text: s[i+1:], quoted: true})
			}
			toks = append(toks, token{text: s[i+1 : i+1+j], quoted: true})
			i += j + 2
		case c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80:
			j := i
			for j < len(s) && (s[j] == '_' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= '0' && s[j] <= '9' || s[j] >= 0x80) {
				j++
			}
			toks = append(toks, token{text: s[i:j]})
			i = j
		default:
			toks = append(toks, token{text: s[i : i+1]})
			i++
		}
	}
	return toks
}

// skipString returns the index after the string literal starting at i.
func skipString(s string, i int) int {
	q := s[i]
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case q:
			return j + 1
		}
	}
	return len(s)
}
