package graph

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kg-news/kg/model"
)

// ImportFiles are the CSV files of a bulk first load, in the order
// neo4j-admin database import full takes them (scripts/neo4j.sh import).
var ImportFiles = struct{ Nodes, Relationships []string }{
	Nodes:         []string{"entities.csv", "articles.csv"},
	Relationships: []string{"mentions.csv", "deals.csv"},
}

// ImportArrayDelimiter separates list elements and labels in the CSV files
// (passed as --array-delimiter): a control character no name or sentence
// contains.
const ImportArrayDelimiter = "\u001f"

// ImportReport counts what WriteImport wrote.
type ImportReport struct {
	Articles, Entities, Mentions, Deals int
	SkippedEntities, SkippedRelations   int
}

// Records is the number of nodes and relationships.
func (r ImportReport) Records() int { return r.Articles + r.Entities + r.Mentions + r.Deals }

// WriteImport writes the CSV files for neo4j-admin database import into dir:
// the same nodes, relationships, ids, keys and properties one Load of docs
// into an empty graph writes, with now as ingested_at, first_seen and
// last_seen. Constraints and indexes are not part of an import; ApplySchema
// (kg schema apply, or any load) creates them afterwards.
func WriteImport(dir string, docs []model.Document, now time.Time) (ImportReport, error) {
	im, err := NewImporter(dir, now)
	if err != nil {
		return ImportReport{}, err
	}
	for _, d := range docs {
		if err := im.Add(d); err != nil {
			im.Abort()
			return ImportReport{}, err
		}
	}
	return im.Close()
}

// ImportMemoryLimit is the soft memory limit (runtime/debug.SetMemoryLimit)
// kg import runs under unless GOMEMLIMIT is set: the entity table and the
// claims of a million records take about 250 MB, and the default GC target
// (twice the live heap) would let the deal writing take the RSS past 500 MB.
const ImportMemoryLimit = 400 << 20

// Importer writes the CSV files of WriteImport one document at a time:
// article and mention rows go to their files as documents arrive, and only
// what needs every document stays in memory: the entity table (names and
// aliases merge across articles) and the deal claims by triple (deals are
// resolved from all their claims), without the article texts.
type Importer struct {
	dir, stamp string
	articles   *importFile
	mentions   *importFile
	entities   map[string]*model.Entity
	claims     map[triple][]importClaim
	versions   map[string]articleVersion // article id -> its last version
	superseded map[int]bool              // seq of versions a later one replaced
	dead       [][2]span                 // their rows in articles.csv and mentions.csv
	seq        int
	rep        ImportReport
}

// importClaim is a claim and the seq of the document version making it.
type importClaim struct {
	claim
	seq int
}

// span is a byte range of a CSV file.
type span struct{ from, to int64 }

// articleVersion is where one document's rows are, so that a later document
// with the same article id can replace them (the last one wins, as in Load).
type articleVersion struct {
	seq      int
	article  span
	mentions span
	n        int // mention rows
}

// NewImporter creates dir and the article and mention files.
func NewImporter(dir string, now time.Time) (*Importer, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	im := &Importer{dir: dir, stamp: csvTime(now), entities: map[string]*model.Entity{},
		claims: map[triple][]importClaim{}, versions: map[string]articleVersion{}, superseded: map[int]bool{}}
	var err error
	if im.articles, err = createImportFile(dir, "articles.csv"); err != nil {
		return nil, err
	}
	if im.mentions, err = createImportFile(dir, "mentions.csv"); err != nil {
		im.articles.close()
		return nil, err
	}
	im.articles.w.row("id:ID(Article)", ":LABEL", "url", "source", "title", "lang", "published_at:datetime",
		"content_hash", "doc_hash", "ingested_at:datetime")
	im.mentions.w.row(":START_ID(Article)", ":END_ID(Entity)", ":TYPE")
	return im, nil
}

// Add writes one document's article and mention rows and keeps its
// entities and claims for Close. A document without an article id is an
// error; the files are then incomplete (Abort removes them).
func (im *Importer) Add(in model.Document) error {
	d, err := prepare(in)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	im.rep.SkippedEntities += d.skippedEntities
	im.rep.SkippedRelations += d.skippedRelations
	id := strings.Clone(d.article.ID) // not a slice of a text kept alive
	im.seq++
	v := articleVersion{seq: im.seq, n: len(d.entities)}
	v.article.from = im.articles.offset()
	a := articleRow(d)
	var pub any
	if t, ok := a["published_at"].(time.Time); ok {
		pub = csvTime(t)
	}
	im.articles.w.row(id, "Article", a["url"], a["source"], a["title"], a["lang"], pub,
		a["content_hash"], a["doc_hash"], im.stamp)
	v.article.to = im.articles.offset()
	v.mentions.from = im.mentions.offset()
	for _, e := range d.entities {
		im.mentions.w.row(id, e.ID, "MENTIONS")
		mergeEntity(im.entities, cloneEntity(e))
	}
	v.mentions.to = im.mentions.offset()
	if old, ok := im.versions[id]; ok {
		im.superseded[old.seq] = true
		im.dead = append(im.dead, [2]span{old.article, old.mentions})
		im.rep.Articles--
		im.rep.Mentions -= old.n
	}
	im.versions[id] = v
	im.rep.Articles++
	im.rep.Mentions += v.n
	for _, rel := range d.relations {
		t := triple{rel.Subject, rel.Predicate, rel.Object}
		c := claimOf(id, d.article.PublishedAt, rel)
		c.evidence, c.amountText = strings.Clone(c.evidence), strings.Clone(c.amountText)
		im.claims[t] = append(im.claims[t], importClaim{claim: c, seq: im.seq})
	}
	return nil
}

// cloneEntity copies an entity's strings, which may be slices of the
// article text, so the entity table does not keep the text alive.
func cloneEntity(e model.Entity) model.Entity {
	e.ID, e.Type = strings.Clone(e.ID), strings.Clone(e.Type)
	e.Name, e.NameAR = strings.Clone(e.Name), strings.Clone(e.NameAR)
	aliases := make([]string, len(e.Aliases))
	for i, s := range e.Aliases {
		aliases[i] = strings.Clone(s)
	}
	e.Aliases, e.Mentions = aliases, nil
	return e
}

// Close finishes the article and mention files, drops the rows of replaced
// versions, and writes the entity and deal files.
func (im *Importer) Close() (ImportReport, error) {
	rep := im.rep
	err := errors.Join(im.articles.close(), im.mentions.close())
	if err == nil && len(im.dead) > 0 {
		err = errors.Join(
			cutSpans(filepath.Join(im.dir, "articles.csv"), im.dead, 0),
			cutSpans(filepath.Join(im.dir, "mentions.csv"), im.dead, 1))
	}
	if err != nil {
		return rep, fmt.Errorf("import: %w", err)
	}
	if err := writeImportFile(im.dir, "entities.csv", func(w *csvWriter) { rep.Entities = writeEntityCSV(w, im.entities) }); err != nil {
		return rep, err
	}
	err = writeImportFile(im.dir, "deals.csv", func(w *csvWriter) { rep.Deals = im.writeDeals(w) })
	return rep, err
}

// writeDeals writes the deals resolved from the claims of the versions
// kept, in triple order, dropping each triple's claims once written.
func (im *Importer) writeDeals(w *csvWriter) int {
	writeDealHeader(w)
	ts := make([]triple, 0, len(im.claims))
	for t := range im.claims {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return lessJoined(ts[i], ts[j]) })
	n := 0
	var kept []claim
	for _, t := range ts {
		kept = kept[:0]
		for _, c := range im.claims[t] {
			if !im.superseded[c.seq] {
				kept = append(kept, c.claim)
			}
		}
		delete(im.claims, t)
		if len(kept) > 0 {
			n += writeDealRows(w, t, kept, im.stamp)
		}
	}
	return n
}

// lessJoined orders triples as their String()s would order, without
// building the strings: a sort of a million triples would allocate tens of
// millions of them.
func lessJoined(a, b triple) bool {
	pa := [5]string{a.subject, "|", a.predicate, "|", a.object}
	pb := [5]string{b.subject, "|", b.predicate, "|", b.object}
	i, j, x, y := 0, 0, 0, 0 // part and offset in a, in b
	for {
		for i < 5 && x == len(pa[i]) {
			i, x = i+1, 0
		}
		for j < 5 && y == len(pb[j]) {
			j, y = j+1, 0
		}
		if i == 5 || j == 5 {
			return i == 5 && j < 5
		}
		if ca, cb := pa[i][x], pb[j][y]; ca != cb {
			return ca < cb
		}
		x, y = x+1, y+1
	}
}

// Abort closes and removes the files, after an error.
func (im *Importer) Abort() {
	_ = im.articles.close()
	_ = im.mentions.close()
	for _, name := range append(append([]string(nil), ImportFiles.Nodes...), ImportFiles.Relationships...) {
		_ = os.Remove(filepath.Join(im.dir, name))
	}
}

func writeEntityCSV(w *csvWriter, ents map[string]*model.Entity) int {
	w.row("id:ID(Entity)", ":LABEL", "name", "name_ar", "aliases:string[]")
	ids := make([]string, 0, len(ents))
	for id := range ents {
		ids = append(ids, id)
	}
	sort.Strings(ids) // the files are byte-for-byte stable
	for _, id := range ids {
		e := ents[id]
		w.row(e.ID, "Entity"+ImportArrayDelimiter+e.Type, nullIfEmpty(e.Name), nullIfEmpty(e.NameAR), e.Aliases)
	}
	return len(ids)
}

// importFile is one CSV file being written, and how many bytes reached it.
type importFile struct {
	f       *os.File
	w       *csvWriter
	flushed int64
	closed  bool
}

func createImportFile(dir, name string) (*importFile, error) {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}
	out := &importFile{f: f}
	out.w = &csvWriter{w: bufio.NewWriterSize(countWriter{f, &out.flushed}, 1<<20)}
	return out, nil
}

func (f *importFile) offset() int64 { return f.flushed + int64(f.w.w.Buffered()) }

func (f *importFile) close() error {
	if f == nil || f.closed {
		return nil
	}
	f.closed = true
	if err := f.w.w.Flush(); err != nil {
		_ = f.f.Close()
		return fmt.Errorf("write %s: %w", f.f.Name(), err)
	}
	return f.f.Close()
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n *int64
}

func (c countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	*c.n += int64(n)
	return n, err
}

// writeImportFile writes one whole CSV file with fn.
func writeImportFile(dir, name string, fn func(w *csvWriter)) error {
	f, err := createImportFile(dir, name)
	if err != nil {
		return err
	}
	fn(f.w)
	if err := f.close(); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	return nil
}

// cutSpans rewrites a file without the byte ranges dead[i][which]; it runs
// only when an article id came twice.
func cutSpans(path string, dead [][2]span, which int) error {
	cuts := make([]span, 0, len(dead))
	for _, d := range dead {
		cuts = append(cuts, d[which])
	}
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].from < cuts[j].from })
	in, err := os.Open(path)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp := path + ".tmp"
	out, err := os.Create(tmp)
	if err != nil {
		return err
	}
	var at int64
	for _, c := range append(cuts, span{from: -1}) {
		n := c.from - at
		if c.from < 0 {
			n = -1
		}
		if err := copyN(out, in, n); err != nil {
			_ = out.Close()
			return fmt.Errorf("rewrite %s: %w", path, err)
		}
		if c.from >= 0 {
			if _, err := in.Seek(c.to, io.SeekStart); err != nil {
				_ = out.Close()
				return err
			}
			at = c.to
		}
	}
	if err := out.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// copyN copies n bytes, or the rest when n < 0.
func copyN(dst io.Writer, src io.Reader, n int64) error {
	if n < 0 {
		_, err := io.Copy(dst, src)
		return err
	}
	_, err := io.CopyN(dst, src, n)
	return err
}

// dealColumns are the typed CSV columns of dealProps.
var dealColumns = map[string]string{
	"amount": "double", "amount_usd": "double", "confidence": "double",
	"sources": "string[]", "evidence": "string[]", "statuses": "string[]", "confidences": "double[]",
	"amounts": "double[]", "currencies": "string[]", "amounts_usd": "double[]", "amount_texts": "string[]",
	"amount_qualifiers": "string[]",
}

func writeDealHeader(w *csvWriter) {
	header := []any{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"}
	for _, p := range dealProps {
		if t := dealColumns[p]; t != "" {
			header = append(header, p+":"+t)
		} else {
			header = append(header, p)
		}
	}
	header = append(header, "first_seen:datetime", "last_seen:datetime")
	w.row(header...)
}

// writeDealRows writes the deals resolved from one triple's claims.
func writeDealRows(w *csvWriter, t triple, claims []claim, stamp string) int {
	n := 0
	for _, d := range resolve(t, claims) {
		props := d.props()
		vals := []any{d.subject, d.object, d.predicate}
		for _, p := range dealProps {
			vals = append(vals, props[p])
		}
		w.row(append(vals, stamp, stamp)...)
		n++
	}
	return n
}

func csvTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// csvWriter writes the importer's CSV: strings always quoted (so "" is an
// empty string, not a missing value), nil as an empty field (no property),
// lists joined by ImportArrayDelimiter.
type csvWriter struct{ w *bufio.Writer }

func (c *csvWriter) row(vals ...any) {
	for i, v := range vals {
		if i > 0 {
			c.w.WriteByte(',')
		}
		c.field(v)
	}
	c.w.WriteByte('\n')
}

func (c *csvWriter) field(v any) {
	switch x := v.(type) {
	case nil:
	case string:
		c.quoted(x)
	case float64:
		c.w.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case []string:
		c.quoted(strings.Join(x, ImportArrayDelimiter))
	case []float64:
		parts := make([]string, len(x))
		for i, f := range x {
			parts[i] = strconv.FormatFloat(f, 'g', -1, 64)
		}
		c.w.WriteString(strings.Join(parts, ImportArrayDelimiter))
	default:
		c.quoted(fmt.Sprint(x))
	}
}

func (c *csvWriter) quoted(s string) {
	c.w.WriteByte('"')
	c.w.WriteString(strings.ReplaceAll(s, `"`, `""`))
	c.w.WriteByte('"')
}
