#!/usr/bin/env bash
# Runs Sitrep's whole test suite: builds the solution, runs every test project, and ends with one summary line
# "tests: N passed, N failed, N skipped". Tests that need ../shared (evaluation material) skip with a visible
# reason when it is absent. Exit code: 0 when the build succeeded and no test failed.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT

if ! dotnet build Sitrep.slnx -c Release -nologo -v quiet >"$log" 2>&1; then
  grep -E "error|warning" "$log" | sort -u
  echo "build failed"
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

dotnet test Sitrep.slnx -c Release --no-build --no-progress --output Detailed >"$log" 2>&1
status=$?

# Failures with their messages; skipped tests counted by their reason (the line after each "skipped" line).
grep -E "^failed |^\s+(Assert|Xunit|Expected|Actual|at Sitrep)|Zero tests ran|^\s*error:" "$log" || true
awk '/^skipped /{ getline reason; sub(/^ +/, "", reason); count[reason]++ }
     END { for (r in count) printf "skipped %d tests: %s\n", count[r], r }' "$log"

sum() { grep -E "^\s+$1: [0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }'; }
passed=$(sum succeeded); failed=$(sum failed); skipped=$(sum skipped)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  tail -n 30 "$log"
  echo "dotnet test exited with $status"
  failed=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
