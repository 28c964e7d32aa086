#!/bin/sh
# Installs keydesk for a front desk (README: "Deploying for staff over SSH"): the service
# account that alone reads the Seam key and writes the audit log, its directories, the sshd
# Match block and the sudo rule, all from the files beside this script. Run it as root; run
# it again at will: what is in place is kept (the service configuration and the key file are
# never overwritten), owners and modes are set again.
#
#   sh Resources/install.sh [BUILT_KEYDESK]
#
# BUILT_KEYDESK (for example .build/release/keydesk) is copied to KEYDESK_BINARY when given.
# Settings, from the environment:
#   KEYDESK_BINARY          where keydesk is installed          (/usr/local/bin/keydesk)
#   KEYDESK_ACCOUNT         the service account                 (keydesk)
#   KEYDESK_HOME            its home: config, key, audit, data  (/var/lib/keydesk)
#   KEYDESK_STAFF_GROUP     the group of staff accounts         (keydesk-staff)
#   KEYDESK_ENDPOINT        the first profile's Seam endpoint   (https://connect.getseam.com)
#   KEYDESK_SSHD_DROPIN     the sshd Match block                (/etc/ssh/sshd_config.d/keydesk.conf)
#   KEYDESK_SUDOERS_DROPIN  the sudo rule                       (/etc/sudoers.d/keydesk)
set -eu

KEYDESK_BINARY=${KEYDESK_BINARY:-/usr/local/bin/keydesk}
KEYDESK_ACCOUNT=${KEYDESK_ACCOUNT:-keydesk}
KEYDESK_HOME=${KEYDESK_HOME:-/var/lib/keydesk}
KEYDESK_STAFF_GROUP=${KEYDESK_STAFF_GROUP:-keydesk-staff}
KEYDESK_ENDPOINT=${KEYDESK_ENDPOINT:-https://connect.getseam.com}
KEYDESK_SSHD_DROPIN=${KEYDESK_SSHD_DROPIN:-/etc/ssh/sshd_config.d/keydesk.conf}
KEYDESK_SUDOERS_DROPIN=${KEYDESK_SUDOERS_DROPIN:-/etc/sudoers.d/keydesk}

resources=$(cd "$(dirname "$0")" && pwd)
fail() { echo "install.sh: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run me as root"
# The values go into sudoers, sshd_config and TOML: plain names, paths and URLs only.
for value in "$KEYDESK_BINARY" "$KEYDESK_ACCOUNT" "$KEYDESK_HOME" "$KEYDESK_STAFF_GROUP" "$KEYDESK_ENDPOINT"; do
    case $value in
        '' | *[!A-Za-z0-9._/:-]*) fail "'$value' may only hold letters, digits and . _ / : -" ;;
    esac
done
case $KEYDESK_BINARY in /*) ;; *) fail "KEYDESK_BINARY must be an absolute path (sudo matches it exactly)" ;; esac
case $KEYDESK_HOME in /*) ;; *) fail "KEYDESK_HOME must be an absolute path" ;; esac

render() { # template -> stdout, every @NAME@ placeholder filled in
    sed -e "s|@KEYDESK_BINARY@|$KEYDESK_BINARY|g" -e "s|@KEYDESK_ACCOUNT@|$KEYDESK_ACCOUNT|g" \
        -e "s|@KEYDESK_HOME@|$KEYDESK_HOME|g" -e "s|@KEYDESK_STAFF_GROUP@|$KEYDESK_STAFF_GROUP|g" \
        -e "s|@KEYDESK_ENDPOINT@|$KEYDESK_ENDPOINT|g" "$resources/$1"
}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# 1. The program, root's and not writable by anyone else: sudo runs it as the service account.
if [ $# -gt 0 ]; then
    install -m 0755 -o root -g root "$1" "$KEYDESK_BINARY"
fi
[ -x "$KEYDESK_BINARY" ] || fail "$KEYDESK_BINARY is missing: pass the built keydesk as the argument"
[ "$(stat -c '%u' "$KEYDESK_BINARY")" = 0 ] || fail "$KEYDESK_BINARY must belong to root: chown root $KEYDESK_BINARY"
case $(stat -c '%a' "$KEYDESK_BINARY") in
    *[2367]? | *[2367]) fail "$KEYDESK_BINARY must not be writable by group or others: chmod 755 $KEYDESK_BINARY" ;;
esac

# 2. The accounts: the staff group, and the service account (no password, no login shell).
getent group "$KEYDESK_STAFF_GROUP" >/dev/null || groupadd --system "$KEYDESK_STAFF_GROUP"
if getent passwd "$KEYDESK_ACCOUNT" >/dev/null; then
    home=$(getent passwd "$KEYDESK_ACCOUNT" | cut -d: -f6)
    [ "$home" = "$KEYDESK_HOME" ] || fail "$KEYDESK_ACCOUNT exists with home $home, not $KEYDESK_HOME (keydesk finds its files through that home)"
else
    useradd --system --user-group --home-dir "$KEYDESK_HOME" --no-create-home --shell /usr/sbin/nologin "$KEYDESK_ACCOUNT"
fi

# 3. Its directories, 0700: only it reads the configuration and key, writes the audit log
#    (.local/state/keydesk) and keeps the embedded sandbox's data (.local/share/keydesk).
for directory in "" /.config /.config/keydesk /.local /.local/state /.local/state/keydesk /.local/share /.local/share/keydesk; do
    install -d -m 0700 -o "$KEYDESK_ACCOUNT" -g "$KEYDESK_ACCOUNT" "$KEYDESK_HOME$directory"
done
config=$KEYDESK_HOME/.config/keydesk/config.toml
key=$KEYDESK_HOME/.config/keydesk/seam-api-key
if [ -e "$config" ]; then
    echo "kept $config"
else
    render keydesk-service.example.toml >"$scratch/config.toml"
    install -m 0600 -o "$KEYDESK_ACCOUNT" -g "$KEYDESK_ACCOUNT" "$scratch/config.toml" "$config"
    echo "wrote $config: edit its staff roster"
fi
if [ ! -e "$key" ]; then
    install -m 0600 -o "$KEYDESK_ACCOUNT" -g "$KEYDESK_ACCOUNT" /dev/null "$key"
    echo "wrote $key (empty): put the Seam API key in it"
fi
chown "$KEYDESK_ACCOUNT:$KEYDESK_ACCOUNT" "$config" "$key"
chmod 0600 "$config" "$key"

# 4. The sudo rule, checked by visudo before it is installed and with it in place.
render sudoers-keydesk >"$scratch/sudoers"
visudo -cq -f "$scratch/sudoers" || fail "visudo refused the rendered sudo rule"
install -m 0440 -o root -g root "$scratch/sudoers" "$KEYDESK_SUDOERS_DROPIN"
visudo -cq || fail "visudo refuses the sudoers files with $KEYDESK_SUDOERS_DROPIN in place"

# 5. The sshd Match block.
render sshd-keydesk.conf >"$scratch/sshd.conf"
install -m 0644 -o root -g root "$scratch/sshd.conf" "$KEYDESK_SSHD_DROPIN"
case $KEYDESK_SSHD_DROPIN in
    /etc/ssh/*) /usr/sbin/sshd -t || fail "sshd -t refuses the configuration with $KEYDESK_SSHD_DROPIN"
                echo "check, then reload sshd: systemctl reload ssh" ;;
esac
echo "installed: staff in group $KEYDESK_STAFF_GROUP get the console as $KEYDESK_ACCOUNT"
