# image.sh - the VM's kernel and initramfs, made under $VM (build/vm).
# Sourced by tests/vm/run.sh. Nothing here is committed: the kernel comes
# from Debian's own package, downloaded (not installed) and unpacked, and
# the initramfs is built fresh each run from busybox-static, the modules
# the VM needs and tests/vm/init.
#
#   vm_kernel   -> $VM/vmlinuz and $KMOD (the package's lib/modules/VERSION)
#   vm_initramfs -> $VM/initramfs.cpio

# The modules the init script loads, by name; modules.dep adds what each
# needs. bochs: the DRM/KMS driver of QEMU's "VGA" (stdvga, bochs-display);
# virtio_pci and the 9p ones: the host root shared with -virtfs; evdev:
# /dev/input/event* for SDL's evdev input (the PS/2 keyboard is built in).
VM_MODULES="virtio_pci 9pnet_virtio 9p bochs evdev"

# The kernel package linux-image-amd64 points at (its first dependency).
kernel_package() {
    apt-cache depends linux-image-amd64 2>/dev/null |
        awk '/Depends: linux-image-[0-9]/ { print $2; exit }'
}

# vm_kernel: downloads and unpacks the kernel package once, keeps it.
vm_kernel() {
    [ -f "$VM/vmlinuz" ] && [ -d "$VM/kernel" ] && { kmod_dir; return; }
    pkg=$(kernel_package)
    if [ -z "$pkg" ]; then
        # Fresh machines may have empty apt lists.
        $([ "$(id -u)" = 0 ] || echo sudo) apt-get update -qq || return 1
        pkg=$(kernel_package)
    fi
    [ -n "$pkg" ] || { echo "no linux-image-amd64 in apt"; return 1; }
    rm -rf "$VM/kernel" "$VM"/*.deb
    # apt's sandbox user cannot write into build/: download as we are.
    (cd "$VM" && apt-get download -o APT::Sandbox::User=root "$pkg") || return 1
    dpkg -x "$VM"/"$pkg"_*.deb "$VM/kernel" || return 1
    rm -f "$VM"/*.deb
    cp "$VM"/kernel/boot/vmlinuz-* "$VM/vmlinuz" || return 1
    kmod_dir
}

# kmod_dir: sets $KMOD and $KVER, and makes the package's modules.dep
# (dpkg's postinst would run depmod; the package ships without it).
kmod_dir() {
    KMOD=$(ls -d "$VM"/kernel/lib/modules/* | head -n 1)
    KVER=$(basename "$KMOD")
    [ -f "$KMOD/modules.dep" ] ||
        busybox depmod -b "$VM/kernel" "$KVER" || return 1
}

# module_paths NAME...: each module and everything it depends on, as paths
# under $KMOD, from modules.dep (whose lines list all dependencies).
module_paths() {
    for m in "$@"; do
        grep -E "(^|/)$m\.ko(\.xz)?:" "$KMOD/modules.dep" | tr -d ':' | tr ' ' '\n'
    done | sort -u
}

# vm_initramfs: busybox, the modules (uncompressed: busybox's modprobe may
# not read .ko.xz) with their own modules.dep, and tests/vm/init.
vm_initramfs() {
    root="$VM/initramfs"
    rm -rf "$root" && mkdir -p "$root/bin" "$root/lib/modules/$KVER" || return 1
    cp "$(command -v busybox)" "$root/bin/busybox" || return 1
    cp tests/vm/init "$root/init" && chmod 755 "$root/init" || return 1
    for p in $(module_paths $VM_MODULES); do
        dest="$root/lib/modules/$KVER/${p%.xz}"
        mkdir -p "$(dirname "$dest")"
        case $p in
        *.xz) xz -dc "$KMOD/$p" >"$dest" ;;
        *) cp "$KMOD/$p" "$dest" ;;
        esac || return 1
    done
    busybox depmod -b "$root" "$KVER" || return 1
    (cd "$root" && find . | cpio -o -H newc --quiet) >"$VM/initramfs.cpio"
}
