"""``routes-api detail``: import OpenStreetMap extracts as cached detail layers.

``detail import FILE [--name NAME]`` reads an ``.osm``/``.osm.bz2``/``.xml``/``.osm.pbf``
extract, filters it to the ways walkers and cyclists may use, compiles it once (walk and bike
weight sets of one routing core) and caches it under ``<state dir>/detail/<name>/``; the
service loads every cached layer at start-up. ``detail download`` does the same from osmnx's
own download, only with ``--allow-network``. See ``docs/detail.md``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from routes_api.core.settings import Settings

_SLUG_HELP = "layer name: lowercase letters, digits, hyphens"


def add_parser(subparsers, settings: Settings) -> None:
    """Add the ``detail`` command to the ``routes-api`` sub-commands."""
    p = subparsers.add_parser(
        "detail",
        help="OSM detail layers: street-level geometry and turn-by-turn steps for walking/cycling legs",
        description="Import OpenStreetMap extracts as cached detail layers (see docs/detail.md).",
    )
    p.add_argument("--state-dir", type=Path, default=settings.state_dir,
                   help="state folder holding detail/<name>/ (default: env ROUTES_API_STATE_DIR or var)")
    sub = p.add_subparsers(dest="detail_command", required=True)

    imp = sub.add_parser("import", help="read, filter, compile and cache an OSM extract")
    imp.add_argument("file", type=Path, help=".osm, .osm.bz2, .xml or .osm.pbf")
    imp.add_argument("--name", help=f"{_SLUG_HELP} (default: from the file name)")
    imp.add_argument("--quiet", action="store_true", help="no progress bar")
    imp.set_defaults(func=_cmd_import)

    dl = sub.add_parser("download", help="download ways with osmnx (needs --allow-network) and cache them")
    where = dl.add_mutually_exclusive_group(required=True)
    where.add_argument("--place", help="a place name osmnx can geocode, e.g. 'Huangpu District, Shanghai'")
    where.add_argument("--bbox", help="west,south,east,north in degrees")
    dl.add_argument("--name", required=True, help=_SLUG_HELP)
    dl.add_argument("--allow-network", action="store_true",
                    help="really download from OpenStreetMap (Overpass); without it nothing is fetched")
    dl.add_argument("--quiet", action="store_true", help="no progress bar")
    dl.set_defaults(func=_cmd_download)

    ls = sub.add_parser("list", help="cached detail layers")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_cmd_list)

    rm = sub.add_parser("remove", help="delete a cached detail layer")
    rm.add_argument("name")
    rm.set_defaults(func=_cmd_remove)


def _check_name(name: str) -> str:
    from routes_api.core.vocabulary import SLUG

    if not SLUG.match(name) or len(name) > 60:
        raise ValueError(f"--name {name!r} is not a slug ({_SLUG_HELP}, at most 60)")
    return name


def _build_and_save(args, name: str, source: str, read) -> int:
    from tqdm import tqdm

    from routes_api.network.detail import DetailLayer, layer_dir

    steps = ["read", "filter", "compile walk", "compile bike", "save"]
    bar = tqdm(total=len(steps), desc=f"detail {name}", unit="step", file=sys.stderr, disable=args.quiet)
    started = time.perf_counter()

    def stage(label: str) -> None:
        if bar.n or label != steps[0]:
            bar.update()
        bar.set_postfix_str(label)

    stage("read")
    raw = read()
    layer = DetailLayer.build(raw, name, source, progress=stage)
    stage("save")
    out = layer.save(layer_dir(args.state_dir, name))
    bar.update()
    bar.close()
    m = layer.meta
    print(f"detail layer {name}: {m['nodes']:,} nodes, {m['edges']:,} edges ({m['walk_edges']:,} walkable, "
          f"{m['bike_edges']:,} cyclable; {m['raw_edges']:,} read), {m['components']} fragments, bounds "
          f"{', '.join(f'{b:.4f}' for b in m['bounds'])}; cached in {out} ({time.perf_counter() - started:.1f} s)")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from routes_api.network.detail import DetailError, layer_name_of, read_osm

    try:
        name = _check_name(args.name or layer_name_of(args.file))
        return _build_and_save(args, name, str(args.file), lambda: read_osm(args.file))
    except (DetailError, ValueError, OSError) as exc:
        print(f"routes-api detail: {exc}", file=sys.stderr)
        return 2


def _cmd_download(args: argparse.Namespace) -> int:
    from routes_api.network.detail import DetailError, download_osm

    try:
        name = _check_name(args.name)
        bbox = None
        if args.bbox:
            try:
                bbox = tuple(float(x) for x in args.bbox.split(","))
            except ValueError:
                bbox = ()
            if len(bbox) != 4:
                raise ValueError("--bbox must be four numbers: west,south,east,north")
        if not args.allow_network:
            raise DetailError("downloading from OpenStreetMap needs an explicit --allow-network")
        source = f"osmnx download: {args.place or args.bbox}"
        return _build_and_save(args, name, source,
                               lambda: download_osm(place=args.place, bbox=bbox, allow_network=True))
    except (DetailError, ValueError, OSError) as exc:
        print(f"routes-api detail: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # network or geocoding failures from osmnx
        print(f"routes-api detail: download failed: {exc}", file=sys.stderr)
        return 2


def _cmd_list(args: argparse.Namespace) -> int:
    root = Path(args.state_dir) / "detail"
    metas = []
    if root.is_dir():
        for sub in sorted(root.iterdir()):
            try:
                metas.append(json.loads((sub / "meta.json").read_text(encoding="utf-8")))
            except (OSError, ValueError):
                continue
    if args.json:
        print(json.dumps(metas, ensure_ascii=False, indent=2))
    elif not metas:
        print(f"no detail layer under {root}")
    else:
        for m in metas:
            print(f"{m['name']}: {m['nodes']:,} nodes, {m['edges']:,} edges, from {m['source']} ({m['built_at']})")
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    try:
        name = _check_name(args.name)
    except ValueError as exc:
        print(f"routes-api detail: {exc}", file=sys.stderr)
        return 2
    target = Path(args.state_dir) / "detail" / name
    if not (target / "meta.json").exists():
        print(f"routes-api detail: no layer {name!r} under {target.parent}", file=sys.stderr)
        return 2
    shutil.rmtree(target)
    print(f"removed {target}")
    return 0
