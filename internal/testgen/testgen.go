// Package testgen writes synthetic English news articles for the tests and
// benchmarks of the scheduled job: each names well-known companies from the
// built-in lexicon and states deals with amounts, so extraction finds
// entities and relationships in every one, and some deals recur across
// articles (one relationship, several sources).
package testgen

import (
	"fmt"
	"os"
	"path/filepath"
)

var companies = []string{
	"Microsoft", "OpenAI", "Apple", "Amazon", "Nvidia", "Intel", "Oracle", "IBM",
	"Salesforce", "Adobe", "Anthropic", "Databricks", "Snowflake", "Palantir",
	"Uber", "Airbnb", "Netflix", "Spotify", "PayPal", "Stripe", "Coinbase",
	"Visa", "Mastercard", "Saudi Aramco", "SABIC", "Tesla", "SpaceX", "Qualcomm",
}

// Article returns the text of synthetic article i.
func Article(i int) string {
	n := len(companies)
	a, b := companies[i%n], companies[(i*7+3)%n]
	if a == b {
		b = companies[(i+1)%n]
	}
	c, d := companies[(i*3+1)%n], companies[(i*5+2)%n]
	if c == d {
		d = companies[(i+2)%n]
	}
	// The Visa-Stripe deal recurs every ten articles: one relationship
	// with several sources.
	amt := 1 + (i % 50)
	return fmt.Sprintf(`%s invests $%d billion in %s

%s said on Monday it invested $%d billion in %s, in a deal announced in the morning.
Analysts said %s agreed to acquire %s for $%d.5 billion, pending approval by regulators.
Separately, Visa invested $%d billion in Stripe, people familiar with the matter said.
Report number %d of the synthetic test corpus.
`, a, amt, b, a, amt, b, c, d, amt+2, 1+i%10, i)
}

// Write writes n articles as art-00000.txt ... under dir and returns their
// paths.
func Write(dir string, n int) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	paths := make([]string, n)
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("art-%05d.txt", i))
		if err := os.WriteFile(p, []byte(Article(i)), 0o644); err != nil {
			return nil, err
		}
		paths[i] = p
	}
	return paths, nil
}
