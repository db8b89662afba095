#!/usr/bin/env bash
# Rebuilds the page's assets (../wwwroot) from src/ and the locked npm packages. The built assets are committed, so
# building Sitrep needs only the .NET SDK; run this after changing src/ or package.json.
#   ./build.sh          install the locked packages (npm ci) and build
#   ./build.sh --check  build, then fail if the result differs from what is committed (CI runs this)
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
node build.mjs
if [ "${1:-}" = "--check" ]; then
  if ! git diff --quiet --exit-code -- ../wwwroot || [ -n "$(git status --porcelain -- ../wwwroot)" ]; then
    git status --short -- ../wwwroot
    echo "web assets are stale: run src/Sitrep.Server/web/build.sh and commit src/Sitrep.Server/wwwroot" >&2
    exit 1
  fi
  echo "web assets match their sources"
fi
