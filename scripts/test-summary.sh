#!/usr/bin/env bash
# Sums the TRX files of a `dotnet test` run and prints 'N passed, N failed[, N skipped]'.
# Exit code 1 when any test failed or no test ran.
set -euo pipefail
dir=${1:?results folder}
passed=0; failed=0; skipped=0; files=0
for trx in "$dir"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  # xunit's skipped tests are counted in total but not in executed (notExecuted stays 0).
  skipped=$((skipped + $(get total) - $(get executed)))
  # A test host that crashed leaves an aborted run: count it as a failure so it cannot pass silently.
  if grep -q '<ResultSummary outcome="Aborted"' "$trx"; then
    echo "aborted test run: $trx" >&2; failed=$((failed + 1))
  fi
done
if [ $files = 0 ]; then echo "no test results found in $dir" >&2; echo "0 passed, 1 failed"; exit 1; fi
if [ $skipped -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
[ $failed = 0 ] && [ $passed -gt 0 ]
