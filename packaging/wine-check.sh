#!/usr/bin/env bash
# Runs the Windows installer and the installed program under Wine, the closest thing to Windows
# here, and takes screenshots:
#   1. default settings: Wine's DirectX 12 cannot compile wgpu's shaders, a fair stand-in for
#      a desk without a usable graphics card; the program must open its window by itself;
#   2. every renderer made to fail (Vulkan and OpenGL switched off as well): the program must
#      show its message box instead of ending without a word.
# Usage: packaging/wine-check.sh [--none-works] [SETUP.exe]   (default: packaging/build.sh's)
#   --none-works also runs step 2. Under Debian's Wine 8 it does not pass yet: taking the host's
#   OpenGL away makes Wine itself fault (page fault in its OpenGL), and taking Vulkan away hangs
#   its DirectX 12; the message box is checked for real under Xvfb in tests/real_window.rs.
# Writes screenshots and logs to target/wine-check/. Exit code 0 when both hold.
#
# Debian's Wine 8 needs its 32-bit part for the NSIS installer, and lacks bcryptprimitives.dll,
# which Rust's standard library imports: a test-only stand-in is built here with MinGW
# (packaging/wine/bcryptprimitives.c) and put in the prefix's system folder. Never shipped.
set -euo pipefail
cd "$(dirname "$0")/.."

none_works=false
if [ "${1:-}" = "--none-works" ]; then none_works=true; shift; fi
setup=${1:-$(ls target/packages/behoeftewijzer-*-setup.exe 2>/dev/null | head -1)}
[ -f "$setup" ] || { echo "no installer: run packaging/build.sh first, or name one" >&2; exit 2; }

need_apt=()
command -v wine >/dev/null || need_apt+=(wine wine64 wine32:i386)
command -v Xvfb >/dev/null || need_apt+=(xvfb)
command -v xdotool >/dev/null || need_apt+=(xdotool)
command -v import >/dev/null || need_apt+=(imagemagick)
command -v x86_64-w64-mingw32-gcc >/dev/null || need_apt+=(gcc-mingw-w64-x86-64)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== installing ${need_apt[*]}"
  dpkg --add-architecture i386
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

out=$PWD/target/wine-check
rm -rf "$out"
mkdir -p "$out"
export WINEPREFIX="$out/prefix"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="   # no Mono or Gecko dialogs in a fresh prefix
USER=${USER:-$(id -un)}

display=:$((150 + $$ % 50))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; wineserver -k 2>/dev/null || true' EXIT
export DISPLAY=$display
sleep 1

echo "== a fresh Wine prefix"
wineboot -i >/dev/null 2>&1
# Wine links Documents to the home folder; a folder of its own keeps the check apart.
docs="$WINEPREFIX/drive_c/users/$USER/Documents"
[ -L "$docs" ] && rm "$docs" && mkdir -p "$docs"
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  packaging/wine/bcryptprimitives.c -ladvapi32

echo "== the installer, silent"
wine "$setup" /S
exe="$WINEPREFIX/drive_c/users/$USER/AppData/Local/Programs/Behoeftewijzer/behoeftewijzer.exe"
[ -f "$exe" ] || { echo "not installed: $exe" >&2; exit 1; }

# Waits up to $1 seconds for a window whose name matches $2; prints its id.
wait_window() {
  local until=$((SECONDS + $1))
  while [ $SECONDS -lt $until ]; do
    if id=$(xdotool search --name "$2" 2>/dev/null | head -1) && [ -n "$id" ]; then
      echo "$id"
      return 0
    fi
    sleep 1
  done
  return 1
}

status=0
echo "== 1. default settings: the window opens by itself"
rm -f "$WINEPREFIX/drive_c/users/$USER/AppData/Roaming/Behoeftewijzer/data/renderer.txt"
start=$SECONDS
RUST_LOG=info wine "$exe" >"$out/1-default.log" 2>&1 &
app=$!
if id=$(wait_window 90 'Behoeftewijzer'); then
  sleep 4
  import -window root "$out/1-default.png"
  echo "   window after $((SECONDS - start)) s; screenshot target/wine-check/1-default.png"
  grep -h 'opening the window with\|could not be drawn\|is drawn with' "$out/1-default.log" | sed 's/^/   /' || true
  xdotool windowclose "$id" 2>/dev/null || true
else
  echo "   FAILED: no window within 90 s"
  import -window root "$out/1-default.png"
  status=1
fi
sleep 3
wineserver -k 2>/dev/null || true
wait $app 2>/dev/null || true

echo "== 1b. the next start begins with the renderer that worked"
memory=$(find "$WINEPREFIX/drive_c/users" -name renderer.txt | head -1)
[ -n "$memory" ] && echo "   remembered: $(cat "$memory")"

$none_works || exit $status
echo "== 2. every renderer made to fail: a message box"
# Wine's DirectX 12 fails by itself; WGPU_BACKEND keeps wgpu's second try on it too (taking
# Vulkan away would hang Wine's DirectX 12, which runs on it), and the host's OpenGL is taken
# away, so Wine's OpenGL finds no pixel format. The program imports opengl32.dll, which every
# Windows has, so the DLL itself stays.
RUST_LOG=info WGPU_BACKEND=dx12 \
  __GLX_VENDOR_LIBRARY_NAME=nonexistent LIBGL_DRIVERS_PATH=/nonexistent \
  wine "$exe" >"$out/2-none.log" 2>&1 &
app=$!
if id=$(wait_window 90 'kan niet starten'); then
  sleep 2
  import -window root "$out/2-message.png"
  echo "   message box shown; screenshot target/wine-check/2-message.png"
  xdotool windowactivate --sync "$id" key Return 2>/dev/null || xdotool key Return
else
  echo "   FAILED: no message box within 90 s"
  import -window root "$out/2-message.png"
  status=1
  wineserver -k 2>/dev/null || true
fi
wait $app 2>/dev/null && code=0 || code=$?
echo "   exit code $code"
grep -h 'could not be drawn\|no renderer works' "$out/2-none.log" | cut -c1-160 | sed 's/^/   /' || true
exit $status
