#!/usr/bin/env bash
# Install the Debian packages the tests and the PDF renderer need (.ci/apt-packages.txt):
# headless Chromium (PDF + page tests), the Noto CJK font, poppler-utils (pdftotext),
# PostgreSQL (the store tests start a throwaway server on a loopback port).
# Without root or apt this says so and returns 0: the tests that need them then skip.
set -uo pipefail
cd "$(dirname "$0")/.."
mapfile -t pkgs < <(grep -v '^\s*#' .ci/apt-packages.txt | grep -v '^\s*$')
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
  echo "system packages missing (${missing[*]}); not root or no apt-get: tests that need them will skip" >&2
  exit 0
fi
echo "installing system packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || echo "apt-get could not install ${missing[*]}: tests that need them will skip" >&2
exit 0
