#!/usr/bin/env bash
# Start Neo4j Community 5.26 embedded with Bolt on 127.0.0.1 and print its Bolt URI on stdout.
# Tuned to start fast for tests (C1 JIT only, 1 GB heap), not for big graphs.
#   tools/neo4j-launcher/start.sh --home DIR [--import-dir DIR] [--port N] [--password PW|none] [--stop-on-eof]
# Defaults: a free port, user neo4j / password kg-test-password, LOAD CSV root HOME/import.
# Runs until killed (SIGTERM shuts down cleanly) or, with --stop-on-eof, until stdin closes.
# Also: start.sh admin <neo4j-admin arguments>  runs neo4j-admin (e.g. "database import full")
# with NEO4J_HOME=$NEO4J_HOME (required).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ ! -f "$here/target/.built" ]]; then
  echo "neo4j-launcher: not built; run $here/build.sh" >&2
  exit 3
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
flags=(
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8
  -cp "$here/target/classes:$here/target/lib/*"
)
if [[ "${1:-}" == "admin" ]]; then
  shift
  : "${NEO4J_HOME:?set NEO4J_HOME to the Neo4j home directory}"
  mkdir -p "$NEO4J_HOME/conf"
  export NEO4J_CONF="${NEO4J_CONF:-$NEO4J_HOME/conf}"
  exec "$java" "${flags[@]}" org.neo4j.cli.AdminTool "$@"
fi
exec "$java" "${flags[@]}" kg.tools.Neo4jLauncher "$@"
