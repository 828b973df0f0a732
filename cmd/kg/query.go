package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/kg-news/kg/examples"
	"github.com/kg-news/kg/graph"
)

var queryOpts struct {
	params []string
	format string
	cypher string
	list   bool
	dir    string
	width  int
}

var queryCmd = &cobra.Command{
	Use:   "query [NAME]",
	Short: "Run a saved or ad-hoc read-only Cypher query",
	Long: `Query runs a saved query by name, or any Cypher with --cypher, in a read
transaction (writes are refused), and prints the result.

Saved queries are .cypher files looked up, in order, in --queries-dir (or
$KG_QUERIES_DIR), ./examples/queries, and the queries built into kg. NAME is
a name (lower-case letters, digits, - and _), never a path. --list shows them
with their parameters.

Every query runs with the transaction timeout query.timeout (default 60s);
table output stops after query.max_rows rows (default 1000) and says so.
Ad-hoc --cypher is checked first: administration and SHOW/TERMINATE
commands, LOAD CSV, USE and procedures other than the schema and full-text
ones are refused.

Parameters are --param name=value; the value is read as null, true/false, an
integer, a float, JSON ([...] or {...}), a "quoted string", or else the text.`,
	Example: `  kg query --list
  kg query investors --param company=OpenAI
  kg query largest-deals --param limit=5 --format csv
  kg query evidence --param subject=Microsoft --param object=OpenAI --format json
  kg query --cypher 'MATCH (e:Entity) WHERE e.name STARTS WITH $p RETURN e.name' --param p=Sa`,
	Args: cobra.MaximumNArgs(1),
	RunE: runQuery,
}

func init() {
	f := queryCmd.Flags()
	f.StringArrayVarP(&queryOpts.params, "param", "p", nil, "query parameter name=value (repeatable)")
	f.StringVarP(&queryOpts.format, "format", "f", "table", "output format: table, json or csv")
	f.StringVar(&queryOpts.cypher, "cypher", "", "run this Cypher instead of a saved query")
	f.BoolVar(&queryOpts.list, "list", false, "list the saved queries")
	f.StringVar(&queryOpts.dir, "queries-dir", "", "folder of saved .cypher queries (env KG_QUERIES_DIR)")
	f.IntVar(&queryOpts.width, "width", 60, "table format: cut cells longer than this many characters (0: never)")
	rootCmd.AddCommand(queryCmd)
}

func runQuery(cmd *cobra.Command, args []string) error {
	out := cmd.OutOrStdout()
	dirs := queryDirs()
	if queryOpts.list {
		return listQueries(out, dirs)
	}
	if !oneOfStr(queryOpts.format, "table", "json", "csv") {
		return fmt.Errorf("--format: %q not allowed; use table, json or csv", queryOpts.format)
	}
	given := map[string]any{}
	for _, p := range queryOpts.params {
		name, v, err := graph.ParseParam(p)
		if err != nil {
			return fmt.Errorf("--param: %w", err)
		}
		given[name] = v
	}

	var cypher string
	var params map[string]any
	switch {
	case queryOpts.cypher != "" && len(args) > 0:
		return errors.New("give a saved query NAME or --cypher, not both")
	case queryOpts.cypher != "":
		cypher, params = queryOpts.cypher, given
	case len(args) == 1:
		q, err := findQuery(args[0], dirs)
		if err != nil {
			return err
		}
		if params, err = q.Bind(given); err != nil {
			return err
		}
		cypher = q.Cypher
	default:
		return errors.New("give a saved query NAME (see kg query --list) or --cypher '...'")
	}

	lim := graph.QueryLimits{Timeout: theApp.cfg.Query.Timeout}
	if queryOpts.format == "table" {
		lim.MaxRows = theApp.cfg.Query.MaxRows
	}
	var res graph.QueryResult
	err := withStore(cmd, func(ctx context.Context, store *graph.Store) error {
		if err := store.CheckQuery(ctx, cypher, params); err != nil {
			return err
		}
		var err error
		res, err = store.QueryLimited(ctx, cypher, params, lim)
		return err
	})
	if err != nil {
		return err
	}
	switch queryOpts.format {
	case "json":
		return writeQueryJSON(out, res.Cols, res.Rows)
	case "csv":
		return writeQueryCSV(out, res.Cols, res.Rows)
	}
	if err := writeQueryTable(out, res.Cols, res.Rows, queryOpts.width); err != nil {
		return err
	}
	if res.Truncated {
		_, err = fmt.Fprintf(out, "(cut at query.max_rows=%d; more rows not shown: use --format csv or json, or LIMIT)\n", lim.MaxRows)
	}
	return err
}

// queryDirs are the folders searched for saved queries, before the ones
// built into the binary.
func queryDirs() []string {
	var dirs []string
	if queryOpts.dir != "" {
		dirs = append(dirs, queryOpts.dir)
	} else if d := os.Getenv("KG_QUERIES_DIR"); d != "" {
		dirs = append(dirs, d)
	}
	return append(dirs, filepath.Join("examples", "queries"))
}

// queryName is what a saved query may be called: never a path, so
// `kg query /etc/shadow` reads nothing.
var queryName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,63}$`)

// findQuery loads a saved query by name.
func findQuery(name string, dirs []string) (graph.SavedQuery, error) {
	if !queryName.MatchString(name) {
		return graph.SavedQuery{}, fmt.Errorf("query %q: not a saved-query name (lower-case letters, digits, - and _; not a path); put the file in --queries-dir and give its name, see kg query --list", name)
	}
	for _, d := range dirs {
		b, err := os.ReadFile(filepath.Join(d, name+".cypher"))
		if err == nil {
			return graph.ParseSavedQuery(name, b)
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return graph.SavedQuery{}, fmt.Errorf("query %s: %w", name, err)
		}
	}
	b, err := examples.Queries.ReadFile("queries/" + name + ".cypher")
	if err != nil {
		return graph.SavedQuery{}, fmt.Errorf("query %s: no such saved query in %s or built in; see kg query --list", name, strings.Join(dirs, ", "))
	}
	return graph.ParseSavedQuery(name, b)
}

// listQueries prints every saved query once, a folder's copy hiding the
// built-in one of the same name.
func listQueries(w io.Writer, dirs []string) error {
	found := map[string]graph.SavedQuery{}
	add := func(name string, b []byte) error {
		if _, ok := found[name]; ok {
			return nil
		}
		q, err := graph.ParseSavedQuery(name, b)
		if err != nil {
			return err
		}
		found[name] = q
		return nil
	}
	for _, d := range dirs {
		files, _ := filepath.Glob(filepath.Join(d, "*.cypher"))
		for _, f := range files {
			if !queryName.MatchString(strings.TrimSuffix(filepath.Base(f), ".cypher")) {
				continue // could not be run by name
			}
			b, err := os.ReadFile(f)
			if err != nil {
				return fmt.Errorf("query: %w", err)
			}
			if err := add(strings.TrimSuffix(filepath.Base(f), ".cypher"), b); err != nil {
				return err
			}
		}
	}
	builtin, err := fs.Glob(examples.Queries, "queries/*.cypher")
	if err != nil {
		return fmt.Errorf("query: built-in queries: %w", err)
	}
	for _, f := range builtin {
		b, err := examples.Queries.ReadFile(f)
		if err != nil {
			return fmt.Errorf("query: built-in %s: %w", f, err)
		}
		if err := add(strings.TrimSuffix(filepath.Base(f), ".cypher"), b); err != nil {
			return err
		}
	}
	names := make([]string, 0, len(found))
	for n := range found {
		names = append(names, n)
	}
	sort.Strings(names)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tPARAMS\tDESCRIPTION")
	for _, n := range names {
		q := found[n]
		var ps []string
		for _, p := range q.Params {
			if p.HasDefault {
				ps = append(ps, fmt.Sprintf("%s=%v", p.Name, p.Default))
			} else {
				ps = append(ps, p.Name)
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", n, strings.Join(ps, " "), q.Description)
	}
	return tw.Flush()
}

// cell renders one value for a CSV cell (and a table's plain ones): text as
// is, whole numbers without exponent (10000000000, not 1e+10), lists and
// maps as JSON. Tables render money, lists and maps for people (tableView).
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1e18 {
			return strconv.FormatFloat(x, 'f', -1, 64)
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	case int64, bool:
		return fmt.Sprint(x)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func writeQueryTable(w io.Writer, cols []string, rows [][]any, width int) error {
	cols, cells := tableView(cols, rows)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(cols, "\t"))
	for _, r := range cells {
		for i, c := range r {
			// Tabs and newlines would break the columns.
			c = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(c)
			if width > 0 && utf8.RuneCountInString(c) > width {
				c = string([]rune(c)[:width-1]) + "…"
			}
			r[i] = c
		}
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, rowCount(len(rows)))
	return err
}

func writeQueryCSV(w io.Writer, cols []string, rows [][]any) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(cols); err != nil {
		return err
	}
	for _, r := range rows {
		rec := make([]string, len(r))
		for i, v := range r {
			rec[i] = cell(v)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeQueryJSON prints an array of objects with keys in column order
// (encoding/json would sort a map's keys), one row per line.
func writeQueryJSON(w io.Writer, cols []string, rows [][]any) error {
	keys := make([][]byte, len(cols))
	for i, c := range cols {
		k, err := json.Marshal(c)
		if err != nil {
			return err
		}
		keys[i] = k
	}
	var b strings.Builder
	b.WriteString("[")
	for ri, r := range rows {
		if ri > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  {")
		for i, v := range r {
			if i > 0 {
				b.WriteString(", ")
			}
			val, err := json.Marshal(v)
			if err != nil {
				return fmt.Errorf("column %s: %w", cols[i], err)
			}
			b.Write(keys[i])
			b.WriteString(": ")
			b.Write(val)
		}
		b.WriteString("}")
	}
	if len(rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func oneOfStr(s string, allowed ...string) bool {
	for _, a := range allowed {
		if s == a {
			return true
		}
	}
	return false
}
