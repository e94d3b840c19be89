#!/usr/bin/env bash
# Installs (idempotently) the Debian packages the tests drive for real: Chromium for the task
# pane, LibreOffice for the exported workbook, xmllint for the manifest schemas, pdftoppm for
# rendering. A tool that is still missing afterwards is a failure, never a skipped test.
set -u
declare -A tool_pkg=(
  [/usr/bin/chromium]=chromium
  [soffice]=libreoffice-calc-nogui
  [xmllint]=libxml2-utils
  [pdftoppm]=poppler-utils
)
missing=()
for tool in "${!tool_pkg[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${tool_pkg[$tool]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages the tests need: ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "FAILED: missing ${missing[*]} and cannot install them (needs root and apt-get)." >&2
  echo "Install them by hand: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
for tool in "${!tool_pkg[@]}"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "FAILED: $tool is still missing after apt-get install ${tool_pkg[$tool]}." >&2
    exit 1
  fi
done
echo "System packages ready."
