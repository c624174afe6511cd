#!/usr/bin/env bash
# IMAP source benchmark (issue 3): 2,000 messages with a text body and a 200 KB - 1 MB attachment in a loopback
# Dovecot folder; our source (BODYSTRUCTURE, then text parts only) vs a bare MailKit whole-message fetch, one run.
# Needs root (or an installed dovecot-imapd). Usage: bench/source-bench.sh [MESSAGES] [MIN_KB] [MAX_KB]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d /tmp/olsb-XXXXXX)
trap 'rm -rf "$out"' EXIT
dotnet build bench/OutreachLint.SourceBenchmark -c Release -o "$out/bench" >/dev/null
dotnet "$out/bench/OutreachLint.SourceBenchmark.dll" "$@"
