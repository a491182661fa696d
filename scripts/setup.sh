#!/usr/bin/env bash
# Prepares everything the program and its tests need; safe to run again (it skips what is done).
# Sourced by scripts/run and scripts/test, so a newcomer never runs it by hand.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# System packages (the libraries Qt's xcb plugin, QtMultimedia and QtPdf load, the CJK fonts,
# poppler-utils): the first word of each line of system-packages.txt, which the test that
# checks the libraries with ldd reads too.
SYSTEM_PACKAGES=()
while read -r pkg _; do
  case "$pkg" in ''|'#'*) continue ;; esac
  SYSTEM_PACKAGES+=("$pkg")
done < "$ROOT/scripts/system-packages.txt"
# Debian's python3 needs python3-venv for `python3 -m venv`; other Pythons bring it.
python3 -c 'import ensurepip' 2>/dev/null || SYSTEM_PACKAGES+=(python3-venv)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    # Debian 13 and Ubuntu 24.04 renamed some libraries with a t64 suffix (64-bit time_t).
    status="$(dpkg-query -W -f='${Status}\n' "$pkg" "${pkg}t64" 2>/dev/null || true)"
    [[ "$status" == *"install ok installed"* ]] || missing+=("$pkg")
  done
fi
# The name this release's apt knows: one unknown name would make apt-get install nothing.
apt_names() {
  local pkg renamed
  renamed=" $(apt-cache show --no-all-versions $(printf '%st64 ' "$@") 2>/dev/null \
              | sed -n 's/^Package: //p' | tr '\n' ' ' || true) "
  for pkg in "$@"; do
    if [[ "$renamed" == *" ${pkg}t64 "* ]]; then echo "${pkg}t64"; else echo "$pkg"; fi
  done
}
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing system packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -q >/dev/null && \
           apt-get install -y -q --no-install-recommends $(apt_names "${missing[@]}") >/dev/null; }
    then
      echo "setup: apt-get could not install ${missing[*]}; continuing without them" >&2
    fi
  else
    echo "setup: these system packages are missing; install them as root:" >&2
    # shellcheck disable=SC2046 # one word per package name
    echo "  sudo apt-get install" $(apt_names "${missing[@]}") >&2
  fi
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "setup: Python 3.11 or newer is needed (found: $("$PYTHON" --version 2>&1))" >&2
  exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating the virtual environment in .venv" >&2
  "$PYTHON" -m venv "$VENV"
fi

# Reinstall only when the dependency list changed.
stamp="$VENV/.laifang-installed"
want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Python packages (first run takes a few minutes)" >&2
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install -q -e "$ROOT[test]"
  echo "$want" > "$stamp"
fi

# Compiled translations are build output: rebuild when a .ts is newer than its .qm.
for ts in "$ROOT"/resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
  fi
done
