#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifest with flatpak-builder's own parser, without downloading.

Usage: check-manifest.py MANIFEST

Exit status: 0 good, 1 bad manifest, 77 (skip) when flatpak-builder is not installed.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

APP_ID = "io.github.propertydesk.PropertyDesk"


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    manifest = os.path.abspath(sys.argv[1])

    builder = shutil.which("flatpak-builder")
    if builder is None:
        print("flatpak-builder is not installed; skipping (build-aux/install-deps installs it)")
        return 77

    # flatpak-builder leaves a .flatpak-builder state directory in its working directory.
    with tempfile.TemporaryDirectory(prefix="pd-flatpak-") as workdir:
        result = subprocess.run([builder, "--show-manifest", manifest], cwd=workdir,
                                capture_output=True, text=True, check=False)
    if result.returncode != 0:
        fail(f"flatpak-builder cannot read {manifest}:\n{result.stderr}")

    try:
        parsed = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        fail(f"flatpak-builder printed no JSON for {manifest}: {error}")

    app_id = parsed.get("id", parsed.get("app-id"))
    if app_id != APP_ID:
        fail(f"the app ID is {app_id!r}, expected {APP_ID!r}")
    if parsed.get("command") != "property-desk":
        fail(f"the command is {parsed.get('command')!r}, expected 'property-desk'")
    if parsed.get("runtime") != "org.gnome.Platform" or parsed.get("sdk") != "org.gnome.Sdk":
        fail("the runtime must be org.gnome.Platform with org.gnome.Sdk")

    # Files and printing go through portals; a --filesystem hole would bypass them.
    finish_args = parsed.get("finish-args", [])
    for arg in finish_args:
        if arg.startswith("--filesystem"):
            fail(f"finish-args holds {arg}; files must go through the portals")
    for needed in ("--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"):
        if needed not in finish_args:
            fail(f"finish-args lacks {needed}")

    modules = {m.get("name"): m for m in parsed.get("modules", []) if isinstance(m, dict)}
    xlsx = modules.get("libxlsxwriter")
    if xlsx is None:
        fail("there is no libxlsxwriter module")
    # Without the dtoa library libxlsxwriter prints numbers with the locale's decimal comma.
    if "-DUSE_DTOA_LIBRARY=ON" not in xlsx.get("config-opts", []):
        fail("libxlsxwriter is built without -DUSE_DTOA_LIBRARY=ON")
    for source in xlsx.get("sources", []):
        if source.get("type") == "archive" and not source.get("sha256"):
            fail(f"the archive {source.get('url')} has no sha256")

    names = [m.get("name") for m in parsed.get("modules", []) if isinstance(m, dict)]
    if not names or names[-1] != "property-desk":
        fail(f"the last module must be property-desk, the modules are {names}")

    print(f"ok: {manifest} ({', '.join(names)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
