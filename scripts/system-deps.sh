#!/bin/sh
# Debian packages the project needs ($PKGS).  As root, installs the missing ones with
# apt-get; otherwise prints the exact command and fails.  On a machine without dpkg
# it checks the commands themselves and says what is missing.
set -eu
missing=""
have() {  # package -> is it, or what it provides, present?
  dpkg -s "$1" >/dev/null 2>&1 && return 0
  case "$1" in
    python3-venv) "${PYTHON:-python3}" -c "import ensurepip, venv" 2>/dev/null ;;
    fonts-noto-cjk) fc-list 2>/dev/null | grep -qi "Noto Sans CJK" ;;
    chromium) command -v chromium >/dev/null 2>&1 ;;
    openjdk-17-jdk-headless) command -v javac >/dev/null 2>&1 && javac -version 2>&1 | grep -q " 17" ;;
    maven) command -v mvn >/dev/null 2>&1 ;;
    *) return 1 ;;
  esac
}
for p in $PKGS; do
  have "$p" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "missing:$missing (install their equivalents for this system)" >&2
  exit 1
fi
if [ "$(id -u)" = 0 ]; then
  echo "installing Debian packages:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "please install the missing Debian packages:" >&2
  echo "  sudo apt-get install -y$missing" >&2
  exit 1
fi
