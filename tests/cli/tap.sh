# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the CLI test scripts: a scratch folder, TAP output and the checks they make.
# Source it after setting CLI; it sets WORK (removed on exit) and a private XDG_DATA_HOME
# so the default database path is never touched by a test. End a script with `tap_finish`.

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pd-cli-test-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/xdg-data"

n=0
failed=0

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok () {
  n=$((n + 1))
  failed=$((failed + 1))
  echo "not ok $n - $1"
  shift
  for line in "$@"; do
    echo "# $line"
  done
  if [ -s "$WORK/err" ]; then
    sed 's/^/# stderr: /' "$WORK/err"
  fi
}

# expect STATUS DESCRIPTION -- ARGS...: runs the CLI, stdout in $WORK/out, stderr in $WORK/err.
expect () {
  local want=$1 desc=$2
  shift 3
  "$CLI" "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then
    ok "$desc"
  else
    not_ok "$desc" "expected exit $want, got $got: $CLI $*"
  fi
}

check_grep () {
  local desc=$1 pattern=$2 file=$3
  if grep -q -- "$pattern" "$file"; then
    ok "$desc"
  else
    not_ok "$desc" "no '$pattern' in $(basename "$file")"
  fi
}

check_no_grep () {
  local desc=$1 pattern=$2 file=$3
  if grep -q -- "$pattern" "$file"; then
    not_ok "$desc" "unexpected '$pattern' in $(basename "$file")"
  else
    ok "$desc"
  fi
}

check_eq () {
  local desc=$1 want=$2 got=$3
  if [ "$want" = "$got" ]; then
    ok "$desc"
  else
    not_ok "$desc" "expected '$want', got '$got'"
  fi
}

check_absent () {
  local desc=$1 file=$2
  if [ -e "$file" ]; then not_ok "$desc" "$(basename "$file") exists"; else ok "$desc"; fi
}

# All the text of a sheet: the workbook's shared strings and the sheet's inline values.
sheet_text () {
  local file=$1 sheet=$2
  { unzip -p "$file" xl/sharedStrings.xml; unzip -p "$file" "xl/worksheets/sheet$sheet.xml"; } \
    2>/dev/null
}

tap_finish () {
  echo "1..$n"
  [ "$failed" -eq 0 ]
}
