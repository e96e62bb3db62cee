#!/usr/bin/env bash
# Installs Debian's nginx package, whose binary (/usr/sbin/nginx) the proxy tests of camel-flowroute run a private
# server from (on 127.0.0.1, its configuration and logs under target/). Does nothing when it is already there.
set -euo pipefail

if [ -x /usr/sbin/nginx ]; then
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "Installing Debian's nginx package for the tests" >&2
# the package's own service would listen on port 80 of every interface: a policy-rc.d keeps it from starting
policy=/usr/sbin/policy-rc.d
own_policy=false
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod +x "$policy"
    own_policy=true
fi
trap '[ "$own_policy" = true ] && "${sudo[@]}" rm -f "$policy"' EXIT
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null
