"""The disk cache of derived indexes: same inputs read back, other inputs rebuilt, failures harmless."""
from __future__ import annotations

import pytest

from eventwire import cache


@pytest.fixture()
def cache_in(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting_builder(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_second_call_reads_what_the_first_built(cache_in):
    build, calls = counting_builder({"kharkiv": (1, 2), "columns": (("a", "b"), (1.5, None))})
    first = cache.cached("index", ["source v1"], build)
    second = cache.cached("index", ["source v1"], build)
    assert first == second == {"kharkiv": (1, 2), "columns": (("a", "b"), (1.5, None))}
    assert len(calls) == 1
    assert len(list(cache_in.glob("index-*.pickle"))) == 1


def test_changed_inputs_build_again(cache_in):
    build, calls = counting_builder([1, 2, 3])
    cache.cached("index", ["source v1"], build)
    cache.cached("index", ["source v2"], build)
    assert len(calls) == 2
    assert len(list(cache_in.glob("index-*.pickle"))) == 2


def test_part_boundaries_count_in_the_key():
    assert cache.cache_key(["ab", "c"]) != cache.cache_key(["a", "bc"])
    assert cache.cache_key(["ab", "c"]) == cache.cache_key([b"ab", b"c"])


def test_off_builds_every_time_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    build, calls = counting_builder("value")
    assert cache.cached("index", ["x"], build) == "value"
    assert cache.cached("index", ["x"], build) == "value"
    assert len(calls) == 2


def test_corrupt_file_is_rebuilt_and_replaced(cache_in):
    build, calls = counting_builder("fresh")
    cache.cached("index", ["x"], build)
    (path,) = cache_in.glob("index-*.pickle")
    path.write_bytes(b"not a pickle")
    assert cache.cached("index", ["x"], build) == "fresh"
    assert len(calls) == 2
    assert cache.cached("index", ["x"], build) == "fresh"
    assert len(calls) == 2


def test_unwritable_folder_still_gives_the_value(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    build, calls = counting_builder("value")
    assert cache.cached("index", ["x"], build) == "value"
    assert list(tmp_path.iterdir()) == [blocker]


def test_cached_gazetteer_equals_a_freshly_built_one(cache_in):
    from eventwire.extract.places.gazetteer import Gazetteer, _source_fingerprint

    built = Gazetteer()
    stored = cache.cached("gazetteer", _source_fingerprint(), built.state)
    again = Gazetteer(cache.cached("gazetteer", _source_fingerprint(), lambda: pytest.fail("rebuilt")))
    assert stored[0] == built.entries.columns
    assert len(again.entries) == len(built.entries)
    assert again.entries_for("Kharkiv") == built.entries_for("Kharkiv")
    assert again.lookup("Kharkiv").geonameid == built.lookup("Kharkiv").geonameid == 706483
    assert again.is_curated("Pentagon")


def test_large_yaml_documents_come_back_from_the_cache_equal_and_edits_parse_again(cache_in, monkeypatch):
    from eventwire import yamlfiles

    text = "entries:\n" + "".join(f"  - {{name: town {n}, pop: {n * 7}, since: 2020-01-0{n % 9 + 1}}}\n"
                                   for n in range(600))
    assert len(text) >= yamlfiles.CACHED_SIZE
    first = yamlfiles.safe_load(text)
    parses = []
    monkeypatch.setattr(yamlfiles, "parse", lambda t: parses.append(t) or {"parsed": "again"})
    assert yamlfiles.safe_load(text) == first
    assert first["entries"][5] == {"name": "town 5", "pop": 35, "since": __import__("datetime").date(2020, 1, 6)}
    assert parses == [] and len(list(cache_in.glob("yaml-*.pickle"))) == 1
    assert yamlfiles.safe_load(text + "# edited\n") == {"parsed": "again"}


def test_small_yaml_documents_are_parsed_without_the_cache(cache_in):
    from eventwire import yamlfiles

    assert yamlfiles.safe_load("a: [1, 2]\n") == {"a": [1, 2]}
    assert not cache_in.exists() or not list(cache_in.glob("yaml-*.pickle"))
