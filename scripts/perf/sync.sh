#!/bin/sh
# Copies the performance-owned files from the working tree into the frozen snapshot (.cache/perf-tree, made with
# `git archive HEAD`), so that output hashes compare one change at a time while other engineers edit their stages.
set -e
cd "$(dirname "$0")/../.."
for f in scripts/perf src/core/quotes src/core/entities src/core/dateline src/core/text/sentences.ts src/core/document.ts src/core/analyze.ts src/core/annotationGuard.ts test/unit/quotes-mentionIndex.test.ts; do
  rm -rf ".cache/perf-tree/$f" && cp -r "$f" ".cache/perf-tree/$f"
done
cd .cache/perf-tree && npx tsc -p .
