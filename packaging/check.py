#!/usr/bin/env python3
"""Static checks of the packages packaging/build.sh makes, since Windows cannot run here.

The .exe (read with pefile): a window program (GUI subsystem); imports only DLLs that Windows
ships (no MinGW runtime DLLs); icon, version information matching Cargo.toml, and a manifest
with per-monitor DPI awareness and long paths. The portable zip and the installer (listed with
7z) hold the program and the licences. The .deb, unpacked into a scratch folder, holds the
binary, the desktop entry (desktop-file-validate) with its icon, and the licences.
Exits 1 with every problem listed, 0 when all is well.
"""

import argparse
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pefile

# DLLs every Windows 10/11 has; anything else (libgcc_s_seh-1.dll, libwinpthread-1.dll,
# vcruntime140.dll, ...) would have to be shipped alongside.
SYSTEM_DLLS = {
    "advapi32.dll", "bcrypt.dll", "bcryptprimitives.dll", "comctl32.dll", "comdlg32.dll",
    "crypt32.dll", "d3d11.dll", "d3d12.dll", "d3dcompiler_47.dll", "dwmapi.dll", "dxgi.dll",
    "gdi32.dll", "imm32.dll", "kernel32.dll", "msvcrt.dll", "ntdll.dll", "ole32.dll",
    "oleaut32.dll", "opengl32.dll", "propsys.dll", "secur32.dll", "shell32.dll", "shlwapi.dll",
    "ucrtbase.dll", "user32.dll", "userenv.dll", "uxtheme.dll", "version.dll", "winmm.dll",
    "ws2_32.dll", "dbghelp.dll", "hid.dll", "setupapi.dll", "cfgmgr32.dll", "powrprof.dll",
    "winspool.drv", "mpr.dll", "iphlpapi.dll", "dinput8.dll", "xinput1_4.dll", "netapi32.dll",
    "combase.dll", "dwrite.dll", "rpcrt4.dll", "uiautomationcore.dll",
}


def check_exe(path: Path, version: str, problems: list[str]) -> None:
    pe = pefile.PE(str(path))
    if pe.OPTIONAL_HEADER.Subsystem != pefile.SUBSYSTEM_TYPE["IMAGE_SUBSYSTEM_WINDOWS_GUI"]:
        problems.append(f"{path.name}: subsystem {pe.OPTIONAL_HEADER.Subsystem}, not WINDOWS_GUI")
    imports = sorted({entry.dll.decode().lower() for entry in pe.DIRECTORY_ENTRY_IMPORT})
    foreign = [d for d in imports if d not in SYSTEM_DLLS and not d.startswith("api-ms-win-")]
    if foreign:
        problems.append(f"{path.name}: imports DLLs Windows does not ship: {foreign}")
    print(f"   {path.name}: imports {', '.join(imports)}")

    resources = getattr(pe, "DIRECTORY_ENTRY_RESOURCE", None)
    types = {entry.id: entry for entry in resources.entries} if resources else {}
    for kind, name in [(3, "icon"), (14, "icon group"), (16, "version information"), (24, "manifest")]:
        if kind not in types:
            problems.append(f"{path.name}: no {name} resource")

    strings = {}
    for info in getattr(pe, "FileInfo", []) or []:
        for item in info:
            for table in getattr(item, "StringTable", []):
                strings.update({k.decode(): v.decode() for k, v in table.entries.items()})
    for key in ("ProductName", "ProductVersion", "FileVersion", "FileDescription", "LegalCopyright"):
        if not strings.get(key):
            problems.append(f"{path.name}: version information lacks {key}")
    if strings.get("ProductVersion") != version:
        problems.append(f"{path.name}: ProductVersion {strings.get('ProductVersion')!r}, Cargo.toml says {version}")
    print(f"   {path.name}: {strings.get('ProductName')} {strings.get('ProductVersion')}, {strings.get('LegalCopyright')}")

    if 24 in types:
        entry = types[24].directory.entries[0].directory.entries[0]
        data = pe.get_data(entry.data.struct.OffsetToData, entry.data.struct.Size).decode("utf-8", "replace")
        for needle in ("PerMonitorV2", "longPathAware", "asInvoker"):
            if needle not in data:
                problems.append(f"{path.name}: the manifest lacks {needle}")


def check_zip(path: Path, problems: list[str]) -> None:
    names = set(zipfile.ZipFile(path).namelist())
    for wanted in ("behoeftewijzer.exe", "LICENSE.txt", "OFL.txt", "LEESMIJ.txt"):
        if f"Behoeftewijzer/{wanted}" not in names:
            problems.append(f"{path.name}: lacks {wanted}")
    print(f"   {path.name}: {', '.join(sorted(names))}")


def check_setup(path: Path, problems: list[str]) -> None:
    listing = subprocess.run(["7z", "l", str(path)], capture_output=True, text=True).stdout
    for wanted in ("behoeftewijzer.exe", "LICENSE.txt", "OFL.txt", "LEESMIJ.txt", "uninstall.exe"):
        if wanted not in listing:
            problems.append(f"{path.name}: the installer lacks {wanted}")
    pe = pefile.PE(str(path), fast_load=True)
    if pe.OPTIONAL_HEADER.Subsystem != pefile.SUBSYSTEM_TYPE["IMAGE_SUBSYSTEM_WINDOWS_GUI"]:
        problems.append(f"{path.name}: not a window program")
    print(f"   {path.name}: {path.stat().st_size // 1024} kB, holds the program, licences and uninstaller")


def check_deb(path: Path, problems: list[str]) -> None:
    with tempfile.TemporaryDirectory() as root:
        subprocess.run(["dpkg-deb", "-x", str(path), root], check=True)
        base = Path(root)
        for wanted in (
            "usr/bin/behoeftewijzer",
            "usr/share/applications/behoeftewijzer.desktop",
            "usr/share/icons/hicolor/256x256/apps/behoeftewijzer.png",
            "usr/share/doc/behoeftewijzer/copyright",
            "usr/share/doc/behoeftewijzer/OFL.txt",
        ):
            if not (base / wanted).exists():
                problems.append(f"{path.name}: lacks /{wanted}")
        desktop = base / "usr/share/applications/behoeftewijzer.desktop"
        if desktop.exists():
            result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
            if result.returncode != 0 or result.stdout.strip():
                problems.append(f"{path.name}: desktop-file-validate: {result.stdout.strip()} {result.stderr.strip()}")
        info = subprocess.run(["dpkg-deb", "-f", str(path), "Package", "Version", "Architecture"],
                              capture_output=True, text=True).stdout.split()
        print(f"   {path.name}: {' '.join(info)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", required=True)
    parser.add_argument("--exe", type=Path, required=True)
    parser.add_argument("--zip", type=Path)
    parser.add_argument("--setup", type=Path)
    parser.add_argument("--deb", type=Path)
    args = parser.parse_args()
    problems: list[str] = []
    check_exe(args.exe, args.version, problems)
    if args.zip:
        check_zip(args.zip, problems)
    if args.setup:
        check_setup(args.setup, problems)
    if args.deb:
        check_deb(args.deb, problems)
    if problems:
        print("packaging checks FAILED:")
        for p in problems:
            print(f" - {p}")
        return 1
    print("packaging checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
