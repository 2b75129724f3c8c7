#!/bin/sh
# Adds Living Lab to your desktop's applications menu, for you alone (no
# administrator password): the program goes to ~/.local/bin, the icon and the
# menu entry to ~/.local/share. Run it from the unpacked folder:
#     ./install.sh
# To remove it again:  ./install.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin="$HOME/.local/bin"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/512x512/apps"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$bin/livinglab" "$apps/livinglab.desktop" "$icons/livinglab.png"
    echo "Living Lab is removed from the menu (your sessions and reports are kept)."
    exit 0
fi
mkdir -p "$bin" "$apps" "$icons"
cp "$here/livinglab" "$bin/livinglab"
cp "$here/livinglab.png" "$icons/livinglab.png"
sed "s|^Exec=.*|Exec=$bin/livinglab|" "$here/livinglab.desktop" > "$apps/livinglab.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "Living Lab is in your applications menu. In a terminal: $bin/livinglab --help"
