#!/usr/bin/env bash
# Draws the extension's toolbar and store icons (extension/public/icon/N.png) from extension/icon.svg with headless
# Chromium, transparent background. The PNGs are committed; run this only after changing the drawing.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp extension/icon.svg "$work/icon.svg"
for size in 16 32 48 128; do
  printf '<html><body style="margin:0;background:transparent"><img src="icon.svg" width="%s" height="%s" style="display:block"></body></html>' "$size" "$size" >"$work/page.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$size,$size" --screenshot="$PWD/extension/public/icon/$size.png" "file://$work/page.html" >/dev/null 2>&1
done
