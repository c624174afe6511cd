#!/usr/bin/env bash
# Audit benchmark (issue 5, item 5), one run so the ratios hold on a noisy machine:
#   20,000 prospecting messages from 10 senders seeded into a loopback Dovecot Sent folder (the IMAP tests' harness),
#   a bare MailKit GetStreams + MimeMessage.Load of the folder vs `outreachlint audit` of it (published ReadyToRun, as
#   the README tells users to publish it),
#   its peak RSS, and a second audit with nothing new; then the bare fetch, and a bare session (connect, log in, open,
#   search), each as a fresh process published like the CLI, the baselines a fresh audit process starts level with.
#   Needs root (or an installed dovecot-imapd) and GNU time if present.
# Usage: bench/audit-bench.sh [MESSAGES]   (default 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d /tmp/olab-XXXXXX)
trap 'rm -rf "$out"' EXIT
[ -x /usr/bin/time ] || { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get install -y -q time >/dev/null 2>&1 || true; }
dotnet publish src/OutreachLint.Cli -c Release -r linux-x64 --self-contained false -o "$out/pub" >"$out/build.log" || { cat "$out/build.log"; exit 1; }
dotnet publish bench/OutreachLint.BareFetch -c Release -r linux-x64 --self-contained false -o "$out/bare" >"$out/build.log" || { cat "$out/build.log"; exit 1; }
dotnet build bench/OutreachLint.AuditBenchmark -c Release -o "$out/bench" >"$out/build.log" || { cat "$out/build.log"; exit 1; }
dotnet "$out/bench/OutreachLint.AuditBenchmark.dll" "$out/pub" "$out/bare" "$out/work" "${1:-20000}"
