"""World country boundaries for the map, from the ``world-atlas`` npm package (Natural Earth 1:110m).

The TopoJSON file is installed at build time into ``eventwire/web/node_modules`` (git-ignored);
this module decodes its quantized, delta-encoded arcs and draws every country as an SVG path
in an equirectangular projection shared with ``static/map.js``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

TOPOLOGY_PATH = ("node_modules", "world-atlas", "countries-110m.json")
WIDTH = 1000.0
LAT_TOP = 84.0
LAT_BOTTOM = -58.0
HEIGHT = round(WIDTH * (LAT_TOP - LAT_BOTTOM) / 360.0, 1)


@dataclass(frozen=True)
class Country:
    """One country outline: its name, ISO codes and SVG path data."""

    name: str
    iso3: str | None
    path: str


def project(lon: float, lat: float) -> tuple[float, float]:
    """Map coordinates to SVG coordinates (the same formula as ``static/map.js``)."""
    lat = max(LAT_BOTTOM, min(LAT_TOP, lat))
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (LAT_TOP - lat) / (LAT_TOP - LAT_BOTTOM) * HEIGHT
    return round(x, 1), round(y, 1)


def topology_file():
    """The packaged TopoJSON file (may not exist when ``npm ci`` has not been run)."""
    node = resources.files("eventwire.web")
    for part in TOPOLOGY_PATH:
        node = node.joinpath(part)
    return node


def boundaries_available() -> bool:
    return topology_file().is_file()


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (undoing quantization and delta encoding)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if not transform:
            arcs.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A closed ring from arc indexes; a negative index ``~i`` means arc ``i`` reversed."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def ring_path(points: list[tuple[float, float]]) -> str:
    projected = [project(lon, lat) for lon, lat in points]
    head, *rest = projected
    return f"M{head[0]},{head[1]}" + "".join(f"L{x},{y}" for x, y in rest) + "Z"


def geometry_path(geometry: dict, arcs: list[list[tuple[float, float]]]) -> str:
    """SVG path data for a Polygon or MultiPolygon geometry."""
    if geometry.get("type") == "Polygon":
        polygons = [geometry["arcs"]]
    elif geometry.get("type") == "MultiPolygon":
        polygons = geometry["arcs"]
    else:
        return ""
    return "".join(ring_path(ring_points(ring, arcs)) for polygon in polygons for ring in polygon)


def iso3_of(numeric: str | None) -> str | None:
    if not numeric:
        return None
    country = pycountry.countries.get(numeric=str(numeric).zfill(3))
    return country.alpha_3 if country else None


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country outline except Antarctica; empty when the package is not installed."""
    if not boundaries_available():
        return ()
    topology = json.loads(topology_file().read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    outlines = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = (geometry.get("properties") or {}).get("name", "")
        if name == "Antarctica":
            continue
        path = geometry_path(geometry, arcs)
        if path:
            outlines.append(Country(name=name, iso3=iso3_of(geometry.get("id")), path=path))
    return tuple(outlines)
