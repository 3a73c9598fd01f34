#!/usr/bin/env bash
# Builds the Chinese locales CTP libraries ask for into a project directory (no root needed): zh_CN.GB18030,
# zh_CN.GBK and zh_CN.GB2312, each also under its lower-case name (zh_CN.gb18030, ...). glibc checks that a locale's
# codeset is the one its name asks for, so each is built from its own charmap, not linked to GB18030.
# libjctp.so (the layout oracle and benchmark peer) aborts the JVM at load without zh_CN.GB18030, and third-party
# libraries abort the process (libstdc++: "_S_create_c_locale name not valid") when their name does not resolve;
# tests and launchers point LOCPATH at this directory.
set -euo pipefail
dir="${1:?usage: ensure-locale.sh DIR}"
built=()
for charmap in GB18030 GBK GB2312; do
  name="zh_CN.$charmap"
  lower="zh_CN.${charmap,,}"
  if [ ! -f "$dir/$name/LC_CTYPE" ]; then
    if ! command -v localedef >/dev/null 2>&1; then
      echo "ensure-locale: 'localedef' not found; install Debian's 'locales' package (apt-get install locales)" >&2
      exit 1
    fi
    mkdir -p "$dir"
    # localedef exits 1 on warnings even when it wrote the locale; judge by the result.
    localedef -i zh_CN -f "$charmap" "$dir/$name" || true
    if [ ! -f "$dir/$name/LC_CTYPE" ]; then
      echo "ensure-locale: localedef did not produce $dir/$name (are /usr/share/i18n/locales/zh_CN and charmaps/$charmap present? apt-get install locales)" >&2
      exit 1
    fi
    built+=("$name")
  fi
  # The lower-case spelling as a relative link, so that the directory moves with its checkout.
  if [ ! -e "$dir/$lower" ] || [ -L "$dir/$lower" ]; then
    ln -sfn "$name" "$dir/$lower"
  fi
done
if [ "${#built[@]}" -gt 0 ]; then
  echo "ensure-locale: built ${built[*]} in $dir (lower-case names link to them)"
fi
