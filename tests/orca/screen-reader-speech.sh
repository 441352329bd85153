#!/usr/bin/env bash
# Behoeftewijzer copy of shared/tools/screen-reader-speech.sh (issue 19): run by tests/orca.rs.
# screen-reader-speech.sh - hear what a real screen reader (Orca) says about a desktop app, headless.
#   screen-reader-speech.sh [--display :N] [--keys-file FILE] [--out DIR] -- APP [ARGS...]
# Installs missing packages (apt-get), starts Xvfb on the display (default :95) unless one runs there,
# a private D-Bus session with the AT-SPI bus on (org.a11y.Status IsEnabled), speech-dispatcher +
# espeak-ng under a temp HOME whose ALSA default device is a "null" sink (silent, never blocks), and
# Orca with a debug log. Then runs APP there, waits for its window, focuses it and plays FILE:
#   Tab | shift+Tab | ctrl+s | Down | space ...  one xdotool key (or several, space-separated) per line
#   type:some text  types text;  sleep:1.5  waits;  blank lines and #comments are skipped
# waiting SRS_KEY_WAIT seconds (default 1) after each line.
# Output in DIR (default ./screen-reader-out); speech.txt is also printed at the end:
#   speech.txt  "(start) -> ..." = what Orca said as the window appeared, then one line per FILE line,
#               "KEY -> utterance | utterance": every string Orca sent to the speech engine after that
#               line and before the next. Nothing after "->" means Orca said nothing.
#   orca-debug.log, speechd.log, app.log: raw logs for when the speech looks wrong.
# APP keeps the caller's environment and HOME (clean profile: -- env HOME="$(mktemp -d)" APP), minus
# NO_AT_BRIDGE, GTK_A11Y, WAYLAND_DISPLAY. Orca's role words ("push button") follow LANG.
# Exit: 0 ok, 1 setup/usage error, 2 Orca silent for 30 s, 3 no app window, 4 Orca said nothing after
# the app started. Every process started here carries a per-run marker in its environment; on any
# exit those PIDs, and only those, are terminated.
set -euo pipefail
DISP=:95 KEYS= OUT=./screen-reader-out WAIT=${SRS_KEY_WAIT:-1}
die() { echo "screen-reader-speech: $2" >&2; exit "$1"; }
while [ $# -gt 0 ]; do case $1 in
  --display) DISP=$2; shift 2;;  --keys-file) KEYS=$2; shift 2;;  --out) OUT=$2; shift 2;;
  --) shift; break;;  *) die 1 "usage: $0 [--display :N] [--keys-file FILE] [--out DIR] -- APP [ARGS...]";;
esac; done
[ $# -gt 0 ] || die 1 "no APP given (put it after --)"
[ -z "$KEYS" ] || [ -r "$KEYS" ] || die 1 "cannot read keys file $KEYS"
ok=1  # --- 1. packages
for c in Xvfb xdotool orca speech-dispatcher espeak-ng dbus-daemon dbus-launch dbus-send; do command -v $c >/dev/null || ok=0; done
[ -x /usr/libexec/at-spi-bus-launcher ] && [ -e /usr/lib/speech-dispatcher-modules/sd_espeak-ng ] &&
  /usr/bin/python3 -c 'import pyatspi, speechd' 2>/dev/null || ok=0
if [ $ok = 0 ]; then SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo; echo "screen-reader-speech: installing packages..." >&2
  { $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xdotool orca \
    speech-dispatcher speech-dispatcher-espeak-ng espeak-ng at-spi2-core dbus-x11 python3-pyatspi; } >&2 || die 1 "apt-get failed"
fi

T=$(mktemp -d -t srs.XXXXXX); TAG="SRS_RUN=${T##*/}"  # --- 2. temp dir + cleanup by marker
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd); rm -f "$OUT/speech.txt"
cleanup() {
  local rc=$? p e s i r pids=()
  set +e; trap - EXIT; disown -a  # no "Killed"/"Segmentation fault" job notices from bash
  cp -f "$T/orca.log" "$OUT/orca-debug.log" 2>/dev/null; grep -hv 'LINE here' "$T"/sd-log/* >"$OUT/speechd.log" 2>/dev/null
  [ -n "${APP:-}" ] && kill $APP 2>/dev/null && for i in $(seq 20); do kill -0 $APP 2>/dev/null || break; sleep 0.1; done
  kill -9 ${APP:-} ${ORCA:-} 2>/dev/null  # app, then Orca (ignores TERM when idle) before the X server and speechd go
  for r in 1 2 3 4 5; do pids=()  # rescan: a dying process may have spawned another
    for p in /proc/[0-9]*; do p=${p#/proc/}
      mapfile -d '' -t e 2>/dev/null </proc/$p/environ || continue
      printf -v s '\x01%s' "${e[@]}"; [[ $s$'\x01' == *$'\x01'"$TAG"$'\x01'* ]] && pids+=("$p")
    done
    [ ${#pids[@]} -gt 0 ] || break; kill "${pids[@]}" 2>/dev/null
    for i in $(seq 20); do kill -0 "${pids[@]}" 2>/dev/null || break; sleep 0.1; done; kill -9 "${pids[@]}" 2>/dev/null
  done
  rm -rf "$T"; exit $rc
}
trap cleanup EXIT; trap 'exit 130' INT TERM HUP
CALLER_HOME=$HOME; unset WAYLAND_DISPLAY NO_AT_BRIDGE GTK_A11Y SPEECHD_ADDRESS SPEECHD_SOCKET DBUS_SESSION_BUS_ADDRESS
export "$TAG" DISPLAY=$DISP HOME=$T/home XDG_RUNTIME_DIR=$T/run
mkdir -p -m 700 "$T/run"; mkdir -p "$HOME/.config/speech-dispatcher" "$T/prefs" "$T/sd-log"

if ! xdotool getdisplaygeometry >/dev/null 2>&1; then  # --- 3. X server
  Xvfb "$DISP" -screen 0 1280x1024x24 -nolisten tcp >"$T/xvfb.log" 2>&1 &
  for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done
  xdotool getdisplaygeometry >/dev/null 2>&1 || die 1 "Xvfb $DISP did not start: $(tail -2 "$T/xvfb.log")"
fi

dbus-daemon --session --nofork --nopidfile --print-address=3 3>"$T/bus" >"$T/dbus.log" 2>&1 &  # --- 4. D-Bus + AT-SPI
for _ in $(seq 50); do [ -s "$T/bus" ] && break; sleep 0.1; done
export DBUS_SESSION_BUS_ADDRESS=$(head -1 "$T/bus")
[ -n "$DBUS_SESSION_BUS_ADDRESS" ] || die 1 "private dbus-daemon did not start"
# Setting the property D-Bus-activates at-spi-bus-launcher (a11y bus + registryd) on the private bus.
for _ in $(seq 50); do dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
  org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled variant:boolean:true \
  >/dev/null 2>&1 && break; sleep 0.2; done
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress 2>/dev/null |
  grep -q unix: || die 1 "AT-SPI bus (at-spi-bus-launcher) did not come up"

printf 'pcm.!default { type null }\n' >"$HOME/.asoundrc"  # --- 5. silent speech-dispatcher
cat >"$HOME/.config/speech-dispatcher/speechd.conf" <<EOF
LogLevel 2
LogDir "$T/sd-log"
DisableAutoSpawn
AudioOutputMethod "alsa"
DefaultModule espeak-ng
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
Include "/etc/speech-dispatcher/clients/*.conf"
EOF
speech-dispatcher --run-single --timeout 0 >"$T/sd.out" 2>&1 &
for _ in $(seq 50); do [ -S "$T/run/speech-dispatcher/speechd.sock" ] && break; sleep 0.1; done
[ -S "$T/run/speech-dispatcher/speechd.sock" ] || die 1 "speech-dispatcher did not start: $(tail -2 "$T/sd.out")"

# --- 6. Orca, via /usr/bin/orca's own main(), with a line-buffered debug log we can follow live.
/usr/bin/python3 - "$T/orca.log" "$T/prefs" >"$T/orca.out" 2>&1 <<'PY' &
import sys, types
from orca import debug
debug.debugLevel, debug.eventDebugLevel = debug.LEVEL_ALL, debug.LEVEL_OFF
debug.debugFile = open(sys.argv[1], "w", buffering=1)
m = types.ModuleType("orca_bin"); m.__file__ = "/usr/bin/orca"
exec(compile(open(m.__file__).read(), m.__file__, "exec"), m.__dict__)
m.otherOrcas = lambda: []            # Orca 43 refuses to run beside any other Orca of this user (other
m.setProcessName = lambda name: None # displays); stay out of their way too. Never use --replace: it kills them.
sys.argv = ["orca", "--user-prefs", sys.argv[2], "--disable", "braille"]
sys.exit(m.main())
PY
ORCA=$!
spoken() { local n; n=$(grep -c "SPEECH OUTPUT:" "$T/orca.log" 2>/dev/null || true); echo "${n:-0}"; }
for _ in $(seq 60); do [ "$(spoken)" -gt 0 ] && break; kill -0 $ORCA 2>/dev/null || break; sleep 0.5; done
[ "$(spoken)" -gt 0 ] || die 2 "Orca never spoke within 30 s. Orca: $(tail -3 "$T/orca.out" | tr '\n' ' ')
  Logs: $OUT/orca-debug.log, $OUT/speechd.log"

off() { stat -c %s "$T/orca.log"; }  # --- 7. the app
wins() { xdotool search --onlyvisible --name '' 2>/dev/null | sort || true; }
before=$(wins); printf '%s\t(start)\n' "$(off)" >"$T/marks"
( export HOME="$CALLER_HOME"; exec "$@" ) >"$OUT/app.log" 2>&1 </dev/null &
APP=$! W=
for _ in $(seq 150); do
  W=$(comm -13 <(echo "$before") <(wins) | tail -1); [ -n "$W" ] && break
  kill -0 $APP 2>/dev/null || die 3 "APP exited before showing a window: $(tail -3 "$OUT/app.log")"
  sleep 0.2
done
[ -n "$W" ] || die 3 "APP showed no window within 30 s"
timeout 5 xdotool windowfocus --sync "$W" || xdotool windowfocus "$W" || true
read -r SW SH < <(xdotool getdisplaygeometry); xdotool mousemove $((SW - 1)) $((SH - 1))  # no hover
n0=$(spoken); for _ in $(seq 40); do [ "$(spoken)" -gt "$n0" ] && break; sleep 0.25; done; sleep "$WAIT"

if [ -n "$KEYS" ]; then while IFS= read -r line || [ -n "$line" ]; do  # --- 8. keys
  line=${line%$'\r'}; [[ -z ${line//[[:space:]]/} || $line == \#* ]] && continue
  printf '%s\t%s\n' "$(off)" "$line" >>"$T/marks"
  case $line in type:*) xdotool type --delay 40 -- "${line#type:}" </dev/null;;  sleep:*) sleep "${line#sleep:}";;
    *) read -ra k <<<"$line"; xdotool key --clearmodifiers "${k[@]}" </dev/null;; esac
  sleep "$WAIT"
done <"$KEYS"; fi
kill -0 $APP 2>/dev/null || echo "screen-reader-speech: warning: APP exited during the run" >&2

/usr/bin/python3 - "$T/orca.log" "$T/marks" >"$OUT/speech.txt" <<'PY'  # --- 9. pair speech with keys
import re, sys
log = open(sys.argv[1], "rb").read()
marks = [l.rstrip("\n").split("\t", 1) for l in open(sys.argv[2], encoding="utf-8")]
ends = [int(o) for o, _ in marks[1:]] + [len(log)]
pat = re.compile(r"SPEECH OUTPUT: '(.*)'(?: voice=\S+)?\s*(?:\{[^{}]*\})?\s*$")
for (start, label), end in zip(marks, ends):
    chunk = log[int(start):end].decode("utf-8", "replace").replace("\n" + " " * 18, " ")
    said = [m.group(1).strip() for m in map(pat.search, chunk.splitlines()) if m and m.group(1).strip()]
    print(f"{label} -> {' | '.join(said)}".rstrip())
PY
cat "$OUT/speech.txt"
echo "screen-reader-speech: done in ${SECONDS}s; output in $OUT" >&2
grep -q -- '-> .' "$OUT/speech.txt" || die 4 "Orca said nothing about the app (is its accessibility tree exposed over AT-SPI?)"
