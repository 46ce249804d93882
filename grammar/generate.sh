#!/usr/bin/env bash
# Regenerates the C# lexer, parser and visitor from ProVision.g4 into ProVision.Grammar/Generated/
# and records the grammar's hash in Generated/grammar.sha256 (a test fails when they drift apart).
#
# Idempotent: the output folder is cleared of generated files first, and antlr-ng's output depends
# only on the grammar (it is run from this folder with relative paths, so no absolute path leaks in).
#
# antlr-ng spells ANTLR's `-visitor -no-listener` as `--generate-visitor --generate-listener false`,
# and `-package` as `-p`/`--package` (see `npx --yes antlr-ng@1.0.10 --help`).
set -euo pipefail

cd "$(dirname "$0")"
out="ProVision.Grammar/Generated"
mkdir -p "$out"
rm -f "$out"/*.cs "$out"/*.interp "$out"/*.tokens "$out"/grammar.sha256

npx --yes antlr-ng@1.0.10 \
    -Dlanguage=CSharp \
    --generate-visitor \
    --generate-listener false \
    --package ProVision.Grammar.Generated \
    -o "$out" \
    ProVision.g4

# The hash is over the grammar with CRLF normalised to LF, so a Windows checkout agrees with it.
hash="$(tr -d '\r' < ProVision.g4 | sha256sum | cut -d' ' -f1)"
printf '%s  ProVision.g4\n' "$hash" > "$out/grammar.sha256"
echo "generated $out (grammar sha256 $hash)"
