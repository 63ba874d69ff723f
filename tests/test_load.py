"""The loader's failure modes: each names the file, the feature and the problem."""

from __future__ import annotations

import json

import pytest

from routes_api.data.load import DataError, load_network
from tests.conftest import FILES, MINI_PLACES, mini_segments, place, segment, write_collection


def _rewrite(folder, network, feats):
    write_collection(folder / FILES[network], feats)


def test_mini_network_loads(mini_dir):
    data = load_network(mini_dir)
    assert set(data.places) == {"kunshan", "zhouzhuang", "tongli", "luzhi"}
    assert len(data.segments) == 4


def test_invalid_json_names_file_and_line(mini_dir):
    (mini_dir / "water.geojson").write_text('{"type": "FeatureCollection",\n "features": [\n}', encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_network(mini_dir)
    assert err.value.file == "water.geojson"
    assert "line 3" in str(err.value)


def test_unknown_place_id(mini_dir):
    feats = mini_segments()["cycling"]
    feats[0]["properties"]["to"] = "atlantis"
    _rewrite(mini_dir, "cycling", feats)
    with pytest.raises(DataError) as err:
        load_network(mini_dir)
    assert err.value.file == "cycling.geojson" and err.value.feature == "c-1"
    assert "'atlantis' is not in places.geojson" in str(err.value)


def test_swapped_lon_lat(mini_dir):
    places = [dict(p) for p in MINI_PLACES]
    places[1] = place("zhouzhuang", "周庄", "Zhouzhuang", 31.118, 120.844, kind="water_town")
    write_collection(mini_dir / "places.geojson", places)
    with pytest.raises(DataError) as err:
        load_network(mini_dir)
    assert err.value.file == "places.geojson" and err.value.feature == "zhouzhuang"
    assert "looks like [lat, lon]" in str(err.value)


def test_coordinate_outside_region(mini_dir):
    feats = mini_segments()["water"]
    feats[0]["geometry"]["coordinates"][1] = [116.4, 39.9]  # Beijing
    _rewrite(mini_dir, "water", feats)
    with pytest.raises(DataError) as err:
        load_network(mini_dir)
    assert err.value.feature == "w-1" and "outside the region" in str(err.value)


def test_non_finite_coordinate(mini_dir):
    text = (mini_dir / "water.geojson").read_text().replace("31.2]", "NaN]")
    (mini_dir / "water.geojson").write_text(text)
    with pytest.raises(DataError) as err:
        load_network(mini_dir)
    assert "not finite" in str(err.value)


def test_duplicate_place_id(mini_dir):
    write_collection(mini_dir / "places.geojson", MINI_PLACES + [MINI_PLACES[0]])
    with pytest.raises(DataError) as err:
        load_network(mini_dir)
    assert err.value.feature == "kunshan" and "duplicate place id" in str(err.value)


def test_duplicate_segment_id_across_files(mini_dir):
    feats = mini_segments()["cycling"]
    feats[0]["properties"]["id"] = "w-1"
    _rewrite(mini_dir, "cycling", feats)
    with pytest.raises(DataError) as err:
        load_network(mini_dir)
    assert "duplicate segment id (also in water.geojson)" in str(err.value)


def test_dangling_corridor(mini_dir):
    feats = mini_segments()["greenway"]
    feats[0]["properties"]["corridor"] = "gw-theme-nowhere"
    _rewrite(mini_dir, "greenway", feats)
    with pytest.raises(DataError) as err:
        load_network(mini_dir)
    assert err.value.file == "greenway.geojson" and err.value.feature == "g-1"
    assert "corridor 'gw-theme-nowhere' is not in corridors.json" in str(err.value)


def test_corridor_of_another_network(mini_dir):
    feats = mini_segments()["greenway"]
    feats[0]["properties"]["corridor"] = "cyc-taihu"
    _rewrite(mini_dir, "greenway", feats)
    with pytest.raises(DataError, match="belongs to network 'cycling'"):
        load_network(mini_dir)


def test_missing_kind_attribute(mini_dir):
    feats = mini_segments()["greenway"]
    del feats[0]["properties"]["level"]
    _rewrite(mini_dir, "greenway", feats)
    with pytest.raises(DataError, match="greenway segment needs level"):
        load_network(mini_dir)


def test_wrong_mode_for_network(mini_dir):
    feats = mini_segments()["water"]
    feats[0]["properties"]["mode"] = "bike"
    _rewrite(mini_dir, "water", feats)
    with pytest.raises(DataError, match="mode 'bike' is not allowed on network 'water'"):
        load_network(mini_dir)


def test_endpoint_far_from_place(mini_dir):
    feats = mini_segments()["cycling"]
    feats[0]["geometry"]["coordinates"][-1] = [120.80, 31.05]
    _rewrite(mini_dir, "cycling", feats)
    with pytest.raises(DataError, match=r"last vertex is \d+\.\d km from its to place 'zhouzhuang'"):
        load_network(mini_dir)


def test_vertices_too_far_apart(mini_dir):
    feats = [segment("c-9", "cycling", "cyc-dianshanhu-chenghu", "kunshan", "zhouzhuang",
                     [[120.95, 31.385], [120.844, 31.118]])]
    _rewrite(mini_dir, "cycling", feats)
    with pytest.raises(DataError, match="add the real waypoints between"):
        load_network(mini_dir)


def test_wrong_geometry_type(mini_dir):
    feats = mini_segments()["water"]
    feats[0]["geometry"] = {"type": "Point", "coordinates": [120.86, 31.2]}
    _rewrite(mini_dir, "water", feats)
    with pytest.raises(DataError, match="geometry must be a LineString, got Point"):
        load_network(mini_dir)


def test_unknown_property_is_refused(mini_dir):
    places = [dict(p) for p in MINI_PLACES]
    places[0] = place("kunshan", "昆山", "Kunshan", 120.95, 31.385, lodgings=True)
    write_collection(mini_dir / "places.geojson", places)
    with pytest.raises(DataError, match="lodgings"):
        load_network(mini_dir)


def test_bad_slug(mini_dir):
    places = [dict(p) for p in MINI_PLACES]
    places[0] = place("Kun Shan", "昆山", "Kunshan", 120.95, 31.385)
    write_collection(mini_dir / "places.geojson", places)
    with pytest.raises(DataError, match="not a slug"):
        load_network(mini_dir)


def test_missing_file(mini_dir):
    (mini_dir / "connectors.geojson").unlink()
    with pytest.raises(DataError) as err:
        load_network(mini_dir)
    assert err.value.file == "connectors.geojson" and "missing" in str(err.value)


def test_network_mismatch(mini_dir):
    feats = mini_segments()["water"]
    feats[0]["properties"]["network"] = "cycling"
    _rewrite(mini_dir, "water", feats)
    with pytest.raises(DataError):
        load_network(mini_dir)


def test_curated_tour_file_errors_name_the_file(mini_dir, tmp_path):
    from routes_api.data.catalog import load_catalog

    folder = tmp_path / "tours"
    (folder / "circles").mkdir(parents=True)
    (folder / "lines").mkdir()
    (folder / "circles" / "jiangnan-water-towns.json").write_text("[1, 2]")
    places = load_network(mini_dir).places
    with pytest.raises(DataError) as err:
        load_catalog(places, folder)
    assert err.value.file == "circles/jiangnan-water-towns.json"
    (folder / "circles" / "jiangnan-water-towns.json").write_text('{"id": ')
    with pytest.raises(DataError, match="invalid JSON at line 1"):
        load_catalog(places, folder)
