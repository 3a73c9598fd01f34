#!/usr/bin/env bash
# Builds ctp-engine's JNA call shim (and the SPI bench driver) into OUT_DIR/libctpengine-shim.so.
# Usage: build-shim.sh SRC_DIR OUT_DIR
set -euo pipefail
src="$1"
out="$2"
lib="$out/libctpengine-shim.so"
mkdir -p "$out"
# Rebuild only when a source is newer than the library.
if [ -f "$lib" ] && [ -z "$(find "$src" -name '*.c' -newer "$lib")" ]; then
  exit 0
fi
gcc -std=c11 -O2 -fPIC -shared -pthread -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L \
  -fvisibility=default -o "$lib.tmp" "$src"/*.c
mv "$lib.tmp" "$lib"
echo "built $lib"
