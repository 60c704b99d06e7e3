"""One-off: convert Natural Earth 110m countries (TopoJSON from the npm package ``world-atlas``)
to the GeoJSON shipped as ``src/intelfile/data/world-110m.geojson``.

Usage::

    cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
    python tools/make_basemap.py /tmp/package/countries-110m.json src/intelfile/data/world-110m.geojson

``world-atlas`` feature ids are ISO 3166-1 numeric codes; ``pycountry`` adds alpha-2/alpha-3 codes
where the id is a standard code (a few disputed areas, e.g. "Kosovo" or "N. Cyprus", have none).
Coordinates are rounded to 3 decimals (about 100 m, far below the 110m scale's precision). Rings
that cross the antimeridian (Fiji, Chukotka) are cut there, as RFC 7946 asks; Antarctica is closed
along the South Pole.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def decode_arcs(topology: dict) -> list[list[list[float]]]:
    """Absolute lon/lat coordinates of every arc (undoing delta encoding and quantisation)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for position in arc:
            if transform:
                x += position[0]
                y += position[1]
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                points.append([round(x * sx + tx, 3), round(y * sy + ty, 3)])
            else:
                points.append([round(position[0], 3), round(position[1], 3)])
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    """Stitch arcs into one ring; a negative index ``~i`` means arc ``i`` reversed."""
    coords: list[list[float]] = []
    for index in indices:
        points = arcs[~index][::-1] if index < 0 else arcs[index]
        coords.extend(points if not coords else points[1:])
    return coords


def _jumps(points: list[list[float]]) -> int:
    return sum(1 for a, b in zip(points, points[1:]) if abs(a[0] - b[0]) > 180)


def _clip(points: list[list[float]], keep_west: bool) -> list[list[float]]:
    """Sutherland-Hodgman clip of a ring against the meridian x = 180 (unwrapped coordinates)."""
    inside = (lambda p: p[0] <= 180) if keep_west else (lambda p: p[0] >= 180)
    out: list[list[float]] = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current):
            if not inside(previous):
                t = (180 - previous[0]) / (current[0] - previous[0])
                out.append([180.0, round(previous[1] + t * (current[1] - previous[1]), 3)])
            out.append(current)
        elif inside(previous):
            t = (180 - previous[0]) / (current[0] - previous[0])
            out.append([180.0, round(previous[1] + t * (current[1] - previous[1]), 3)])
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def split_antimeridian(points: list[list[float]]) -> list[list[list[float]]]:
    """RFC 7946 section 3.1.9: cut rings crossing the antimeridian into parts on either side.

    A ring that crosses it once encloses a pole (Antarctica): it is closed along that pole.
    """
    jumps = _jumps(points)
    if jumps == 0:
        return [points]
    if jumps % 2 == 1:
        pole = -90.0 if sum(p[1] for p in points) < 0 else 90.0
        closed: list[list[float]] = []
        for a, b in zip(points, points[1:]):
            closed.append(a)
            if abs(a[0] - b[0]) > 180:
                edge = 180.0 if a[0] > 0 else -180.0
                closed += [[edge, a[1]], [edge, pole], [-edge, pole], [-edge, b[1]]]
        closed.append(points[-1])
        return [closed]
    unwrapped = [[p[0] + 360 if p[0] < 0 else p[0], p[1]] for p in points]
    west = _clip(unwrapped, keep_west=True)
    east = [[round(p[0] - 360, 3), p[1]] for p in _clip(unwrapped, keep_west=False)]
    return [part for part in (west, east) if len(part) >= 4]


def polygons(rings: list[list[list[float]]]) -> list[list[list[list[float]]]]:
    """A polygon (outer ring + holes) as one or more polygons that do not cross the antimeridian."""
    outer = split_antimeridian(rings[0])
    if len(outer) == 1:
        return [[outer[0], *rings[1:]]]
    return [[part] for part in outer]


def geometry(geom: dict, arcs: list) -> dict | None:
    if geom["type"] == "Polygon":
        parts = polygons([ring(r, arcs) for r in geom["arcs"]])
    elif geom["type"] == "MultiPolygon":
        parts = [p for poly in geom["arcs"] for p in polygons([ring(r, arcs) for r in poly])]
    else:
        return None
    if len(parts) == 1:
        return {"type": "Polygon", "coordinates": parts[0]}
    return {"type": "MultiPolygon", "coordinates": parts}


def convert(topology: dict, object_name: str = "countries") -> dict:
    import pycountry

    arcs = decode_arcs(topology)
    features = []
    for geom in topology["objects"][object_name]["geometries"]:
        shape = geometry(geom, arcs)
        if shape is None:
            continue
        numeric = geom.get("id")
        country = pycountry.countries.get(numeric=numeric) if numeric else None
        features.append({
            "type": "Feature",
            "properties": {
                "name": geom.get("properties", {}).get("name"),
                "iso_n3": numeric,
                "iso_a2": country.alpha_2 if country else None,
                "iso_a3": country.alpha_3 if country else None,
            },
            "geometry": shape,
        })
    return {
        "type": "FeatureCollection",
        "attribution": "Made with Natural Earth (public domain), via world-atlas (ISC licence).",
        "features": features,
    }


def main(argv: list[str]) -> int:
    source, target = Path(argv[1]), Path(argv[2])
    collection = convert(json.loads(source.read_text(encoding="utf-8")))
    target.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    print(f"{len(collection['features'])} countries -> {target} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
