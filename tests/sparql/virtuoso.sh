#!/usr/bin/env bash
# A throw-away Virtuoso with the SPARQL test data, for the browser tests and for trying the explorer by hand.
#   tests/sparql/virtuoso.sh start   prints KG_SPARQL_ENDPOINT=… and KG_SPARQL_PID=… (eval-able), leaves it running
#   tests/sparql/virtuoso.sh stop PID   stops the Virtuoso started with that process id and removes its folder
# Its own temp folder (database, log, ini) and free ports, so it never meets another Virtuoso; CORS is on
# for /sparql so a page on any origin may query it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ini_src=/etc/virtuoso-opensource-7/virtuoso.ini

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

start() {
  command -v virtuoso-t >/dev/null || { echo "virtuoso.sh: virtuoso-t missing: apt-get install virtuoso-opensource" >&2; exit 3; }
  local dir sql_port http_port pid
  dir="$(mktemp -d "${TMPDIR:-/tmp}/kg-virtuoso.XXXXXX")"
  sql_port="$(free_port)"
  http_port="$(free_port)"
  while [ "$http_port" = "$sql_port" ]; do http_port="$(free_port)"; done
  cp "$here/test-graph.ttl" "$dir/"
  sed -e "s#/var/lib/virtuoso-opensource-7/db#$dir#g" \
      -e "s#^ServerPort\( *\)= 1111#ServerPort\1= 127.0.0.1:$sql_port#" \
      -e "s#^ServerPort\( *\)= 8890#ServerPort\1= 127.0.0.1:$http_port#" \
      -e "s#^DirsAllowed\( *\)= .*#DirsAllowed\1= ., $dir, /usr/share/virtuoso-opensource-7/vad#" \
      -e "s#^NumberOfBuffers .*#NumberOfBuffers = 2000#" -e "s#^MaxDirtyBuffers .*#MaxDirtyBuffers = 1200#" \
      "$ini_src" > "$dir/virtuoso.ini"
  # +foreground keeps the server as this very process, so its PID is the one to stop (+wait would fork).
  (cd "$dir" && exec virtuoso-t +configfile "$dir/virtuoso.ini" +foreground >"$dir/stdout.log" 2>&1) &
  pid=$!
  echo "$dir" > "$dir/dir"
  for _ in $(seq 1 120); do
    if isql-vt "127.0.0.1:$sql_port" dba dba exec="select 1;" >/dev/null 2>&1; then break; fi
    kill -0 "$pid" 2>/dev/null || { echo "virtuoso.sh: Virtuoso stopped at start; see $dir/virtuoso.log" >&2; cat "$dir/virtuoso.log" >&2 || true; exit 4; }
    sleep 0.5
  done
  isql-vt "127.0.0.1:$sql_port" dba dba >"$dir/load.log" 2>&1 <<SQL
DB.DBA.TTLP_MT (file_to_string_output ('$dir/test-graph.ttl'), '', 'http://kg.example/graph');
DB.DBA.VHOST_REMOVE (lhost=>'*ini*', vhost=>'*ini*', lpath=>'/sparql');
DB.DBA.VHOST_DEFINE (lhost=>'*ini*', vhost=>'*ini*', lpath=>'/sparql', ppath=>'/!sparql/', is_dav=>1, vsp_user=>'dba', ses_vars=>0, opts=>vector ('browse_sheet', '', 'noinherit', 'yes', 'cors', '*', 'cors_restricted', 0), is_default_host=>0);
checkpoint;
SQL
  if grep -q '\*\*\* Error' "$dir/load.log"; then cat "$dir/load.log" >&2; kill "$pid"; exit 5; fi
  echo "KG_SPARQL_ENDPOINT=http://127.0.0.1:$http_port/sparql"
  echo "KG_SPARQL_PID=$pid"
  echo "KG_SPARQL_DIR=$dir"
}

stop() {
  local pid="$1" dir
  dir="$(tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null | grep -m1 'virtuoso.ini' | xargs -r dirname || true)"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
  case "$dir" in "${TMPDIR:-/tmp}"/kg-virtuoso.*) rm -rf "$dir" ;; esac
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:?usage: virtuoso.sh stop PID}" ;;
  *) echo "usage: virtuoso.sh start | stop PID" >&2; exit 2 ;;
esac
