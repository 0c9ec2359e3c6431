#!/bin/bash
# The hotplug flow on real loop devices (root only): udevd with Stickler's rules plus a
# demo rule that makes loop devices backed by *stickler-demo* images look like USB
# sticks, sticklerd in its own mount namespace, then three sticks plugged in:
# one with pupil data, one clean, one LUKS2. Everything is stopped and detached on exit.
# Usage: scripts/demo-hotplug.sh BIN_DIR   (BIN_DIR holds stickler and sticklerd)
set -euo pipefail
BIN=$(cd "${1:-.build/release}" && pwd)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
T=$(mktemp -d /tmp/stickler-demo.XXXXXX)
TAG=demo-$$
LOOPS=(60 61 62)
UDEVD_PID=""; DAEMON_PID=""
export STICKLER_SOCKET=$T/run/control.sock

detach() {
    local n=$1
    [ -e /dev/loop$n ] || return 0
    udevadm settle --timeout=10 || true
    losetup -d /dev/loop$n 2>/dev/null || true
    for _ in $(seq 100); do [ -s /sys/block/loop$n/loop/backing_file ] || break; sleep 0.05; done
    udevadm settle --timeout=10 || true
    python3 -c "import os,fcntl;fcntl.ioctl(os.open('/dev/loop-control',os.O_RDWR),0x4C81,$n)" 2>/dev/null || true
}
cleanup() {
    [ -n "$DAEMON_PID" ] && kill "$DAEMON_PID" 2>/dev/null && wait "$DAEMON_PID" 2>/dev/null || true
    for n in "${LOOPS[@]}"; do detach "$n"; done
    rm -f /etc/udev/rules.d/80-stickler-$TAG.rules /etc/udev/rules.d/90-stickler-$TAG.rules
    udevadm control --reload 2>/dev/null || true
    [ -n "$UDEVD_PID" ] && kill "$UDEVD_PID" 2>/dev/null && wait "$UDEVD_PID" 2>/dev/null || true
    rm -rf "$T"
}
trap cleanup EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "udev rules: Stickler's own, plus a demo rule that fakes a USB stick for *stickler-demo* images"
cat > /etc/udev/rules.d/80-stickler-$TAG.rules <<RULES
SUBSYSTEM=="block", KERNEL=="loop*", ENV{DEVTYPE}=="disk", ATTR{loop/backing_file}=="*stickler-demo*", ENV{ID_BUS}="usb", ENV{ID_VENDOR}="Stickler", ENV{ID_SERIAL}="Stickler_DemoStick_%k", ENV{STICKLER_REMOVABLE}="1"
RULES
sed "s|@HELPER@|$ROOT/udev/stickler-verdict|; s|@RUNTIME@|$T/run|" "$ROOT/udev/90-stickler.rules" > /etc/udev/rules.d/90-stickler-$TAG.rules
if ! udevadm control --ping 2>/dev/null; then
    /lib/systemd/systemd-udevd > "$T/udevd.log" 2>&1 & UDEVD_PID=$!
    until udevadm control --ping 2>/dev/null; do sleep 0.02; done
    echo "started systemd-udevd (pid $UDEVD_PID)"
fi
udevadm control --reload; udevadm settle

step "three sticks: a member of staff's (class lists, medical register, payroll), a clean one, a LUKS2 one"
"$BIN/stickler" generate stick "$T/content" > /dev/null
truncate -s 64M "$T/stickler-demo-staff.img"; mkfs.vfat -F 32 -n STAFFSTICK "$T/stickler-demo-staff.img" > /dev/null
mcopy -s -i "$T/stickler-demo-staff.img" "$T/content"/* ::/
mkdir -p "$T/clean"; echo "Year 8 Science: forces and motion. Homework: page 12." > "$T/clean/Forces lesson.txt"
truncate -s 64M "$T/stickler-demo-clean.img"; mkfs.vfat -F 32 -n LESSONS "$T/stickler-demo-clean.img" > /dev/null
mcopy -i "$T/stickler-demo-clean.img" "$T/clean/Forces lesson.txt" ::/
printf 'demo-passphrase' > "$T/key"; truncate -s 32M "$T/stickler-demo-luks.img"
cryptsetup luksFormat --type luks2 --batch-mode --key-file "$T/key" --pbkdf pbkdf2 --pbkdf-force-iterations 1000 --label ITSTICK "$T/stickler-demo-luks.img"
"$BIN/stickler" probe "$T/stickler-demo-luks.img"

step "sticklerd (private mount namespace, policy $ROOT/Rules/policy.yaml)"
unshare -m --propagation slave -- "$BIN/sticklerd" --runtime-dir "$T/run" --state-dir "$T/state" --rules "$ROOT/Rules" \
    --stickler "$BIN/stickler" > "$T/sticklerd.log" 2>&1 & DAEMON_PID=$!
until "$BIN/stickler" devices > /dev/null 2>&1; do sleep 0.05; done

plug() {
    local n=$1 image=$2 start
    step "plug in $(basename "$image") as /dev/loop$n"
    start=$(date +%s.%N)
    losetup /dev/loop$n "$image"
    until "$BIN/stickler" device show --format json loop$n 2>/dev/null | grep -q '"state":"decided"'; do sleep 0.05; done
    udevadm settle
    printf 'verdict after %.2f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
    "$BIN/stickler" device show loop$n
    echo "  udev: $(udevadm info --query=property /dev/loop$n | grep -E '^(STICKLER_VERDICT|STICKLER_RELEASED|UDISKS_IGNORE)=' | tr '\n' ' ')"
    echo "  kernel read-only: $(blockdev --getro /dev/loop$n)"
}
plug 60 "$T/stickler-demo-staff.img"
plug 61 "$T/stickler-demo-clean.img"
plug 62 "$T/stickler-demo-luks.img"

step "stickler devices"
"$BIN/stickler" devices
step "sticklerd's log (no personal values)"
cat "$T/sticklerd.log"
step "the audit trail (stickler audit list; report device ID for a technician)"
"$BIN/stickler" audit list --state-dir "$T/state"
"$BIN/stickler" audit verify --state-dir "$T/state"
step "unplugging and cleaning up"
