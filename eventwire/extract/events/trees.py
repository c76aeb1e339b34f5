"""A gradient-boosted ensemble of decision trees over named feature values, scored in plain Python.

The keeper (keep_model.py) is such an ensemble since the twenty-sixth pass: it is trained with
scikit-learn's ``HistGradientBoostingClassifier`` (``eventwire.evaluate.keep_training``, the ``eval``
extra) and shipped as JSON, so running it needs neither scikit-learn nor numpy. Each tree is a list
of nodes ``[feature, threshold, left, right, value]``: a split sends an item whose feature value is
at most ``threshold`` to node ``left``, else to ``right``; a leaf has ``feature`` null and adds
``value`` to the log-odds. The probability is ``sigmoid(baseline + the leaves reached)``.

The trees are turned once per model into one Python function of nested ``if`` statements (its
source is built from the feature names, which must be the model's known names, and from numbers
only), as the keeper scores every event of every doc.
"""
from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from eventwire.extract.events.logistic import sigmoid

Node = tuple[str | None, float, int, int, float]


@dataclass(frozen=True)
class TreeEnsemble:
    """Trees of ``Node`` lists, the log-odds every item starts from, and the probability a decision needs."""

    trees: tuple[tuple[Node, ...], ...]
    baseline: float
    threshold: float
    features: frozenset[str] = frozenset()   # the names a split may read (checked when the trees are compiled)
    _score: Callable[[dict], float] | None = field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_score", compiled_sum(self.trees, self.features))

    def log_odds(self, values: dict[str, float]) -> float:
        """``baseline`` plus the value of the leaf each tree sends ``values`` to (absent names count 0)."""
        return self.baseline + self._score(values)

    def probability(self, values: dict[str, float]) -> float:
        """sigmoid(log-odds) for one item's feature values."""
        return sigmoid(self.log_odds(values))

    def with_threshold(self, threshold: float) -> "TreeEnsemble":
        """The same trees with another decision threshold (a model of the same class), sharing their
        compiled function (``dataclasses.replace`` would compile the trees again)."""
        other = copy.copy(self)
        object.__setattr__(other, "threshold", threshold)
        return other


def compiled_sum(trees: Sequence[Sequence[Node]], features: frozenset[str]) -> Callable[[dict], float]:
    """One function ``values -> sum of the leaves reached``, the trees written out as nested ifs. The
    values the splits read are first laid out in a list by slot (absent names 0.0), one pass over the
    item's few non-zero values, so a split reads a list item instead of looking its name up."""
    slots = {name: slot for slot, name in enumerate(sorted({node[0] for tree in trees for node in tree
                                                           if node[0] is not None}))}
    unknown = sorted(set(slots) - features)
    if unknown:
        raise ValueError(f"a tree splits on {unknown[0]!r}, which is not one of the model's features")
    lines = ["def tree_sum(values):", f"    x = [0.0] * {len(slots)}",
             "    for name, value in values.items():", "        slot = slots_get(name)",
             "        if slot is not None:", "            x[slot] = value", "    total = 0.0"]
    for tree in trees:
        lines.extend(_tree_lines(tree, 0, 1, slots))
    lines.append("    return total")
    namespace: dict = {}
    exec(compile("\n".join(lines), "<keeper trees>", "exec"), {"__builtins__": {}, "slots_get": slots.get}, namespace)
    return namespace["tree_sum"]


def _tree_lines(tree: Sequence[Node], index: int, depth: int, slots: dict[str, int]) -> list[str]:
    feature, threshold, left, right, value = tree[index]
    pad = "    " * depth
    if feature is None:
        return [f"{pad}total += {float(value)!r}"]
    return [f"{pad}if x[{slots[feature]}] <= {float(threshold)!r}:",
            *_tree_lines(tree, int(left), depth + 1, slots),
            f"{pad}else:",
            *_tree_lines(tree, int(right), depth + 1, slots)]


def trees_from_dict(data: dict) -> dict:
    """The ``trees``, ``baseline`` and ``threshold`` of a packaged ensemble's JSON layout."""
    trees = tuple(tuple((node[0], float(node[1]), int(node[2]), int(node[3]), float(node[4])) for node in tree)
                  for tree in data["trees"])
    return {"trees": trees, "baseline": float(data["baseline"]), "threshold": float(data["threshold"])}


def trees_to_dict(model: TreeEnsemble) -> dict:
    """The JSON layout ``trees_from_dict`` reads."""
    return {"baseline": model.baseline, "threshold": model.threshold,
            "trees": [[list(node) for node in tree] for tree in model.trees]}
