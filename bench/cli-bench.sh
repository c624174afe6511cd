#!/usr/bin/env bash
# Process-level benchmarks, measured in one run so the ratios hold on a noisy machine:
#   1. one draft checked from a cold process start (median of 20), published binary;
#   2. batch `check` of the business-mail corpus vs write-good on the same files.
# Needs the corpus beside the project (../shared/corpora) and npm for write-good.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
corpus=../shared/corpora/business-mail/enron1-ham
dotnet publish src/OutreachLint.Cli -c Release -o "$out/pub" -p:PublishReadyToRun=true -r linux-x64 --self-contained false >/dev/null
[ -x "$out/wg/node_modules/.bin/write-good" ] || (mkdir -p "$out/wg" && cd "$out/wg" && npm install --silent write-good@1 >/dev/null)

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

# The SDK's build servers stay alive after publishing and compete for the two cores: stop them, and let the first
# few processes warm the page cache (each measured run is still a new process: that is the cold start a rep sees).
dotnet build-server shutdown >/dev/null 2>&1 || true
for _ in 1 2 3; do "$out/pub/outreachlint" check examples/partner-pitch.eml >/dev/null 2>&1 || true; done

echo "cold start, one draft (examples/partner-pitch.eml), 20 runs:"
for _ in $(seq 20); do ms "$out/pub/outreachlint" check examples/partner-pitch.eml; done | median | sed 's/^/  median ms: /'

files=("$corpus"/*.txt)
echo "batch, ${#files[@]} business emails:"
t1=$(ms "$out/pub/outreachlint" check --format json "${files[@]}")
t2=$(ms "$out/wg/node_modules/.bin/write-good" "${files[@]}")
echo "  outreachlint check: ${t1} ms ($(( ${#files[@]} * 1000 / t1 )) emails/s)"
echo "  write-good:         ${t2} ms ($(( ${#files[@]} * 1000 / t2 )) emails/s)"
echo "  ratio (write-good time / outreachlint time): $(awk "BEGIN {printf \"%.2f\", $t2 / $t1}")"
rm -rf "$out"
