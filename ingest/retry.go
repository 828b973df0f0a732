package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Backoff bounds of the retries around Neo4j calls.
const (
	firstDelay = 500 * time.Millisecond
	maxDelay   = 15 * time.Second
)

// Retryable reports whether a Neo4j call that failed with err may succeed if
// tried again: the server is unreachable, restarting or busy, a transient
// error (deadlock, lock timeout, leader switch) or a uniqueness race with
// another loader. Authentication failures, bad statements and bad data are
// not retried.
func Retryable(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, errFatal) {
		return false
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		switch {
		case ne.IsAuthenticationFailed():
			return false
		case strings.HasPrefix(ne.Code, "Neo.TransientError."),
			ne.Code == "Neo.ClientError.Schema.ConstraintValidationFailed",
			ne.Code == "Neo.ClientError.Cluster.NotALeader",
			ne.Code == "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
			ne.Code == "Neo.ClientError.Database.DatabaseNotFound": // shows up while a restarting server mounts it
			return true
		}
		return ne.IsRetriable()
	}
	var ce *neo4j.ConnectivityError
	var tl *neo4j.TransactionExecutionLimit
	var netErr net.Error
	switch {
	case errors.As(err, &ce), errors.As(err, &tl), errors.As(err, &netErr),
		errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, context.DeadlineExceeded):
		return true
	}
	var ue *neo4j.UsageError
	if errors.As(err, &ue) {
		return false
	}
	return neo4j.IsRetryable(err)
}

// retry runs op until it succeeds, fails with an error that is not
// Retryable, or keeps failing past RetryTimeout, sleeping with exponential
// backoff and jitter in between. Each attempt runs under a context derived
// from opCtx that ends at the deadline, so the driver's own retries inside
// an attempt cannot carry it past RetryTimeout. It gives up at once,
// returning stop's error, when stop is done.
func (r *run) retry(stop, opCtx context.Context, what string, op func(context.Context) error) error {
	return retry(stop, opCtx, r.p.RetryTimeout, r.p.Log, r.p.Observer, what, op)
}

// Retry runs op as the pipeline retries its Neo4j calls (see run.retry),
// for up to timeout; obs may be nil.
func Retry(ctx context.Context, timeout time.Duration, log *slog.Logger, obs Observer, what string, op func(context.Context) error) error {
	return retry(ctx, ctx, timeout, log, obs, what, op)
}

func retry(stop, opCtx context.Context, timeout time.Duration, log *slog.Logger, obs Observer, what string, op func(context.Context) error) error {
	if timeout <= 0 {
		timeout = 10 * time.Minute
	}
	deadline := time.Now().Add(timeout)
	delay := firstDelay
	for attempt := 1; ; attempt++ {
		ctx, cancel := context.WithDeadline(opCtx, deadline)
		err := op(ctx)
		cancel()
		if err == nil {
			if attempt > 1 {
				log.Info("neo4j is back", "op", what, "attempts", attempt)
			}
			return nil
		}
		if stop.Err() != nil {
			return stop.Err()
		}
		if !Retryable(err) {
			return err
		}
		if time.Now().Add(delay).After(deadline) {
			return fmt.Errorf("%s: gave up after %d attempts within %s (job.retry_timeout): %w", what, attempt, timeout, err)
		}
		if obs != nil {
			obs.Retried()
		}
		log.Warn("neo4j call failed, retrying", "op", what, "attempt", attempt, "in", delay.Round(time.Millisecond), "err", err)
		sleep := delay/2 + rand.N(delay/2+1)
		select {
		case <-stop.Done():
			return stop.Err()
		case <-time.After(sleep):
		}
		delay = min(2*delay, maxDelay)
	}
}
