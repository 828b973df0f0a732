# kg developer tasks. Each area keeps its targets in its own marked section.

# ---------------------------------------------------------------------------
# Local Neo4j 5.26 Community (no Docker): scripts/neo4j.sh runs an in-process
# server from neo4j/launcher. Two of them, so tests never touch the demo:
#   demo  bolt 127.0.0.1:7687, Browser http://127.0.0.1:7474/browser/, data .neo4j/
#   test  bolt 127.0.0.1:7688, Browser http://127.0.0.1:7476/browser/, data .neo4j-test/
# User neo4j, password $KG_NEO4J_PASSWORD (default kgpassword). Once up, the
# script writes HOME/credentials, which bin/kg reads for that loopback port
# when no password is configured. Settings: KG_NEO4J_* env vars, see the script.
# ---------------------------------------------------------------------------
NEO4J_SH := bash scripts/neo4j.sh
TEST_BOLT_PORT ?= 7688
TEST_HTTP_PORT ?= 7476
TEST_NEO4J_ENV = KG_NEO4J_HOME=.neo4j-test KG_NEO4J_BOLT_PORT=$(TEST_BOLT_PORT) \
	KG_NEO4J_HTTP_PORT=$(TEST_HTTP_PORT) KG_NEO4J_URI=bolt://127.0.0.1:$(TEST_BOLT_PORT) \
	KG_NEO4J_PASSWORD=kgpassword KG_NEO4J_USER=neo4j KG_NEO4J_DATABASE=neo4j

.PHONY: neo4j-start neo4j-stop neo4j-restart neo4j-status neo4j-logs reset test-neo4j-start test-neo4j-stop

neo4j-start: ## start the demo Neo4j (builds the launcher on first use), wait until it answers
	@$(NEO4J_SH) start

neo4j-stop: ## stop the demo Neo4j
	@$(NEO4J_SH) stop

neo4j-restart: ## stop, then start the demo Neo4j
	@$(NEO4J_SH) restart

neo4j-status: ## exit 0 if the demo Neo4j answers an authenticated query
	@$(NEO4J_SH) status

neo4j-logs: ## last lines of the demo Neo4j log
	@$(NEO4J_SH) logs

reset: ## wipe the demo graph (asks first; make reset YES=1 does not)
	@bash scripts/reset-demo.sh $(if $(YES),--yes)

test-neo4j-start: ## start the test Neo4j and keep it up between make test runs (faster)
	@$(TEST_NEO4J_ENV) KG_NEO4J_START_TIMEOUT=$${KG_NEO4J_START_TIMEOUT:-600} $(NEO4J_SH) start

test-neo4j-stop: ## stop the test Neo4j
	@$(TEST_NEO4J_ENV) $(NEO4J_SH) stop
# ------------------------- end of local Neo4j ------------------------------

# ---------------------------------------------------------------------------
# Build, test, demo. scripts/bootstrap.sh installs what is missing first.
# ---------------------------------------------------------------------------
# The first go with a toolchain switch; GOTOOLCHAIN=auto lets it run the
# version go.mod asks for (make GOTOOLCHAIN=... overrides).
GO        ?= $(shell bash scripts/bootstrap.sh --go)
export GOTOOLCHAIN = auto
BIN       := bin/kg

.PHONY: bootstrap build test test-unit lint demo bench bench-load bench-ceiling bench-extract score score-fire train-names train-names-folds data-names train-relscore bench-import profile-load

bootstrap: ## install what a fresh Debian machine lacks (Java 17, Maven, curl, chromium, Go); quiet if nothing
	@bash scripts/bootstrap.sh

build: ## build bin/kg
	@mkdir -p bin
	@$(GO) build -o $(BIN) ./cmd/kg

STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2

lint: ## gofmt, go vet and staticcheck (pinned, fetched from the Go module proxy)
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo 'gofmt: files above need formatting'; exit 1; }
	@$(GO) vet ./...
	@$(GO) run $(STATICCHECK) ./...

test-unit: ## tests that need no database
	$(GO) test -short ./...

# Integration tests talk to the real TEST Neo4j (started and stopped again
# unless already running; the demo graph is left alone). Ends with the line
# "N passed, N failed, N skipped".
test: bootstrap lint ## unit and integration tests against the test Neo4j (what .ci/run runs)
	@$(TEST_NEO4J_ENV) GO="$(GO)" bash scripts/test.sh

demo: bootstrap build ## start the demo Neo4j (unless KG_NEO4J_URI is set), ingest the examples, show what is there
	@if [ -z "$$KG_NEO4J_URI" ]; then $(NEO4J_SH) start; fi
	$(BIN) ingest examples/articles
	@echo; $(BIN) stats
	@echo; echo '--- largest deals (kg query largest-deals) ---'; $(BIN) query largest-deals --param limit=10
	@echo; if [ -z "$$KG_NEO4J_URI" ]; then \
	  echo "Neo4j Browser: http://127.0.0.1:$${KG_NEO4J_HTTP_PORT:-7474}/browser/  (user neo4j, password $${KG_NEO4J_PASSWORD:-kgpassword})"; \
	  echo "bin/kg finds this Neo4j's password by itself (in .neo4j/credentials). Try:"; \
	else echo "Try (with KG_NEO4J_URI and KG_NEO4J_PASSWORD set as now):"; fi
	@echo; echo "    bin/kg query investors --param company=openai"

bench-load: test-neo4j-start ## load throughput (rels/s) into the test Neo4j at batch sizes 100/1,000/10,000, peak RSS of kg and Neo4j
	$(TEST_NEO4J_ENV) KG_REQUIRE_NEO4J=1 $(GO) test -run '^$$' -bench BenchmarkLoad -benchtime 1x ./graph/

bench-ceiling: test-neo4j-start ## the bound for bench-load: its 20,000 deals, and its whole graph, written by bare CREATE statements (rels/s, commit share)
	$(TEST_NEO4J_ENV) KG_REQUIRE_NEO4J=1 $(GO) test -run '^$$' -bench BenchmarkCeiling -benchtime 1x ./graph/

bench-import: test-neo4j-start ## kg import: CSV and neo4j-admin records/s and peak RSS (stops and restarts local Neo4j, wipes it)
	$(TEST_NEO4J_ENV) KG_REQUIRE_NEO4J=1 KG_IMPORT_TEST=1 $(GO) test -run '^$$' -bench BenchmarkImport -benchtime 1x -timeout 60m ./graph/

profile-load: test-neo4j-start ## PROFILE db hits and time of every load statement on the benchmark graph
	$(TEST_NEO4J_ENV) KG_REQUIRE_NEO4J=1 KG_PROFILE_LOAD=1 $(GO) test -count=1 -run TestProfileLoad -v ./graph/

bench-extract: ## extractor vs prose on one core
	bash scripts/bench-extract.sh

train-names: ## retrain the English name scorer (extract/name/weights_en.json) on real slices A+B, realm, realm3-6, realm8, the written set and FIRE dev, report held-out C
	$(GO) run ./extract/name/train -texts $${KG_REAL_TEXTS:-$$HOME/.cache/kg-real} -gold ../shared/corpus/real -train A,B -test C -l2 1e-2 -max-threshold 0.35 -dev ../shared/corpus/dev -open -fire ../shared/data/fire-financial-re/fire_dev.json \
		-extra $$HOME/.cache/kg-realm=extract/testdata/realm,$$HOME/.cache/kg-realm3=extract/testdata/realm3,$$HOME/.cache/kg-realm4=extract/testdata/realm4,$$HOME/.cache/kg-realm5=extract/testdata/realm5,$$HOME/.cache/kg-realm6=extract/testdata/realm6,$$HOME/.cache/kg-realm8=extract/testdata/realm8 -out extract/name/weights_en.json

train-names-folds: ## the name scorer's three folds (train two slices, test the third)
	$(GO) run ./extract/name/train -texts $${KG_REAL_TEXTS:-$$HOME/.cache/kg-real} -gold ../shared/corpus/real -folds -l2 1e-2 -max-threshold 0.35 -dev ../shared/corpus/dev -open -fire ../shared/data/fire-financial-re/fire_dev.json

data-names: ## regenerate extract/name/data (common words, currency codes) and the Census given names from ../shared/data
	$(GO) run ./extract/name/gencommon -shared ../shared/data -out extract/name/data
	$(GO) run ./extract/lexicon/gencensus -shared ../shared/data

score: ## extraction quality on ../shared/corpus/dev with score.py
	bash scripts/score-dev.sh ../shared/corpus/dev

# FIRE (../shared/data/fire-financial-re, CC BY 4.0): dev is trained and
# tuned on, test is held out; texts are written under /tmp, not the tree.
score-fire: build ## English names, ACQUIRED and CEO_OF on the FIRE financial sentences (dev, and held-out test)
	@for s in dev test; do \
	  rm -rf /tmp/kg-fire-$$s && $(GO) run ./eval/firegold ../shared/data/fire-financial-re/fire_$$s.json /tmp/kg-fire-$$s && \
	  bin/kg extract --format jsonl /tmp/kg-fire-$$s/in > /tmp/kg-fire-$$s.jsonl && \
	  printf 'FIRE %s: ' $$s && python3 ../shared/eval/score.py /tmp/kg-fire-$$s/gold /tmp/kg-fire-$$s.jsonl | tail -1; done

# Texts from $$KG_REAL_TEXTS (default ~/.cache/kg-real), gold from
# ../shared/corpus/real and ../shared/corpus/dev; prints the 3-fold table.
train-relscore: ## retrain the relation scorer (extract/relscore/weights.tsv) on real slices A+B, the tuning real sets + dev; reports C, realm2, realm7, realm9 held out (English threshold 0)
	$(GO) run ./cmd/kg-train-relscore -sets realm,realm2,realm3,realm4,realm5,realm6,realm7,realm8,realm9,realm10 -train A,B,realm,realm3,realm4,realm5,realm6,realm8,realm10 -test C,realm2,realm7,realm9 -off en -out extract/relscore/weights.tsv
# ------------------------- end of build, test, demo -------------------------

# ---------------------------------------------------------------------------
# Scheduled job (kg run).
# ---------------------------------------------------------------------------
.PHONY: bench-job bench-ingest test-faults

bench-job: test-neo4j-start ## articles/s of a first pass and of an unchanged pass over 200 articles (test Neo4j)
	$(TEST_NEO4J_ENV) KG_REQUIRE_NEO4J=1 $(GO) test -run '^$$' -bench BenchmarkPass -benchtime 3x ./job/

bench-ingest: test-neo4j-start ## kg ingest articles/s (first and unchanged pass) and peak RSS at 1k and 10k articles; feed soak RSS
	$(TEST_NEO4J_ENV) KG_REQUIRE_NEO4J=1 $(GO) test -run '^$$' -bench 'BenchmarkIngest|BenchmarkFeedSoak' -benchtime 1x -timeout 60m ./ingest/

test-faults: test-neo4j-start ## kill -9 Neo4j 5 times during kg ingest and kg run --once of 5,000 articles (many minutes)
	$(TEST_NEO4J_ENV) KG_REQUIRE_NEO4J=1 KG_FAULT_TESTS=1 $(GO) test -count=1 -run TestFaultsKill9 -v -timeout 90m ./job/
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

screenshots: test-neo4j-start ## re-take docs/*.png in headless Chromium (on the test Neo4j, which it wipes)
	$(TEST_NEO4J_ENV) KG_REQUIRE_NEO4J=1 KG_REQUIRE_BROWSER=1 KG_UPDATE_SCREENSHOTS=1 $(GO) test -count=1 -run 'TestNeo4jBrowser|TestExports' ./browser/ ./export/
# ------------------------- end of for analysts ------------------------------
