#!/bin/sh
# One shard of a Flowbench job on a cluster: the entry the Kubernetes Indexed Job and the
# Slurm array call (and the test that checks sharded = unsharded, byte for byte).
#
#   run-shard.sh run <scenario.json> [--replications N] [--seed S]
#   run-shard.sh compare <baseline.json> <redesign.json> [--replications N] [--seed S]
#   run-shard.sh sweep <scenario.json> --param <path>=<from>:<to>:<step> [--param …] [--replications N] [--seed S]
#
# Environment:
#   SHARDS                 number of shards N (required)
#   JOB_COMPLETION_INDEX   the shard index on Kubernetes (Indexed Job), 0 … N−1
#   SLURM_ARRAY_TASK_ID    the shard index on Slurm (sbatch --array=0-<N−1>)
#   SHARD_INDEX            the shard index anywhere else
#   OUT_DIR                where part-<index>.json is written (default: .)
#   FLOWBENCH              the CLI (default: node /app/dist-cli/flowbench.js, as in deploy/Containerfile)
#   WORKERS                worker threads per shard (default: the cores the shard was given)
set -eu

index="${JOB_COMPLETION_INDEX:-${SLURM_ARRAY_TASK_ID:-${SHARD_INDEX:-}}}"
if [ -z "$index" ]; then
	echo "run-shard: no shard index: set JOB_COMPLETION_INDEX (Kubernetes), SLURM_ARRAY_TASK_ID (Slurm) or SHARD_INDEX" >&2
	exit 2
fi
if [ -z "${SHARDS:-}" ]; then
	echo "run-shard: set SHARDS to the number of shards" >&2
	exit 2
fi
out="${OUT_DIR:-.}/part-$(printf '%05d' "$index").json"
set -- "$@" --shard "$index/$SHARDS" --out "$out" --quiet
if [ -n "${WORKERS:-}" ]; then set -- "$@" --workers "$WORKERS"; fi
# shellcheck disable=SC2086 # FLOWBENCH is a command line
exec ${FLOWBENCH:-node /app/dist-cli/flowbench.js} "$@"
