"""The shipped Natural Earth outlines and the matplotlib basemap."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402

from intelfile.basemap import bbox_around, country_rings, load_world, plot_basemap  # noqa: E402


def test_world_has_named_countries_with_iso_codes():
    world = load_world()
    assert world["type"] == "FeatureCollection"
    by_a3 = {f["properties"]["iso_a3"]: f for f in world["features"]}
    assert len(world["features"]) > 150
    assert by_a3["IRQ"]["properties"]["name"] == "Iraq" and by_a3["IRQ"]["properties"]["iso_a2"] == "IQ"
    assert by_a3["SYR"]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    load_world()["features"].clear()
    assert load_world()["features"]  # every call is a fresh copy


def test_no_ring_crosses_the_antimeridian_except_the_pole_closure():
    for props, ring in country_rings(load_world()):
        jumps = [(a, b) for a, b in zip(ring, ring[1:]) if abs(a[0] - b[0]) > 180]
        assert all(a[1] == b[1] == -90 for a, b in jumps), props["name"]


def test_bbox_around_pads_and_defaults():
    assert bbox_around([]) == (-180.0, -60.0, 180.0, 85.0)
    lo_lon, lo_lat, hi_lon, hi_lat = bbox_around([(43.1, 36.3)], margin=1, min_span=6)
    assert hi_lon - lo_lon == 6 and hi_lat - lo_lat == 6
    assert lo_lon < 43.1 < hi_lon
    lo_lon, lo_lat, hi_lon, hi_lat = bbox_around([(-75.0, 40.0), (45.0, 35.0)], margin=0)
    assert hi_lat - lo_lat >= (hi_lon - lo_lon) / 2 - 1e-9


def test_plot_basemap_draws_the_countries_in_the_box():
    fig = Figure()
    ax = fig.add_subplot(1, 1, 1)
    plot_basemap(ax, (38.0, 30.0, 48.0, 38.0))
    assert 5 <= len(ax.patches) < 60
    assert ax.get_xlim() == (38.0, 48.0)
    assert "Iraq" in [t.get_text() for t in ax.texts]
