#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# property-desk-cli's repair commands as a user runs them: export work-order, export settlement,
# report repairs. Exit statuses, messages, files written (TAP output).
# Usage: test-cli-repairs.sh CLI PO_BUILD_DIR
set -u

CLI=$1
PO_BUILD=$2

. "$(dirname "$0")/tap.sh"

DB="$WORK/pd.db"
LAST_MONTH=$(date -d "$(date +%Y-%m-15) -1 month" +%Y-%m)

# --- before there is a database -------------------------------------------------------------
expect 2 "report without a database" -- --db "$DB" report repairs --month "$LAST_MONTH" \
  --xlsx "$WORK/r.xlsx"
expect 2 "work order without a database" -- --db "$DB" export work-order BX2026-000001 \
  --xlsx "$WORK/w.xlsx"
check_absent "no database created" "$DB"

# --- command line ---------------------------------------------------------------------------
expect 0 "--help" -- --help
check_grep "--help lists export work-order" "export work-order SERIAL" "$WORK/out"
check_grep "--help lists report repairs" "report repairs --month" "$WORK/out"
expect 1 "report of an unknown kind" -- --db "$DB" report fees --month 2026-03 \
  --xlsx "$WORK/r.xlsx"
expect 1 "report without --month" -- --db "$DB" report repairs --xlsx "$WORK/r.xlsx"
check_grep "missing --month is named" "\-\-month" "$WORK/err"
expect 1 "report with a malformed month" -- --db "$DB" report repairs --month 2026-13 \
  --xlsx "$WORK/r.xlsx"
check_grep "malformed month is quoted" "2026-13" "$WORK/err"
expect 1 "report with a month in words" -- --db "$DB" report repairs --month March \
  --xlsx "$WORK/r.xlsx"
expect 1 "report without --xlsx" -- --db "$DB" report repairs --month 2026-03
expect 1 "report with --full" -- --db "$DB" report repairs --month 2026-03 --full \
  --xlsx "$WORK/r.xlsx"
expect 1 "--month on export" -- --db "$DB" export work-order BX2026-000001 --month 2026-03 \
  --xlsx "$WORK/w.xlsx"
check_grep "misplaced --month is named" "\-\-month" "$WORK/err"
expect 1 "report without a kind" -- --db "$DB" report --month 2026-03 --xlsx "$WORK/r.xlsx"
expect 1 "export of an unknown form" -- --db "$DB" export invoice BX2026-000001 \
  --xlsx "$WORK/w.xlsx"
check_grep "unknown form is named" "invoice" "$WORK/err"
expect 1 "work order without a serial" -- --db "$DB" export work-order --xlsx "$WORK/w.xlsx"
expect 1 "work order without --xlsx" -- --db "$DB" export work-order BX2026-000001
expect 1 "too many arguments for export" -- --db "$DB" export work-order BX2026-000001 extra \
  --xlsx "$WORK/w.xlsx"

# --- a demo year of repairs -----------------------------------------------------------------
expect 0 "demo --units 300" -- --db "$DB" demo --units 300 --seed 11 -q

expect 0 "report repairs of last month" -- --db "$DB" report repairs --month "$LAST_MONTH" \
  --xlsx "$WORK/report.xlsx"
check_grep "report names the file" "report.xlsx" "$WORK/out"
sheet_text "$WORK/report.xlsx" 1 >"$WORK/stats.txt"
sheet_text "$WORK/report.xlsx" 2 >"$WORK/list.txt"
check_grep "statistics sheet title" "Repair Statistics" "$WORK/stats.txt"
check_grep "statistics by category" "给排水" "$WORK/stats.txt"
check_grep "list sheet has orders" "BX[0-9]\{4\}-[0-9]\{6\}" "$WORK/list.txt"
check_grep "statistics sheet is A4 portrait" 'paperSize="9" orientation="portrait"' \
  "$WORK/stats.txt"

# Serials of the whole year, for the forms.
: >"$WORK/serials"
for m in $(seq 0 12); do
  month=$(date -d "$(date +%Y-%m-15) -$m month" +%Y-%m)
  "$CLI" --db "$DB" report repairs --month "$month" --xlsx "$WORK/m.xlsx" -q >/dev/null 2>&1 \
    && sheet_text "$WORK/m.xlsx" 2 | grep -o "BX[0-9]\{4\}-[0-9]\{6\}" >>"$WORK/serials"
done
sort -u "$WORK/serials" -o "$WORK/serials"
count=$(wc -l <"$WORK/serials")
if [ "$count" -ge 300 ]; then ok "the demo made orders across the year ($count)"; else
  not_ok "the demo made orders across the year" "only $count serials"; fi

SERIAL=$(head -1 "$WORK/serials")
expect 0 "export work-order" -- --db "$DB" export work-order "$SERIAL" --xlsx "$WORK/wo.xlsx"
check_grep "work order message names the order" "$SERIAL" "$WORK/out"
sheet_text "$WORK/wo.xlsx" 1 >"$WORK/wo.txt"
check_grep "work order title" "Work Order" "$WORK/wo.txt"
check_grep "work order serial" "$SERIAL" "$WORK/wo.txt"
check_grep "work order is one A4 page" 'fitToPage="1"' "$WORK/wo.txt"
check_no_grep "work order is not several pages tall" 'fitToHeight="0"' "$WORK/wo.txt"
check_no_grep "no full mobile number by default" '>1[3-9][0-9]\{9\}<' "$WORK/wo.txt"

lower=$(echo "$SERIAL" | tr 'A-Z' 'a-z')
expect 0 "serial in lower case" -- --db "$DB" export work-order " $lower" --xlsx "$WORK/wo2.xlsx"

expect 1 "work order of an unknown serial" -- --db "$DB" export work-order BX1999-999999 \
  --xlsx "$WORK/none.xlsx"
check_grep "unknown serial is named" "BX1999-999999" "$WORK/err"
if [ -e "$WORK/none.xlsx" ]; then not_ok "no file for an unknown serial"; else
  ok "no file for an unknown serial"; fi
expect 2 "work order into a missing folder" -- --db "$DB" export work-order "$SERIAL" \
  --xlsx "$WORK/missing/wo.xlsx"

# The first order with a settlement sheet; the ones before it have none (exit 1).
found=""
refused=0
while read -r s; do
  "$CLI" --db "$DB" export settlement "$s" --xlsx "$WORK/st.xlsx" >"$WORK/out" 2>"$WORK/err"
  status=$?
  if [ "$status" -eq 0 ]; then found=$s; break; fi
  if [ "$status" -eq 1 ]; then refused=$((refused + 1)); else
    not_ok "export settlement $s" "exit $status"; break; fi
done <"$WORK/serials"
if [ -n "$found" ]; then ok "export settlement ($found)"; else
  not_ok "export settlement" "no order of the demo has a settlement sheet"; fi
if [ "$refused" -gt 0 ]; then ok "orders without a sheet are refused with exit 1"; else
  n=$((n + 1)); echo "ok $n # SKIP the first order already has a sheet"; fi
if [ -n "$found" ]; then
  sheet_text "$WORK/st.xlsx" 1 >"$WORK/st.txt"
  check_grep "settlement title" "Repair Settlement Sheet" "$WORK/st.txt"
  check_grep "settlement capitals" "元" "$WORK/st.txt"
  check_grep "settlement serial" "$found" "$WORK/st.txt"
fi

# --- messages in Chinese ----------------------------------------------------------------------
MO="$PO_BUILD/zh_CN/LC_MESSAGES/property-desk.mo"
if [ -f "$MO" ] && grep -q "工程派工单" "$MO"; then
  LANGUAGE=zh_CN PD_LOCALEDIR="$PO_BUILD" "$CLI" --db "$DB" report repairs --month 2026-13 \
    --xlsx "$WORK/r.xlsx" >"$WORK/out" 2>"$WORK/err"
  check_grep "malformed month in Chinese" "不是有效的月份" "$WORK/err"
  LANGUAGE=zh_CN PD_LOCALEDIR="$PO_BUILD" "$CLI" --db "$DB" export work-order "$SERIAL" \
    --xlsx "$WORK/wo-zh.xlsx" >"$WORK/out" 2>"$WORK/err"
  sheet_text "$WORK/wo-zh.xlsx" 1 >"$WORK/wo-zh.txt"
  check_grep "work order in Chinese" "工程派工单" "$WORK/wo-zh.txt"
else
  n=$((n + 1))
  echo "ok $n # SKIP the Chinese catalogue with the repair forms is not built yet"
fi

tap_finish
