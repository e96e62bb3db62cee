#!/usr/bin/env bash
# Installs Debian's postgresql package, whose server binaries (initdb, pg_ctl) the tests of camel-flowroute-jdbc run
# a private server from. Does nothing when they are already there.
set -euo pipefail

if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "Installing Debian's postgresql package for the tests" >&2
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
