#!/usr/bin/env bash
# Builds the zh_CN.GB18030 locale into a project directory (no root needed).
# libjctp.so (the layout oracle and benchmark peer) aborts the JVM at load without it;
# tests and launchers point LOCPATH at this directory.
set -euo pipefail
dir="${1:?usage: ensure-locale.sh DIR}"
if [ -f "$dir/zh_CN.GB18030/LC_CTYPE" ]; then
  exit 0
fi
if ! command -v localedef >/dev/null 2>&1; then
  echo "ensure-locale: 'localedef' not found; install Debian's 'locales' package (apt-get install locales)" >&2
  exit 1
fi
mkdir -p "$dir"
# localedef exits 1 on warnings even when it wrote the locale; judge by the result.
localedef -i zh_CN -f GB18030 "$dir/zh_CN.GB18030" || true
if [ ! -f "$dir/zh_CN.GB18030/LC_CTYPE" ]; then
  echo "ensure-locale: localedef did not produce $dir/zh_CN.GB18030 (are /usr/share/i18n/locales/zh_CN and charmaps/GB18030 present? apt-get install locales)" >&2
  exit 1
fi
echo "ensure-locale: built $dir/zh_CN.GB18030"
