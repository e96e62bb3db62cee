#!/usr/bin/env bash
# Smoke test of camel-flowroute in a real Apache Karaf 4.4 with camel-karaf: installs the camel-flowroute feature,
# checks that the bundle is Active, then (unless --no-example) installs the Blueprint example and waits for its
# route to log the numbers it found. It runs unattended (no terminal, standard input unused): every console command
# goes through `bin/client -b`, which reads its commands from a pipe.
#
# Karaf must find the camel-flowroute artifacts (after `mvn install` of this project they are in ~/.m2/repository)
# and camel-karaf's features (Maven Central). The build runs this script in KarafFeaturesIT against a Karaf of its
# own; on your machine:
#
#   KARAF_HOME=/opt/apache-karaf-4.4.8 camel-flowroute-karaf/src/main/scripts/karaf-smoke-test.sh
#
# The example talks to the Flowroute simulator on 127.0.0.1:8089 by default: start it first in another terminal
# with `mvn -f camel-flowroute-simulator/pom.xml exec:java`.
#
# Karaf 4.4 ships with its `karaf` user commented out in etc/users.properties: define the user that the script logs
# in as there, or pass --add-user to let the script add KARAF_USER with the admin group (for a throwaway Karaf only:
# its SSH port listens on every interface unless etc/org.apache.karaf.shell.cfg says otherwise).
#
# Options:  --no-example       only install and check the camel-flowroute feature
#           --add-user         add KARAF_USER/KARAF_PASSWORD to etc/users.properties when it is not there
#           --print-commands   print the Karaf console commands it runs, and exit
# Settings: KARAF_HOME (required), KARAF_USER/KARAF_PASSWORD (default karaf/karaf), KARAF_SSH_PORT (default: the
#           sshPort of etc/org.apache.karaf.shell.cfg), SMOKE_TIMEOUT (seconds per wait, default 120)
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
add_user=false
for arg in "$@"; do
  case "$arg" in
    --no-example) example=false ;;
    --add-user) add_user=true ;;
    --print-commands)
      printf '%s\n' "${INSTALL_COMMANDS[@]}"
      printf '%s\n' "${EXAMPLE_COMMANDS[@]}"
      exit 0 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

: "${KARAF_HOME:?set KARAF_HOME to a Karaf 4.4 installation}"
KARAF_USER=${KARAF_USER:-karaf}
KARAF_PASSWORD=${KARAF_PASSWORD:-karaf}
TIMEOUT=${SMOKE_TIMEOUT:-120}
SHELL_CFG="${KARAF_HOME}/etc/org.apache.karaf.shell.cfg"
SSH_PORT=${KARAF_SSH_PORT:-}
if [ -z "${SSH_PORT}" ] && [ -f "${SHELL_CFG}" ]; then
  SSH_PORT=$(sed -n 's/^[[:space:]]*sshPort[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' "${SHELL_CFG}" | head -n 1)
fi
SSH_PORT=${SSH_PORT:-8101}
LOG="${KARAF_DATA:-${KARAF_HOME}/data}/log/karaf.log"
USERS="${KARAF_HOME}/etc/users.properties"

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

# the user must be defined (not commented out) for bin/client to log in
if ! grep -Eq "^[[:space:]]*${KARAF_USER}[[:space:]]*=" "${USERS}"; then
  if [ "${add_user}" = true ]; then
    printf '\n%s = %s,_g_:admingroup\n' "${KARAF_USER}" "${KARAF_PASSWORD}" >>"${USERS}"
    grep -Eq '^[[:space:]]*_g_\\:admingroup[[:space:]]*=' "${USERS}" \
      || printf '%s\n' '_g_\:admingroup = group,admin,manager,viewer,systembundles,ssh' >>"${USERS}"
    echo "added the user ${KARAF_USER} to ${USERS}"
  else
    fail "no user ${KARAF_USER} in ${USERS} (Karaf 4.4 ships with it commented out): define it, or pass --add-user"
  fi
fi

# runs Karaf console commands, one per argument; standard input is the pipe, never the caller's terminal
client() {
  printf '%s\n' "$@" | "${KARAF_HOME}/bin/client" -h 127.0.0.1 -a "${SSH_PORT}" -u "${KARAF_USER}" \
    -p "${KARAF_PASSWORD}" -r 10 -d 3 -b
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

version=$(client "system:version" | tr -d '\r') || fail "cannot log in to Karaf's console on port ${SSH_PORT}"
echo "Karaf ${version}"
client "${INSTALL_COMMANDS[0]}" || fail "${INSTALL_COMMANDS[0]}"
client "${INSTALL_COMMANDS[1]}" || fail "${INSTALL_COMMANDS[1]}"
state=$(client "${INSTALL_COMMANDS[2]}" | tr -d '\r') || true
echo "${state}"
case "${state}" in
  *Active*) echo "PASS: ${BUNDLE} is Active" ;;
  *) fail "${BUNDLE} is not Active: ${state:-not installed}" ;;
esac

if [ "${example}" = true ]; then
  lines_before=$(wc -l <"${LOG}" 2>/dev/null || echo 0)
  client "${EXAMPLE_COMMANDS[0]}" || fail "${EXAMPLE_COMMANDS[0]}"
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
