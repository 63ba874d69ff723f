"""Property-based API tests: Schemathesis generates requests from the live OpenAPI schema and
checks that no response is a 5xx and that every response matches its documented status code,
content type and schema. Bounded: a few dozen examples per operation (about a minute)."""

from __future__ import annotations

import shutil

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="needs schemathesis (pip install -e '.[test]')")
from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from conftest import DATA_DIR, FILES, MINI_CIRCLE, MINI_PLACES, mini_segments, write_collection  # noqa: E402
from routes_api.api.app import create_app  # noqa: E402
from routes_api.core.settings import Settings

KEY = "schemathesis-operator-key"
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    import json

    root = tmp_path_factory.mktemp("st")
    data = root / "data"
    data.mkdir()
    shutil.copy(DATA_DIR / "corridors.json", data / "corridors.json")
    write_collection(data / "places.geojson", MINI_PLACES)
    for network, feats in mini_segments().items():
        write_collection(data / FILES[network], feats)
    itin = root / "itineraries"
    (itin / "circles").mkdir(parents=True)
    (itin / "lines").mkdir()
    (itin / "circles" / "jiangnan-water-towns.json").write_text(json.dumps(MINI_CIRCLE, ensure_ascii=False))
    app = create_app(data, itinerary_dir=itin, state_dir=root / "state",
                     settings=Settings(api_keys=KEY, rate_limit_per_minute=0, plan_timeout_s=60))
    with TestClient(app) as client:  # runs the lifespan: data loaded, database migrated
        client.post("/v1/itineraries", json={"kind": "circle", "circle": "jiangnan-water-towns",
                                             "start_date": "2026-05-01"})  # warm the planners
        yield schemathesis.openapi.from_asgi("/openapi.json", app)


def test_api_conforms_to_its_schema(api_schema):
    """Every operation (the PDF aside: Chromium is slow), 25 generated cases each; all failures
    are gathered and shown together."""
    from hypothesis import given

    failures: list[str] = []
    operations = 0
    from schemathesis import GenerationMode

    for result in api_schema.get_all_operations():
        operation = result.ok()
        if operation.path.endswith(".pdf"):
            continue
        operations += 1
        strategy = (operation.as_strategy(generation_mode=GenerationMode.POSITIVE)
                    | operation.as_strategy(generation_mode=GenerationMode.NEGATIVE))

        @given(case=strategy)
        @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None, phases=[Phase.explicit, Phase.generate])
        def run(case):
            case.call_and_validate(headers={"X-API-Key": KEY}, checks=CHECKS)

        try:
            run()
        except BaseException as exc:  # noqa: BLE001 - gather them all (hypothesis raises groups)
            if isinstance(exc, KeyboardInterrupt):
                raise
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:1500]}")
    assert operations >= 20
    assert not failures, "\n\n".join(failures)
