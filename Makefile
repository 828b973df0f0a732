# kg developer tasks. Each area keeps its targets in its own marked section.

# ---------------------------------------------------------------------------
# Local Neo4j 5.26 Community (no Docker): scripts/neo4j.sh runs an in-process
# server from neo4j/launcher (Bolt 127.0.0.1:7687, Browser
# http://127.0.0.1:7474/browser/, user neo4j / $KG_NEO4J_PASSWORD, default
# kgpassword; data in .neo4j/). Settings: KG_NEO4J_* env vars, see the script.
# ---------------------------------------------------------------------------
NEO4J_SH := bash scripts/neo4j.sh

.PHONY: neo4j-start neo4j-stop neo4j-restart neo4j-status neo4j-logs

neo4j-start: ## start local Neo4j (builds the launcher on first use), wait until it answers
	@$(NEO4J_SH) start

neo4j-stop: ## stop local Neo4j
	@$(NEO4J_SH) stop

neo4j-restart: ## stop, then start local Neo4j
	@$(NEO4J_SH) restart

neo4j-status: ## exit 0 if local Neo4j answers an authenticated query
	@$(NEO4J_SH) status

neo4j-logs: ## last lines of the local Neo4j log
	@$(NEO4J_SH) logs
# ------------------------- end of local Neo4j ------------------------------

# ---------------------------------------------------------------------------
# Build, test, demo.
# ---------------------------------------------------------------------------
GO        ?= go
BIN       := bin/kg
export KG_NEO4J_PASSWORD ?= kgpassword

.PHONY: build test test-unit lint demo bench bench-load bench-extract score

build: ## build bin/kg
	@mkdir -p bin
	$(GO) build -o $(BIN) ./cmd/kg

lint: ## gofmt and go vet
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo 'gofmt: files above need formatting'; exit 1; }
	$(GO) vet ./...

test-unit: ## tests that need no database
	$(GO) test -short ./...

# Integration tests talk to the real local Neo4j; -p 1 because the test
# packages share (and wipe) one database.
test: lint neo4j-start ## unit and integration tests against the local Neo4j
	KG_REQUIRE_NEO4J=1 $(GO) test -p 1 -count=1 ./...

demo: build ## start Neo4j (unless KG_NEO4J_URI is set), ingest the examples, show what is there
	@if [ -z "$$KG_NEO4J_URI" ]; then $(NEO4J_SH) start; fi
	$(BIN) ingest examples/articles
	@echo; $(BIN) stats
	@echo; echo '--- largest deals (kg query largest-deals) ---'; $(BIN) query largest-deals --param limit=10
	@echo; echo "Neo4j Browser: http://127.0.0.1:$${KG_NEO4J_HTTP_PORT:-7474}/browser/  (user neo4j, password from KG_NEO4J_PASSWORD)"

bench-load: neo4j-start ## load throughput into Neo4j at batch sizes 100/1,000/10,000
	KG_REQUIRE_NEO4J=1 $(GO) test -run '^$$' -bench BenchmarkLoad -benchtime 1x ./graph/

bench-extract: ## extractor vs prose on one core
	bash scripts/bench-extract.sh

score: ## extraction quality on ../shared/corpus/dev with score.py
	bash scripts/score-dev.sh ../shared/corpus/dev
# ------------------------- end of build, test, demo -------------------------

# ---------------------------------------------------------------------------
# Scheduled job (kg run).
# ---------------------------------------------------------------------------
.PHONY: bench-job bench-ingest test-faults

bench-job: neo4j-start ## articles/s of a first pass and of an unchanged pass over 200 articles
	KG_REQUIRE_NEO4J=1 $(GO) test -run '^$$' -bench BenchmarkPass -benchtime 3x ./job/

bench-ingest: neo4j-start ## kg ingest articles/s (first and unchanged pass) and peak RSS at 1k and 10k articles; feed soak RSS
	KG_REQUIRE_NEO4J=1 $(GO) test -run '^$$' -bench 'BenchmarkIngest|BenchmarkFeedSoak' -benchtime 1x -timeout 60m ./ingest/

test-faults: neo4j-start ## kill -9 Neo4j 5 times during kg ingest and kg run --once of 5,000 articles (many minutes)
	KG_REQUIRE_NEO4J=1 KG_FAULT_TESTS=1 $(GO) test -count=1 -run TestFaultsKill9 -v -timeout 90m ./job/
# ------------------------- end of scheduled job ----------------------------

# ---------------------------------------------------------------------------
# For analysts: exports and the Neo4j Browser style/guide (README "For analysts").
# ---------------------------------------------------------------------------
.PHONY: export-demo browser-serve screenshots

export-demo: build ## write out/kg.{html,graphml,json,cypher} from the running Neo4j
	@mkdir -p out
	@for f in html graphml json cypher; do $(BIN) export --format $$f -o out/kg.$$f || exit 1; done

browser-serve: build ## serve kg's Browser style and guide on 127.0.0.1:7475
	$(BIN) browser serve

screenshots: neo4j-start ## re-take docs/*.png in headless Chromium (wipes the test database)
	KG_REQUIRE_NEO4J=1 KG_REQUIRE_BROWSER=1 KG_UPDATE_SCREENSHOTS=1 $(GO) test -count=1 -run 'TestNeo4jBrowser|TestExports' ./browser/ ./export/
# ------------------------- end of for analysts ------------------------------
