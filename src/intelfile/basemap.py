"""Offline country outlines for maps (Natural Earth 1:110m, public domain; see data/README.md).

``load_world()`` returns the shipped GeoJSON FeatureCollection (a fresh copy each call, so callers
may change it); ``plot_basemap(ax, bbox)`` draws the outlines on a matplotlib axes in plain
longitude/latitude (equirectangular), clipped to ``bbox = (min_lon, min_lat, max_lon, max_lat)``.
Nothing is downloaded.
"""
from __future__ import annotations

import json
from importlib import resources
from typing import Any, Iterator, Sequence

from .errors import ResourceError

__all__ = ["load_world", "plot_basemap", "country_rings", "bbox_around"]

WORLD_FILE = "world-110m.geojson"


def load_world() -> dict[str, Any]:
    """The shipped world country outlines as a GeoJSON FeatureCollection."""
    try:
        text = resources.files("intelfile").joinpath("data", WORLD_FILE).read_text(encoding="utf-8")
    except (OSError, FileNotFoundError) as exc:
        raise ResourceError(f"basemap data {WORLD_FILE} is missing from the package", source=WORLD_FILE) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ResourceError(f"basemap data {WORLD_FILE} is not valid JSON: {exc}", source=WORLD_FILE) from exc


def country_rings(world: dict[str, Any]) -> Iterator[tuple[dict[str, Any], list[list[float]]]]:
    """Every outer ring of every country as ``(properties, [[lon, lat], ...])``."""
    for feature in world.get("features", ()):
        geom = feature.get("geometry") or {}
        props = feature.get("properties") or {}
        if geom.get("type") == "Polygon":
            polygons = [geom["coordinates"]]
        elif geom.get("type") == "MultiPolygon":
            polygons = geom["coordinates"]
        else:
            continue
        for polygon in polygons:
            if polygon:
                yield props, polygon[0]


def bbox_around(points: Sequence[tuple[float, float]], *, margin: float = 2.0,
                min_span: float = 6.0) -> tuple[float, float, float, float]:
    """A ``(min_lon, min_lat, max_lon, max_lat)`` box around ``(lon, lat)`` points, padded by
    ``margin`` degrees, at least ``min_span`` degrees wide and high and at least half as high as wide
    (and as wide as high); the world when empty."""
    if not points:
        return (-180.0, -60.0, 180.0, 85.0)
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    lo_lon, hi_lon = min(lons) - margin, max(lons) + margin
    lo_lat, hi_lat = min(lats) - margin, max(lats) + margin
    if hi_lon - lo_lon < min_span:
        mid = (hi_lon + lo_lon) / 2
        lo_lon, hi_lon = mid - min_span / 2, mid + min_span / 2
    if hi_lat - lo_lat < min_span:
        mid = (hi_lat + lo_lat) / 2
        lo_lat, hi_lat = mid - min_span / 2, mid + min_span / 2
    # keep the picture at least half as high as wide (and vice versa), so it is not a thin strip
    if hi_lat - lo_lat < (hi_lon - lo_lon) / 2:
        mid, half = (hi_lat + lo_lat) / 2, (hi_lon - lo_lon) / 4
        lo_lat, hi_lat = mid - half, mid + half
    elif hi_lon - lo_lon < (hi_lat - lo_lat) / 2:
        mid, half = (hi_lon + lo_lon) / 2, (hi_lat - lo_lat) / 4
        lo_lon, hi_lon = mid - half, mid + half
    return (max(lo_lon, -180.0), max(lo_lat, -90.0), min(hi_lon, 180.0), min(hi_lat, 90.0))


def plot_basemap(ax: Any, bbox: Sequence[float] | None = None, *, world: dict[str, Any] | None = None,
                 land: str = "#efece4", edge: str = "#9a9a9a", sea: str = "#dbe8f2",
                 labels: bool = True) -> Any:
    """Draw country outlines on matplotlib ``ax`` within ``bbox`` (the world when ``None``).

    Country names are written at the centre of each country's largest ring that falls inside the
    box when ``labels`` is true. Returns ``ax``.
    """
    from matplotlib.patches import Polygon as MplPolygon

    world = world if world is not None else load_world()
    min_lon, min_lat, max_lon, max_lat = bbox if bbox is not None else (-180.0, -60.0, 180.0, 85.0)
    ax.set_facecolor(sea)
    largest: dict[str, tuple[float, float, float]] = {}
    for props, ring in country_rings(world):
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        if max(xs) < min_lon or min(xs) > max_lon or max(ys) < min_lat or min(ys) > max_lat:
            continue
        ax.add_patch(MplPolygon(ring, closed=True, facecolor=land, edgecolor=edge, linewidth=0.6, zorder=1))
        name = props.get("name")
        if labels and name:
            cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
            size = (max(xs) - min(xs)) * (max(ys) - min(ys))
            if min_lon <= cx <= max_lon and min_lat <= cy <= max_lat and size > largest.get(name, (0, 0, -1))[2]:
                largest[name] = (cx, cy, size)
    box_area = max((max_lon - min_lon) * (max_lat - min_lat), 1e-9)
    for name, (cx, cy, size) in largest.items():
        if size / box_area > 0.01:
            ax.text(cx, cy, name, fontsize=7, color="#777777", ha="center", va="center", zorder=2)
    ax.set_xlim(min_lon, max_lon)
    ax.set_ylim(min_lat, max_lat)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    return ax
