#!/usr/bin/env python3
"""Writes the licences of every crate built into the program for one target:
each crate's name, version and licence, then the licence texts the crate ships
(LICENSE*, COPYING*, NOTICE*), so a package carries the notices its
dependencies ask for.

    python3 scripts/third-party-licences.py --target x86_64-pc-windows-gnu
"""
import argparse, json, os, subprocess, sys

ap = argparse.ArgumentParser()
ap.add_argument("--target", required=True)
args = ap.parse_args()

meta = json.loads(subprocess.run(
    ["cargo", "metadata", "--format-version", "1", "--locked", "--filter-platform", args.target],
    check=True, capture_output=True, text=True).stdout)
packages = {p["id"]: p for p in meta["packages"]}
nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
root = meta["resolve"]["root"]

# What the shipped program links: the root's normal dependencies (default
# features, as scripts/package builds), followed through normal dependencies
# only (not build scripts, proc macros' hosts or tests).
seen, todo = set(), [root]
while todo:
    pid = todo.pop()
    if pid in seen:
        continue
    seen.add(pid)
    for dep in nodes[pid]["deps"]:
        if any(k["kind"] is None for k in dep["dep_kinds"]):
            todo.append(dep["pkg"])
seen.discard(root)

out = sys.stdout
out.write("Living Lab is built with these crates (name, version, licence).\n"
          "Each one's own licence files follow the list.\n\n")
crates = sorted((packages[p] for p in seen), key=lambda p: (p["name"], p["version"]))
for p in crates:
    out.write(f"{p['name']} {p['version']}: {p.get('license') or 'see its licence file'}\n")
for p in crates:
    folder = os.path.dirname(p["manifest_path"])
    files = sorted(f for f in os.listdir(folder)
                   if f.upper().startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE", "COPYRIGHT"))
                   and os.path.isfile(os.path.join(folder, f)))
    out.write("\n" + "=" * 78 + f"\n{p['name']} {p['version']} ({p.get('license') or ''})\n" + "=" * 78 + "\n")
    if not files:
        out.write(f"(no licence file in the crate; its licence is {p.get('license') or p.get('license_file')})\n")
    for f in files:
        with open(os.path.join(folder, f), encoding="utf-8", errors="replace") as fh:
            out.write(f"\n--- {f}\n\n{fh.read().rstrip()}\n")
