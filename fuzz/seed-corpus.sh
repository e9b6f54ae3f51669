#!/bin/sh
# Seeds the fuzzer's corpus with the conformance programs (fuzz/corpus/ is
# gitignored). Run from anywhere: fuzz/seed-corpus.sh
set -e
here=$(dirname "$0")
mkdir -p "$here/corpus/run"
cp "$here"/../grammar-tests/*.py "$here/corpus/run/"
echo "seeded $(ls "$here/corpus/run" | wc -l) files into $here/corpus/run"
