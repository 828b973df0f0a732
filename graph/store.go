// Package graph writes extracted documents into Neo4j and reads them back.
//
// The graph has one node per entity (label Entity plus exactly one of the
// model.EntityTypes), one node per article, (:Article)-[:MENTIONS]->(:Entity)
// and one relationship per deal between two entities, typed by one of the
// model.Predicates. A deal is identified by resolve (deals.go), so the same
// deal read from several articles is one relationship whose `sources` list
// names them all, with `evidence` (and `statuses`, `confidences`) parallel to
// `sources`.
//
// Loading follows the cartography pattern: an article owns its claims. When
// an article is loaded again with different content, its earlier claims are
// withdrawn and the new ones written in the same transaction, and deals that
// no article supports any more are deleted. Loading the same documents twice
// changes nothing.
//
// Labels and relationship types cannot be Cypher parameters, so every
// statement that names one is built from the whitelists in package model, one
// statement per label or type, and every value travels as a parameter.
package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	neo4jconfig "github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/kg-news/kg/config"
)

// connectTimeout bounds Open's connectivity check, so a wrong address fails
// in seconds rather than after the driver's minute-long acquisition timeout.
const connectTimeout = 15 * time.Second

// Store is a connection to the knowledge graph. It is safe for concurrent
// use; each call opens its own session.
type Store struct {
	driver   neo4j.DriverWithContext
	database string
	uri      string   // redacted, for messages
	secrets  []string // the password, also any inside the URI: only to scrub them from errors
	workers  int      // concurrent transactions per load batch (SetLoadWorkers)
}

// Open connects to Neo4j and checks that the server answers and accepts the
// credentials. Its errors name the URI and user but never the password.
func Open(ctx context.Context, cfg config.Neo4j) (*Store, error) {
	uri := redactURI(cfg.URI)
	s := &Store{database: cfg.Database, uri: uri}
	for _, pw := range []string{cfg.Password, config.URIPassword(cfg.URI)} {
		if pw != "" {
			s.secrets = append(s.secrets, pw)
		}
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *neo4jconfig.Config) {
			c.SocketConnectTimeout = 5 * time.Second
			c.ConnectionAcquisitionTimeout = connectTimeout
		})
	if err != nil {
		return nil, fmt.Errorf("neo4j %s: %w", uri, s.scrub(err))
	}
	cctx, cancel := context.WithTimeout(ctx, connectTimeout)
	defer cancel()
	if err := drv.VerifyConnectivity(cctx); err != nil {
		_ = drv.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("neo4j %s: cannot connect as user %q: %w", uri, cfg.User, s.scrub(explain(err)))
	}
	s.driver = drv
	return s, nil
}

// Close releases the connections.
func (s *Store) Close(ctx context.Context) error {
	if s == nil || s.driver == nil {
		return nil
	}
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("neo4j %s: close: %w", s.uri, s.scrub(err))
	}
	return nil
}

// URI is the server address with any credentials removed, for messages.
func (s *Store) URI() string { return s.uri }

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: mode})
}

// explain turns the driver's most common connection failures into a hint a
// user can act on; the cause stays wrapped.
func explain(err error) error {
	var ne *neo4j.Neo4jError
	switch {
	case errors.As(err, &ne) && ne.IsAuthenticationFailed():
		return fmt.Errorf("authentication failed (check neo4j.user and neo4j.password/password_file): %w", err)
	case errors.As(err, &ne) && ne.Code == "Neo.ClientError.Database.DatabaseNotFound":
		return fmt.Errorf("database not found (check neo4j.database): %w", err)
	case neo4j.IsConnectivityError(err):
		return fmt.Errorf("server unreachable (is Neo4j running? check neo4j.uri): %w", err)
	}
	return err
}

// scrub makes sure the password can never reach a log or a terminal through
// an error message, whatever the driver or server put in it.
func (s *Store) scrub(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	for _, pw := range s.secrets {
		msg = strings.ReplaceAll(msg, pw, "***")
	}
	if msg == err.Error() {
		return err
	}
	return scrubbedError{msg: msg, cause: err}
}

// scrubbedError keeps the cause reachable for errors.Is/As while printing a
// message with the password masked.
type scrubbedError struct {
	msg   string
	cause error
}

func (e scrubbedError) Error() string { return e.msg }
func (e scrubbedError) Unwrap() error { return e.cause }

// redactURI drops user info from a URI such as bolt://neo4j:secret@host:7687.
func redactURI(raw string) string { return config.RedactURI(raw) }

// retryRaces makes a uniqueness-constraint failure retryable. Two loaders
// MERGEing the same new entity or article can race: the loser sees
// ConstraintValidationFailed, and running its whole transaction again then
// matches the winner's node. The driver retries only errors marked retryable.
func retryRaces(err error) error {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && ne.Code == "Neo.ClientError.Schema.ConstraintValidationFailed" {
		ne.MarkRetriable()
	}
	return err
}

// run executes one statement inside a managed transaction and returns all its
// records and its summary.
func run(ctx context.Context, tx neo4j.ManagedTransaction, what, cypher string, params map[string]any) ([]*neo4j.Record, neo4j.ResultSummary, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", what, retryRaces(err))
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", what, retryRaces(err))
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", what, retryRaces(err))
	}
	return recs, sum, nil
}
