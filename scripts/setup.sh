#!/usr/bin/env bash
# Sets up a fresh machine for everything in this repository: the browsers the end-to-end tests drive (Debian's
# chromium and firefox-esr), LibreOffice for the check that a reviewed .docx opens in a word processor
# (libreoffice-writer-nogui, about 2.5 minutes to install), each installed only when missing, and the npm packages
# (npm ci). The CLI itself needs only Node.js; without these the setup warns, and only the tests using them fail.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then as_root=(); elif command -v sudo >/dev/null 2>&1; then as_root=(sudo); else as_root=(none); fi
  if command -v apt-get >/dev/null 2>&1 && [ "${as_root[0]:-}" != none ]; then
    echo "setup: installing ${missing[*]} (for the browser and word-processor tests)" >&2
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: warning: install ${missing[*]} for the browser and word-processor tests (Debian packages; /usr/bin/chromium, /usr/bin/firefox-esr, /usr/bin/soffice)" >&2
  fi
fi

npm ci --no-audit --no-fund
