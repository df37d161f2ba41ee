#!/bin/sh
# Make sure the virtualenv VENV is built on the interpreter PY, and that PY can make one.
# A virtualenv made earlier from another interpreter (e.g. a pyenv build) is removed, so that
# `make setup` builds it again on PY and reinstalls the pinned packages.
# Usage: ensure-venv.sh PY VENV
set -e
PY="$1"
VENV="$2"
if [ "$PY" = /usr/bin/python3 ] && ! "$PY" -c "import ensurepip" >/dev/null 2>&1; then
    # Debian ships venv/ensurepip separately from python3.
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y python3-venv
fi
if [ -f "$VENV/pyvenv.cfg" ]; then
    want="$("$PY" -c 'import sys, os; print(os.path.realpath(sys.executable))')"
    have="$("$VENV/bin/python" -c 'import sys, os; print(os.path.realpath(sys.executable))' 2>/dev/null || true)"
    if [ "$want" != "$have" ]; then
        echo "ensure-venv: $VENV was made from ${have:-a missing interpreter}, not $want: making it again"
        rm -rf "$VENV"
    fi
fi
