"""What the two learned steps of the events component share (the side filler, side_model.py, and the
keeper, keep_model.py): a logistic model over named feature values with a decision threshold, and
the reading of its packaged JSON file."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

MODEL_PACKAGE = "eventwire.extract.events.data"


def sigmoid(z: float) -> float:
    """1 / (1 + e^-z), with z clipped to [-30, 30] (the learned models' probability of a log-odds)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class LogisticModel:
    """Logistic weights by feature name, an intercept, and the probability a decision needs."""

    weights: dict[str, float]
    intercept: float
    threshold: float

    def probability(self, values: dict[str, float]) -> float:
        """sigmoid(intercept + w·x) for one item's feature values (names without a weight count 0)."""
        weight = self.weights.get   # (a list, not a generator: the sum is the same, in the same order)
        return sigmoid(self.intercept + sum([weight(name, 0.0) * value for name, value in values.items()]))

    def with_threshold(self, threshold: float) -> "LogisticModel":
        """The same weights with another decision threshold (a model of the same class)."""
        return replace(self, threshold=threshold)


def weights_from_dict(data: dict) -> dict:
    """The ``weights``, ``intercept`` and ``threshold`` of a packaged model's JSON layout, as floats."""
    return {"weights": {name: float(w) for name, w in data["weights"].items()},
            "intercept": float(data["intercept"]), "threshold": float(data["threshold"])}


def packaged_path(file: str) -> Path:
    """Where the packaged model file ``file`` lives (the training commands write it there)."""
    return Path(str(resources.files(MODEL_PACKAGE).joinpath(file)))


@lru_cache(maxsize=None)
def packaged_json(file: str) -> dict:
    """The packaged model file ``file`` of ``MODEL_PACKAGE``, parsed (read once per process)."""
    return json.loads(resources.files(MODEL_PACKAGE).joinpath(file).read_text(encoding="utf-8"))
