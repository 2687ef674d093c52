#!/bin/sh
# Add Cercle to this user's application menu (no root needed). Run it from the unpacked folder:
#   ./install-linux.sh            (or ./install-linux.sh --remove)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/cercle.desktop" "$icons"/*/apps/cercle.png "$icons/scalable/apps/cercle.svg"
    exit 0
fi
mkdir -p "$apps" "$icons/scalable/apps"
for png in "$here"/icons/cercle-*.png; do
    size=$(basename "$png" .png | sed 's/cercle-//')
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$png" "$icons/${size}x${size}/apps/cercle.png"
done
cp "$here/icons/cercle.svg" "$icons/scalable/apps/cercle.svg"
sed "s|^Exec=.*|Exec=\"$here/Cercle\"|" "$here/cercle.desktop" > "$apps/cercle.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
echo "Cercle is now in your applications menu."
