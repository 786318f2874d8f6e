"""Operator commands: `python -m bot.translation install FILE.argosmodel` and `python -m bot.translation list`.

There is no download command on purpose: the assistant may run without a network, and fetching models is a
separate, deliberate step (copy the .argosmodel file onto the machine, then install it from the file).
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import List, Optional

from bot.translation import packages, paths


def _install(file: Path) -> int:
    try:
        pkg = packages.install(file)
    except packages.PackageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Installed {pkg.from_code} → {pkg.to_code} ({pkg.from_name} → {pkg.to_name}, "
          f"package {pkg.version or '?'}) into {pkg.path}")
    return 0


def _list() -> int:
    installed = packages.installed()
    if not installed:
        print(f"No translation packages installed in {paths.packages_dir()}")
        return 0
    for pkg in installed:
        print(f"{pkg.from_code} → {pkg.to_code}\t{pkg.from_name} → {pkg.to_name}\t"
              f"package {pkg.version or '?'}\t{pkg.path.name}")
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    """Run one command; returns the process exit status (0 ok, 1 the package could not be installed)."""
    parser = argparse.ArgumentParser(prog="python -m bot.translation", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    install = commands.add_parser("install", help="install a translation package from a .argosmodel file")
    install.add_argument("file", type=Path)
    commands.add_parser("list", help="list the installed language pairs")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "install":
        return _install(args.file)
    return _list()


if __name__ == "__main__":
    sys.exit(main())
