#!/usr/bin/env bash
# Builds what an officer installs, from a clean clone on Debian, and checks it:
#   target/packages/behoeftewijzer-<version>-setup.exe             Windows installer (no admin rights)
#   target/packages/behoeftewijzer-<version>-windows-portable.zip  Windows, without installing
#   target/packages/behoeftewijzer_<version>_amd64.deb             Debian and Ubuntu
# Windows cannot run here: the .exe is cross-built with MinGW-w64 and checked statically
# (packaging/check.py). Installs what it needs with apt, rustup, cargo and pip.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need_apt+=(gcc-mingw-w64-x86-64)
command -v x86_64-w64-mingw32-windres >/dev/null || need_apt+=(binutils-mingw-w64-x86-64)
command -v makensis >/dev/null || need_apt+=(nsis)
command -v 7z >/dev/null || need_apt+=(p7zip-full)
command -v zip >/dev/null || need_apt+=(zip)
command -v desktop-file-validate >/dev/null || need_apt+=(desktop-file-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== installing ${need_apt[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
rustup target add x86_64-pc-windows-gnu >/dev/null 2>&1
command -v cargo-deb >/dev/null || cargo install --locked cargo-deb
python3 -c 'import pefile' 2>/dev/null || python3 -m pip install --quiet pefile

version=$(cargo metadata --no-deps --format-version 1 --locked |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["packages"][0]["version"])')
out=target/packages
rm -rf "$out"
mkdir -p "$out"

echo "== Windows: cross-built release"
cargo build --release --locked --target x86_64-pc-windows-gnu
exe=target/x86_64-pc-windows-gnu/release/behoeftewijzer.exe

echo "== Windows: portable zip"
portable=$(mktemp -d)
mkdir "$portable/Behoeftewijzer"
cp "$exe" "$portable/Behoeftewijzer/behoeftewijzer.exe"
cp LICENSE "$portable/Behoeftewijzer/LICENSE.txt"
cp assets/fonts/OFL.txt "$portable/Behoeftewijzer/OFL.txt"
cp packaging/windows/LEESMIJ.txt "$portable/Behoeftewijzer/LEESMIJ.txt"
(cd "$portable" && zip -q -r -X - Behoeftewijzer) >"$out/behoeftewijzer-$version-windows-portable.zip"
rm -rf "$portable"

echo "== Windows: installer (NSIS)"
makensis -V2 -DVERSION="$version" -DEXE="$PWD/$exe" -DROOT="$PWD" \
  -DOUTFILE="$PWD/$out/behoeftewijzer-$version-setup.exe" packaging/windows/installer.nsi

echo "== Linux: Debian package"
cargo build --release --locked
cargo deb --no-build --output "$out/behoeftewijzer_${version}_amd64.deb"

echo "== checks"
python3 packaging/check.py --version "$version" --exe "$exe" \
  --zip "$out/behoeftewijzer-$version-windows-portable.zip" \
  --setup "$out/behoeftewijzer-$version-setup.exe" \
  --deb "$out/behoeftewijzer_${version}_amd64.deb"
ls -l "$out"
