# Testimony: `make run` starts the assistant, `make test` runs every test.
# Both set up everything they need first (virtualenv, pinned dependencies, keys, model).
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV        := .venv
PY          := $(VENV)/bin/python
RASA        := $(VENV)/bin/rasa
STAMP       := $(VENV)/.installed
MODEL       := models/testimony.tar.gz
DATA_DIR    ?= var
RASA_PORT   ?= 5005
ACTION_PORT ?= 5055
WIDGET_PORT ?= 8080

export RASA_TELEMETRY_ENABLED := false
export TESTIMONY_DATA_DIR     := $(abspath $(DATA_DIR))
export PYTHONPATH             := $(CURDIR)
export PYTHONHASHSEED         := 0
export TF_CPP_MIN_LOG_LEVEL   := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export RASA_PORT ACTION_PORT WIDGET_PORT

TRAINING_INPUTS := config.yml domain.yml $(shell find data -type f -name '*.yml' 2>/dev/null)

.PHONY: help setup train run run-prod staff test browser balancer evaluate bench soak validate story-test clean

help:
	@echo "make run       set up, train if needed, and start the assistant"
	@echo "make run-prod  the production shape here: PostgreSQL, Redis, two replicas behind HAProxy"
	@echo "make staff     the staff review console on http://127.0.0.1:8090 (STAFF_PORT)"
	@echo "make test      set up and run every test"
	@echo "make evaluate  language-detection and NLU figures"
	@echo "make bench     speed against a bare rasa init assistant (docs/benchmarks.md)"
	@echo "make soak      200 people at a human pace for 5 minutes, against bare rasa too"

$(STAMP): requirements.lock scripts/find-python310
	@py=$$(scripts/find-python310) || exit 1; \
	  [ -x $(PY) ] || "$$py" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip==24.0
	$(PY) -m pip install --quiet --no-deps -r requirements.lock
	$(PY) -m pip check
	touch $@

setup: $(STAMP)

$(MODEL): $(STAMP) $(TRAINING_INPUTS) $(shell find bot -name '*.py' -path '*components*' 2>/dev/null) bot/intake/wording.py
	$(RASA) train --fixed-model-name testimony --out models --quiet
	touch $@

train: $(MODEL)

# Rasa's validator cannot see responses used by forms and actions (it warns that they are unused);
# tests/test_catalog.py checks those. It also warns that `attachment` has no NLU examples: only the
# messaging connectors send it, as a payload. Errors here fail the build.
validate: $(STAMP)
	$(RASA) data validate --quiet

run: $(MODEL)
	$(PY) -m bot.staff.keys_setup
	exec $(PY) -m bot.launcher

# The review console for staff, on this machine's 127.0.0.1 only, over the same data directory (issue 13).
staff: $(STAMP)
	$(PY) -m bot.staff.keys_setup
	exec $(PY) -m bot.staff serve

browser: $(STAMP)
	scripts/install-browser

balancer:
	scripts/install-balancer

# The production shape on this machine: conversations and sealed reports in PostgreSQL, a lock per conversation
# in Redis, and two Rasa servers and two action servers behind HAProxy (docs/tracker-store.md#several-rasa-servers).
PROD_DATABASE := postgresql://postgres@127.0.0.1:5432/testimony
run-prod: $(MODEL) balancer
	$(PY) -m bot.staff.keys_setup
	TESTIMONY_ENDPOINTS=endpoints.production.yml RASA_REPLICAS=$${RASA_REPLICAS:-2} \
	  TESTIMONY_DATABASE_URL=$${TESTIMONY_DATABASE_URL:-$(PROD_DATABASE)} \
	  TESTIMONY_REPORT_STORE_URL=$${TESTIMONY_REPORT_STORE_URL:-$${TESTIMONY_DATABASE_URL:-$(PROD_DATABASE)}} \
	  TESTIMONY_REDIS_URL=$${TESTIMONY_REDIS_URL:-redis://127.0.0.1:6379/0} exec $(PY) -m bot.launcher

story-test: $(MODEL)
	$(RASA) test core --stories tests --model $(MODEL) --fail-on-prediction-errors --out results

test: validate $(MODEL) browser balancer
	$(PY) -m pytest tests
	$(MAKE) --no-print-directory story-test

# Measures, never asserts: Testimony, then a bare `rasa init` assistant, alone on this machine (about 15 min).
bench: $(MODEL)
	mkdir -p results
	$(PY) -m bot.benchmark --bare-dir results/bare-rasa --write results/benchmarks.md

# The soak: 200 people writing every 5-10 s each for 5 minutes, Testimony in the production shape (as run-prod:
# PostgreSQL, Redis, two Rasa servers behind HAProxy; a database of its own, dropped after) then bare Rasa
# (about 15 min).
soak: $(MODEL) balancer
	mkdir -p results
	$(PY) -m bot.benchmark --production --concurrency "" --account-messages 0 --soak-people 200 \
	  --bare-dir results/bare-rasa --write results/soak.md

evaluate: $(STAMP)
	$(PY) -m bot.evaluation.language
	$(PY) -m bot.evaluation.cross_validation --folds 5 --workers 2 --out results/nlu
	$(PY) -m bot.evaluation.nlu results/nlu

clean:
	rm -rf $(VENV) models results
