#!/bin/sh
# Copies the files under performance work (PERF_FILES, default: the quotation stage and scripts/perf) from the
# working tree into the frozen snapshot (.cache/perf-tree, made with `git archive HEAD`), so that output hashes
# compare one change at a time while other engineers edit and commit their stages. Copy only what you changed:
# copying a stage someone else has since committed to moves the hash for their reason, not yours.
set -e
cd "$(dirname "$0")/../.."
for f in ${PERF_FILES:-scripts/perf src/core/quotes test/unit/core/quotes/mentionIndex.test.ts}; do
  rm -rf ".cache/perf-tree/$f" && cp -r "$f" ".cache/perf-tree/$f"
done
cd .cache/perf-tree && npx tsc -p .
