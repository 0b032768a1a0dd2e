#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Startup to first frame of Property Desk on a database of 100,000 occupants, under Xvfb.
# Target: under 0.5 s. Prints figures and exits 0 (77, "skipped", when it cannot run at all).
#
# Usage: tests/bench/bench-startup.sh [BUILD_ROOT]     (default: _build)
#
# The application prints "first-frame-ms: <ms since main()>" and quits when the environment
# has PD_BENCH_FIRST_FRAME=1. The wall time from launch to exit, measured here, is printed too:
# it adds process start-up (dynamic linking) and shut-down to the in-app figure.
# PD_BENCH_DIR: where the generated database is kept; PD_BENCH_FRESH=1 makes it again;
# PD_BENCH_RUNS: number of launches (default 5).
set -u

BUILD=$(cd "${1:-_build}" && pwd) || exit 77
CLI="$BUILD/src/cli/property-desk-cli"
APP="$BUILD/src/ui/property-desk"
SCHEMAS="$BUILD/data"
CACHE=${PD_BENCH_DIR:-$BUILD/tests/bench}
RUNS=${PD_BENCH_RUNS:-5}
N_OCCUPANTS=100000
TARGET_MS=500

for tool in xvfb-run dbus-run-session timeout; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench-startup: $tool is not installed; not run"
    exit 77
  fi
done
if [ ! -x "$APP" ] || [ ! -x "$CLI" ]; then
  echo "bench-startup: $APP or $CLI is not built; not run"
  exit 77
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pd-bench-startup-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export LC_ALL=${LC_ALL:-C.UTF-8}

# Occupants in the database at $1, from `check` ("N units, M occupants.").
occupants_in () {
  LANGUAGE= LC_ALL=C.UTF-8 "$CLI" --db "$1" check 2>/dev/null \
    | sed -n 's/.*, \([0-9]\+\) occupants\./\1/p'
}

DB_CACHE="$CACHE/bench-startup-$N_OCCUPANTS.db"
if [ -n "${PD_BENCH_FRESH:-}" ] || [ ! -s "$DB_CACHE" ]; then
  # The demo makes a little more than one occupant per unit: measure how many on a sample.
  "$CLI" -q --db "$WORK/sample.db" demo --units 2000 --seed 20260101 >/dev/null || exit 77
  sample=$(occupants_in "$WORK/sample.db")
  units=$(( (N_OCCUPANTS * 2000 + sample / 2) / sample ))
  echo "Generating $DB_CACHE ($units units)…"
  rm -f "$DB_CACHE.part"
  "$CLI" -q --db "$DB_CACHE.part" demo --units "$units" --seed 20260101 >/dev/null || exit 77
  "$CLI" -q --db "$DB_CACHE.part" backup "$DB_CACHE" >/dev/null || exit 77
  rm -f "$DB_CACHE.part" "$DB_CACHE.part-wal" "$DB_CACHE.part-shm"
fi

# A private copy: the application may write to the database (settings, WAL).
DB="$WORK/property-desk.db"
cp "$DB_CACHE" "$DB"
total=$(occupants_in "$DB")

echo "Startup to first frame on $total occupants, $RUNS launches (target < $TARGET_MS ms)"
echo
printf '%-6s %16s %14s\n' "run" "first frame ms" "wall ms"

cat >"$WORK/session.conf" <<'EOF'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF

frames=()
walls=()
no_hook=0
for run in $(seq "$RUNS"); do
  # A session bus of its own, so no other Property Desk instance can take the launch over, and
  # without service activation: on a desktop the portals already run, here starting them would
  # be counted as the application's start-up.
  PD_BENCH_FIRST_FRAME=1 \
  GSETTINGS_BACKEND=memory \
  GSETTINGS_SCHEMA_DIR="$SCHEMAS" \
  XDG_DATA_HOME="$WORK/data" \
  XDG_CONFIG_HOME="$WORK/config" \
  XDG_CACHE_HOME="$WORK/cache" \
  NO_AT_BRIDGE=1 GTK_A11Y=none ADW_DISABLE_PORTAL=1 \
  timeout 60 xvfb-run -a -s "-screen 0 1366x768x24" \
    dbus-run-session --config-file="$WORK/session.conf" -- bash -c '
      start=$(date +%s%N)
      timeout 20 "$@"
      rc=$?
      end=$(date +%s%N)
      echo "wall-ms: $(( (end - start) / 1000000 ))"
      exit $rc' _ "$APP" --db "$DB" >"$WORK/out" 2>"$WORK/err"

  frame=$(sed -n 's/^first-frame-ms: *\([0-9.]\+\).*/\1/p' "$WORK/out" | head -n 1)
  wall=$(sed -n 's/^wall-ms: *\([0-9]\+\).*/\1/p' "$WORK/out" | head -n 1)
  if [ -z "$frame" ]; then
    no_hook=1
    printf '%-6s %16s %14s\n' "$run" "-" "${wall:--}"
    # Without the hook the application never quits by itself: one launch shows that.
    break
  fi
  frames+=("$frame")
  walls+=("$wall")
  printf '%-6s %16s %14s\n' "$run" "$frame" "$wall"
done

if [ "$no_hook" -eq 1 ]; then
  echo
  echo "The application printed no 'first-frame-ms:' line: it lacks the PD_BENCH_FIRST_FRAME"
  echo "hook (or did not start; its stderr follows)."
  sed 's/^/  /' "$WORK/err" | head -n 20
  exit 0
fi

median () {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
    if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

m_frame=$(median "${frames[@]}")
m_wall=$(median "${walls[@]}")
verdict=$(awk -v m="$m_frame" -v t="$TARGET_MS" 'BEGIN { print (m < t) ? "ok" : "SLOW" }')
echo
echo "median: first frame $m_frame ms, launch to exit $m_wall ms  $verdict"
exit 0
