#!/bin/sh
# Install Agenda Editor from this unpacked folder, or remove it (--uninstall).
#
#   ./install.sh                      for the current user, under ~/.local
#   sudo ./install.sh --prefix /usr/local   for every user of the machine
#   ~/.local/lib/agenda-editor/install.sh --uninstall
#
# Puts the program in PREFIX/lib/agenda-editor, the command in PREFIX/bin, and the launcher,
# AppStream entry, .agenda file type and icons under PREFIX/share, then refreshes the desktop's
# caches, so that the menu shows Agenda Editor and a double-click on a .agenda file opens it.
set -eu

APP_ID=org.agendaeditor.AgendaEditor
NAME=agenda-editor
PREFIX=${PREFIX:-"$HOME/.local"}
ACTION=install
HERE=$(cd "$(dirname "$0")" && pwd)

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: error: --prefix needs a folder" >&2; exit 2; }
                  PREFIX=$2; shift 2 ;;
        --prefix=*) PREFIX=${1#--prefix=}; shift ;;
        --uninstall) ACTION=uninstall; shift ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: error: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done
case "$PREFIX" in
    /*) ;;
    *) PREFIX="$(pwd)/$PREFIX" ;;
esac

LIBDIR="$PREFIX/lib/$NAME"
BINLINK="$PREFIX/bin/$NAME"
SHARE="$PREFIX/share"
MANIFEST="$LIBDIR/installed-files.txt"

refresh_caches() {
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$SHARE/mime/packages" ]; then
        update-mime-database "$SHARE/mime" || echo "install.sh: warning: update-mime-database failed" >&2
    fi
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$SHARE/applications" ]; then
        update-desktop-database -q "$SHARE/applications" || true
    fi
    if [ -f "$SHARE/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" || true
    elif [ -d "$SHARE/icons/hicolor" ]; then
        touch "$SHARE/icons/hicolor"  # the theme folder's time tells desktops to look again
    fi
}

uninstall() {
    if [ -f "$MANIFEST" ]; then
        while IFS= read -r relative; do
            [ -n "$relative" ] && rm -f "$SHARE/$relative"
        done < "$MANIFEST"
    fi
    if [ -L "$BINLINK" ]; then rm -f "$BINLINK"; fi
    rm -rf "$LIBDIR"
    refresh_caches
    echo "Agenda Editor was removed from $PREFIX"
}

install() {
    [ -x "$HERE/$NAME/$NAME" ] || { echo "install.sh: error: $HERE/$NAME/$NAME is missing: run me from the unpacked archive" >&2; exit 1; }
    if [ -d "$LIBDIR" ]; then
        echo "Replacing the copy installed in $LIBDIR"
        uninstall >/dev/null
    fi
    mkdir -p "$LIBDIR" "$PREFIX/bin" "$SHARE"
    cp -R "$HERE/$NAME/." "$LIBDIR/"
    cp "$HERE/install.sh" "$LIBDIR/install.sh"
    ln -sf "$LIBDIR/$NAME" "$BINLINK"

    (cd "$HERE/share" && find . -type f | sed 's|^\./||') > "$MANIFEST"
    while IFS= read -r relative; do
        mkdir -p "$(dirname "$SHARE/$relative")"
        cp "$HERE/share/$relative" "$SHARE/$relative"
    done < "$MANIFEST"

    # The launcher names the program by its full path: ~/.local/bin is not always on the PATH
    # of a desktop session.
    desktop="$SHARE/applications/$APP_ID.desktop"
    escaped=$(printf '%s' "$BINLINK" | sed 's/[\\|&]/\\&/g')
    sed -e "s|^Exec=$NAME |Exec=\"$escaped\" |" -e "s|^TryExec=$NAME\$|TryExec=$escaped|" \
        "$desktop" > "$desktop.tmp" && mv "$desktop.tmp" "$desktop"

    refresh_caches
    echo "Agenda Editor was installed in $PREFIX"
    case ":$PATH:" in
        *":$PREFIX/bin:"*) ;;
        *) echo "note: $PREFIX/bin is not on your PATH; the menu entry works, the command is $BINLINK" ;;
    esac
}

"$ACTION"
