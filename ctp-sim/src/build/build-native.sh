#!/usr/bin/env bash
# Builds the simulator (one shared library per ABI profile) and its layout-dump test tool with g++.
# Incremental: an object is rebuilt only when its source or any header it may include is newer.
# usage: build-native.sh MODULE_DIR PROFILE...
set -euo pipefail
module="$(cd "${1:?usage: build-native.sh MODULE_DIR PROFILE...}" && pwd)"
shift
src="$module/src/main/cpp"
test_src="$module/src/test/cpp"
target="$module/target"
cxx="${CXX:-g++}"
common_flags=(-std=c++17 -O2 -fPIC -pthread -Wall -Wextra -fvisibility=hidden -fvisibility-inlines-hidden)

command -v "$cxx" >/dev/null 2>&1 || { echo "build-native: $cxx not found (apt-get install g++)" >&2; exit 1; }

# newest modification time (epoch seconds) among files
newest() { local t=0 f m; for f in "$@"; do [ -e "$f" ] || continue; m=$(stat -c %Y "$f"); [ "$m" -gt "$t" ] && t=$m; done; echo "$t"; }
mtime() { if [ -e "$1" ]; then stat -c %Y "$1"; else echo 0; fi; }

compile() { # compile OUT SRC HEADERS_NEWEST FLAGS...
  local out="$1" source="$2" headers="$3"; shift 3
  local built; built=$(mtime "$out")
  if [ "$built" -gt 0 ] && [ "$built" -ge "$(mtime "$source")" ] && [ "$built" -ge "$headers" ]; then
    return 0
  fi
  echo "build-native: $(basename "$source") -> ${out#"$target"/}"
  "$cxx" "$@" -c "$source" -o "$out"
}

link_if_needed() { # link OUT KIND OBJECTS...
  local out="$1" kind="$2"; shift 2
  # The source directories count too: a removed source leaves no newer object, and the old library would keep its code.
  if [ "$(mtime "$out")" -gt 0 ] && [ "$(mtime "$out")" -ge "$(newest "$@" "$src" "$test_src")" ]; then
    return 0
  fi
  echo "build-native: linking ${out#"$target"/}"
  mkdir -p "$(dirname "$out")"
  if [ "$kind" = shared ]; then
    "$cxx" -shared -pthread -Wl,-z,defs -Wl,--version-script="$module/src/build/exports.map" -o "$out" "$@"
  else
    "$cxx" -pthread -o "$out" "$@"
  fi
}

for profile in "$@"; do
  gen="$target/generated-cpp/$profile"
  obj="$target/native-obj/$profile"
  mkdir -p "$obj"
  headers=$(newest "$src"/*.h "$gen"/*.h "$test_src"/*.h "$0" "$module/src/build/exports.map")
  flags=("${common_flags[@]}" "-DCTPSIM_PROFILE=\"$profile\"" -I"$gen" -I"$src")

  lib_objects=()
  for source in "$src"/*.cpp; do
    name=$(basename "$source" .cpp)
    extra=()
    # The only file with Chinese text: its literals must reach clients as GB18030, like a real front's.
    [ "$name" = messages ] && extra=(-finput-charset=UTF-8 -fexec-charset=GB18030)
    compile "$obj/$name.o" "$source" "$headers" "${flags[@]}" "${extra[@]}"
    lib_objects+=("$obj/$name.o")
  done
  link_if_needed "$target/classes/org/ctpengine/sim/$profile/libctpsim.so" shared "${lib_objects[@]}"

  # Test tool, not packaged: the layout dump of the drift test.
  compile "$obj/ctpsim_reflect.o" "$gen/ctpsim_reflect.cpp" "$headers" "${flags[@]}" -I"$test_src"
  compile "$obj/test_layout_dump.o" "$test_src/layout_dump.cpp" "$headers" "${flags[@]}" -I"$test_src"
  link_if_needed "$target/native/$profile/layout-dump" exe "$obj/test_layout_dump.o" "$obj/ctpsim_reflect.o"
done
