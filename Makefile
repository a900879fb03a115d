# s11-evidence: `make run` analyses the bundled samples into out/, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run serve test check lint eval model samples golden bench bench-smoke clean learn-demo

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

MODEL := models/strength.linear.npz  # written with strength.skops by s11 train

install: $(STAMP)

$(MODEL): $(STAMP) models/data/strength.jsonl pipeline/evidence/train.py pipeline/evidence/linear.py
	$(BIN)/s11 train

model: $(STAMP)
	$(BIN)/s11 train

run: $(STAMP) $(MODEL)
	$(BIN)/s11 run samples/submissions --out out/

# The workspace in a browser on http://127.0.0.1:8011/, the samples offered as a folder.
serve: $(STAMP) $(MODEL)
	mkdir -p out/serve/samples-2021
	cp samples/submissions/*.docx samples/submissions/*.pdf out/serve/samples-2021/
	$(BIN)/s11 serve --data out/serve

test: $(STAMP) $(MODEL)
	$(BIN)/python -m pytest -n auto

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests models samples bench
	$(BIN)/mypy pipeline

check: lint test

golden: $(STAMP) $(MODEL)
	S11_REGENERATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_end_to_end.py -k golden
	git diff --stat tests/golden

# The samples run without OCR: their bad/scanned-return.pdf is the NO_TEXT case. The scans
# (samples/scans, made by make_scans.py) are read with it.
eval: $(STAMP) $(MODEL)
	$(BIN)/s11 eval samples/submissions samples/bad --gold samples/gold --out out/eval --floors tests/eval_floors.yml --no-ocr
	$(BIN)/s11 eval samples/scans/submissions --gold samples/scans/gold --out out/eval-scans --floors tests/eval_floors_scans.yml
	$(BIN)/s11 eval samples/holdout/submissions --gold samples/holdout/gold --out out/eval-holdout --floors tests/eval_floors_holdout.yml
	$(BIN)/s11 eval samples/blind/submissions --gold samples/blind/gold --out out/eval-blind --floors tests/eval_floors_blind.yml
	$(BIN)/s11 eval samples/blind2/submissions --gold samples/blind2/gold --out out/eval-blind2 --floors tests/eval_floors_blind2.yml
	$(BIN)/s11 eval samples/blind3/submissions --gold samples/blind3/gold --out out/eval-blind3 --floors tests/eval_floors_blind3.yml
	$(BIN)/s11 eval samples/blind4/submissions --gold samples/blind4/gold --out out/eval-blind4 --floors tests/eval_floors_blind4.yml
	$(BIN)/s11 eval samples/blind5/submissions --gold samples/blind5/gold --out out/eval-blind5 --floors tests/eval_floors_blind5.yml
	$(BIN)/s11 eval samples/blind6/submissions --gold samples/blind6/gold --out out/eval-blind6 --floors tests/eval_floors_blind6.yml
	$(BIN)/s11 eval samples/blind7/submissions --gold samples/blind7/gold --out out/eval-blind7 --floors tests/eval_floors_blind7.yml
	$(BIN)/s11 eval samples/blind8/submissions --gold samples/blind8/gold --out out/eval-blind8 --floors tests/eval_floors_blind8.yml
	$(BIN)/s11 eval samples/blind9/submissions --gold samples/blind9/gold --out out/eval-blind9 --floors tests/eval_floors_blind9.yml

# Learning from the panel (README "Learning from the panel"): the 2020 cycle run and its
# moderation imported, a model trained on it and checked on held-out gold (the main samples
# and the holdout), then the 2021 cycle and both blind corpora scored without and with it.
LEARN := out/learn
learn-demo: $(STAMP) $(MODEL)
	rm -rf $(LEARN) && mkdir -p $(LEARN)
	$(BIN)/s11 run samples/cycles/2020 --out $(LEARN)/2020 --db $(LEARN)/history.db --cycle 2020 -q
	$(BIN)/s11 moderation import samples/cycles/moderation/ratings-2020.csv --db $(LEARN)/history.db --cycle 2020
	$(BIN)/s11 moderation import samples/cycles/moderation/verdicts-2020.csv --db $(LEARN)/history.db --cycle 2020
	$(BIN)/s11 run samples/cycles/2020 --out $(LEARN)/2020 --db $(LEARN)/history.db --cycle 2020 -q  # the overview now shows tool vs panel
	$(BIN)/s11 eval samples/submissions samples/bad --gold samples/gold --out $(LEARN)/check-main --no-ocr > /dev/null
	$(BIN)/s11 eval samples/holdout/submissions --gold samples/holdout/gold --out $(LEARN)/check-holdout > /dev/null
	$(BIN)/s11 train --feedback $(LEARN)/history.db --analyses $(LEARN)/2020 \
	  --holdout $(LEARN)/check-main/gscp-2021 --holdout $(LEARN)/check-holdout/gscp-2021 \
	  --gold samples/gold --gold samples/holdout/gold --out $(LEARN)/model-2020 | tee $(LEARN)/train.txt
	test -d $(LEARN)/model-2020 || echo "the 2020 model was refused: nothing to score" | tee $(LEARN)/scores.txt
	test ! -d $(LEARN)/model-2020 || for set in cycles-2021:samples/cycles/2021:samples/cycles/gold blind:samples/blind/submissions:samples/blind/gold blind2:samples/blind2/submissions:samples/blind2/gold blind3:samples/blind3/submissions:samples/blind3/gold; do \
	  name=$${set%%:*}; rest=$${set#*:}; inputs=$${rest%%:*}; gold=$${rest#*:}; \
	  $(BIN)/s11 eval $$inputs --gold $$gold --out $(LEARN)/$$name-before > $(LEARN)/$$name-before.txt; \
	  $(BIN)/s11 eval $$inputs --gold $$gold --out $(LEARN)/$$name-after --model $(LEARN)/model-2020 > $(LEARN)/$$name-after.txt; \
	  echo "$$name: before $$(grep 'evidence rating agreement ' $(LEARN)/$$name-before.txt), after $$(grep 'evidence rating agreement ' $(LEARN)/$$name-after.txt)"; \
	done | tee $(LEARN)/scores.txt
	# What the per-sentence verdicts taught (not evidence, indicator wrong), and their effect
	# alone on the moderated and the held-out returns, from the training's output.
	grep '^verdicts:' $(LEARN)/train.txt | tee -a $(LEARN)/scores.txt
	# A second panel: the blind2 returns moderated at their gold's "evidence supports"
	# (samples/blind2/moderation-2021.csv); the model is checked as above and, if kept,
	# scores blind3. A refusal (exit 1) is a result, not a failure of the demonstration.
	$(BIN)/s11 run samples/blind2/submissions --out $(LEARN)/blind2-2021 --db $(LEARN)/history-blind2.db --cycle 2021 -q
	$(BIN)/s11 moderation import samples/blind2/moderation-2021.csv --db $(LEARN)/history-blind2.db --cycle 2021
	-$(BIN)/s11 train --feedback $(LEARN)/history-blind2.db --analyses $(LEARN)/blind2-2021 \
	  --holdout $(LEARN)/check-main/gscp-2021 --holdout $(LEARN)/check-holdout/gscp-2021 \
	  --gold samples/gold --gold samples/holdout/gold --out $(LEARN)/model-blind2 | tee $(LEARN)/train-blind2.txt
	if [ -d $(LEARN)/model-blind2 ]; then \
	  $(BIN)/s11 eval samples/blind3/submissions --gold samples/blind3/gold --out $(LEARN)/blind3-after-blind2 --model $(LEARN)/model-blind2 \
	    | grep 'evidence rating agreement ' | tee -a $(LEARN)/scores.txt; fi

samples: $(STAMP)
	$(BIN)/python samples/build.py

# Timings live here, never in the tests: builds a corpus of >= 200 files / >= 2,000 PDF pages
# from the samples in a temporary folder, runs the floor and s11 on it, writes bench.json.
bench: $(STAMP) $(MODEL)
	$(BIN)/python -m bench.run

# A tiny corpus, a minute at most: keeps `make bench` working (CI may run it).
bench-smoke: $(STAMP) $(MODEL)
	$(BIN)/python -m bench.run --smoke --out out/bench-smoke.json

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache .s11-cache
