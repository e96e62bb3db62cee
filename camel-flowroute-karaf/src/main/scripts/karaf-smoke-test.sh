#!/usr/bin/env bash
# Smoke test of camel-flowroute in a real Apache Karaf with camel-karaf: installs the camel-flowroute feature,
# checks that the bundle is Active, then (unless --no-example) installs the Blueprint example and waits for its
# route to log the numbers it found.
#
# It is not run by the project's build: the build machines cannot download camel-karaf's bundles. Run it on a
# machine with Karaf 4.4 and Maven Central access, after `mvn install` of this project (Karaf finds the
# camel-flowroute artifacts in ~/.m2/repository):
#
#   KARAF_HOME=/opt/apache-karaf-4.4.8 camel-flowroute-karaf/src/main/scripts/karaf-smoke-test.sh
#
# The example talks to the Flowroute simulator on 127.0.0.1:8089 by default: start it first in another terminal
# with `mvn -f camel-flowroute-simulator/pom.xml exec:java`.
#
# Options:  --no-example       only install and check the camel-flowroute feature
#           --print-commands   print the Karaf console commands it runs, and exit
# Settings: KARAF_HOME (required), KARAF_USER/KARAF_PASSWORD (default karaf/karaf), SMOKE_TIMEOUT (seconds, 120)
set -euo pipefail

VERSION=0.1.0-SNAPSHOT
FEATURES="mvn:io.github.camelflowroute/camel-flowroute-karaf/${VERSION}/xml/features"
BUNDLE=io.github.camelflowroute.camel-flowroute

INSTALL_COMMANDS=(
  "feature:repo-add ${FEATURES}"
  "feature:install camel-flowroute"
  "bundle:list -s | grep ${BUNDLE}"
)
EXAMPLE_COMMANDS=(
  "feature:install camel-flowroute-example"
)

example=true
for arg in "$@"; do
  case "$arg" in
    --no-example) example=false ;;
    --print-commands)
      printf '%s\n' "${INSTALL_COMMANDS[@]}"
      printf '%s\n' "${EXAMPLE_COMMANDS[@]}"
      exit 0 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

: "${KARAF_HOME:?set KARAF_HOME to a Karaf 4.4 installation}"
KARAF_USER=${KARAF_USER:-karaf}
KARAF_PASSWORD=${KARAF_PASSWORD:-karaf}
TIMEOUT=${SMOKE_TIMEOUT:-120}
LOG="${KARAF_HOME}/data/log/karaf.log"

client() {
  "${KARAF_HOME}/bin/client" -u "${KARAF_USER}" -p "${KARAF_PASSWORD}" -r 10 -d 3 "$1"
}

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

started_here=false
if ! client "system:version" >/dev/null 2>&1; then
  echo "starting Karaf in ${KARAF_HOME}"
  "${KARAF_HOME}/bin/start"
  started_here=true
  for _ in $(seq 1 "${TIMEOUT}"); do
    client "system:version" >/dev/null 2>&1 && break
    sleep 1
  done
fi
cleanup() {
  if [ "${started_here}" = true ]; then
    "${KARAF_HOME}/bin/stop" || true
  fi
}
trap cleanup EXIT

echo "Karaf $(client "system:version" | tr -d '\r')"
client "${INSTALL_COMMANDS[0]}"
client "${INSTALL_COMMANDS[1]}"
state=$(client "${INSTALL_COMMANDS[2]}" | tr -d '\r')
echo "${state}"
case "${state}" in
  *Active*) echo "PASS: ${BUNDLE} is Active" ;;
  *) fail "${BUNDLE} is not Active: ${state:-not installed}" ;;
esac

if [ "${example}" = true ]; then
  lines_before=$(wc -l <"${LOG}" 2>/dev/null || echo 0)
  client "${EXAMPLE_COMMANDS[0]}"
  for _ in $(seq 1 "${TIMEOUT}"); do
    if tail -n "+$((lines_before + 1))" "${LOG}" 2>/dev/null | grep -q "Flowroute: .* numbers for sale"; then
      tail -n "+$((lines_before + 1))" "${LOG}" | grep "Flowroute: .* numbers for sale" | tail -n 1
      echo "PASS: the Blueprint example ran"
      exit 0
    fi
    sleep 1
  done
  tail -n "+$((lines_before + 1))" "${LOG}" | grep -iE "flowroute|exception" | tail -n 20 >&2 || true
  fail "the Blueprint example logged no numbers within ${TIMEOUT}s (is the simulator running on 127.0.0.1:8089?)"
fi
