#!/usr/bin/env bash
# Runs every test of the solution. The integration tests talk to real parts: a Dovecot IMAP server, headless
# Chromium and Node's SARIF validator. This script installs whichever of them is missing (Debian packages, as root or
# through sudo), then runs `dotnet test` on the whole solution. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v dovecot >/dev/null 2>&1 || missing+=(dovecot-imapd)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "test.sh: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The real-mail corpora ship beside the project (../shared/corpora), not in it. A clone made elsewhere (as CI clones
# main) finds them beside the repository it was cloned from, so the corpus tests run instead of skipping; where there
# is no corpus at all they are reported as skipped, naming the places they looked.
if [ -z "${OUTREACHLINT_CORPORA:-}" ] && origin=$(git remote get-url origin 2>/dev/null) && [ -d "$origin/../shared/corpora" ]; then
  export OUTREACHLINT_CORPORA="$(cd "$origin/../shared/corpora" && pwd)"
fi

dotnet test OutreachLint.sln -c Release "$@"
