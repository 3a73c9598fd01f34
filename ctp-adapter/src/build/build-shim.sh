#!/usr/bin/env bash
# Builds a shared library from the C sources of one directory: ctp-engine's JNA call shim (src/main/c, shipped) and
# the SPI driver (src/test/c, test and bench support, in the test-jar only).
# Usage: build-shim.sh SRC_DIR OUT_DIR [LIB_NAME [INCLUDE_DIR]]   (LIB_NAME defaults to libctpengine-shim.so)
set -euo pipefail
src="$1"
out="$2"
lib="$out/${3:-libctpengine-shim.so}"
include=()
newer_than=("$src")
if [ -n "${4:-}" ]; then
  include=(-I "$4")
  newer_than+=("$4")
fi
mkdir -p "$out"
# Rebuild only when a source or header is newer than the library, or a directory is (a source added or removed: a
# removed file leaves nothing newer, and the old library would keep its code).
if [ -f "$lib" ] && [ -z "$(find "${newer_than[@]}" \( -name '*.c' -o -name '*.h' -o -type d \) -newer "$lib")" ]; then
  exit 0
fi
gcc -std=c11 -O2 -fPIC -shared -pthread -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L \
  -fvisibility=default "${include[@]}" -o "$lib.tmp" "$src"/*.c
mv "$lib.tmp" "$lib"
echo "built $lib"
