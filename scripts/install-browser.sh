#!/usr/bin/env bash
# Installs what the tests need outside npm: Debian's Chromium (test tools cannot download browsers
# here), poppler-utils (pdftotext/pdftoppm, for the print tests) and a Chinese font (without one,
# Chinese prints as empty boxes and cannot be read back from the PDF). Needs root or sudo.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-wqy-microhei)
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
