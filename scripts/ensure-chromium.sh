#!/bin/sh
# The browser tests drive Debian's Chromium through Playwright (never `playwright install`):
# install the packages when they are missing. Needs root (or sudo) and the Debian mirrors.
set -e
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
