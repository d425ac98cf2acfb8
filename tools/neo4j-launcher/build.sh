#!/usr/bin/env bash
# Build the embedded Neo4j launcher: target/classes + target/lib/*.jar (the classpath start.sh uses).
# Needs a JDK 17+ and Maven; the first build downloads Neo4j 5.26 (~125 MB) into the Maven local
# repository (~/.m2, or $MAVEN_REPO_LOCAL); later builds are offline and skip work when up to date.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$here/target/.built"
if [[ -f "$stamp" && -z "$(find "$here/pom.xml" "$here/src" -newer "$stamp" -print -quit)" ]]; then
  exit 0
fi
args=(-B -q -f "$here/pom.xml")
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then
  args+=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
fi
rm -f "$stamp"
rm -rf "$here/target/lib"  # no stale jars after a version change
# Try offline first (everything cached), then online.
if ! mvn "${args[@]}" -o package >/dev/null 2>&1; then
  mvn "${args[@]}" package
fi
touch "$stamp"
