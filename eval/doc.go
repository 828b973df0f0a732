// Package eval scores extractor output against gold annotations. It is a
// faithful Go port of shared/eval/score.py, the official yardstick (formats:
// shared/eval/FORMAT.md): the same name normalisation, the same pairing of
// articles, entities and relations, the same quirks (a claim repeated with
// the same amount in millions counts once; optional relations are neither
// rewarded nor penalised; a gold subject or object may be a list of keys;
// amounts must be within 1.1%, and in the gold currency when it has one), and
// the same printed report. eval/agree_test.go runs score.py and this package
// on the same inputs and checks that their counts agree.
//
// One difference is inherent in the input type: a system document is a
// model.Document, so a JSON amount of 0 reads as no amount, and a missing id
// as an empty one; kg's own jsonl never writes either.
package eval
