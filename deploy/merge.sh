#!/bin/sh
# Merges every part-*.json in OUT_DIR into RESULT (default: OUT_DIR/result.json), byte-identical
# to the unsharded run; exits 1 naming any missing or doubled shard.
set -eu
dir="${OUT_DIR:-.}"
# shellcheck disable=SC2086
exec ${FLOWBENCH:-node /app/dist-cli/flowbench.js} merge "$dir"/part-*.json --out "${RESULT:-$dir/result.json}"
