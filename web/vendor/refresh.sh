#!/usr/bin/env bash
# Refreshes the browser libraries Cadenza vendors, so the build never needs Node:
#   abcjs (notation and playback data, MIT)     -> web/vendor/abcjs/
#   axe-core (accessibility scan in BrowserIT, MPL-2.0) -> src/test/resources/axe/
# Usage: web/vendor/refresh.sh [ABCJS_VERSION] [AXE_VERSION]   (needs npm; run from anywhere)
set -euo pipefail
ABCJS_VERSION=${1:-6.7.2}
AXE_VERSION=${2:-4.14.1}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack --silent "abcjs@$ABCJS_VERSION" "axe-core@$AXE_VERSION" >/dev/null
mkdir abcjs axe
tar xzf "abcjs-$ABCJS_VERSION.tgz" -C abcjs
tar xzf "axe-core-$AXE_VERSION.tgz" -C axe
cp abcjs/package/dist/abcjs-basic-min.js abcjs/package/LICENSE.md "$ROOT/web/vendor/abcjs/"
cp axe/package/axe.min.js axe/package/LICENSE "$ROOT/src/test/resources/axe/"
echo "abcjs $ABCJS_VERSION and axe-core $AXE_VERSION copied; update the versions in web/vendor/README.md"
