"""``python -m eventwire.evaluate.calibrate``: the confidence model fitted on one or several gold files."""
from __future__ import annotations

import json

import yaml

from eventwire.evaluate.calibrate import main


def gold_file(path, text: str, events: list[dict]) -> str:
    path.write_text(json.dumps({"id": path.stem, "text": text, "published": "2024-06-05", "events": events}) + "\n",
                    encoding="utf-8")
    return str(path)


def test_a_fit_pools_every_gold_file_it_is_given(tmp_path):
    accusation = gold_file(tmp_path / "a.jsonl", "Armenia accused Azerbaijan on Tuesday of shelling its positions.",
                           [{"type": "ACCUSE", "source": {"country": "ARM", "sector": "GOV"},
                             "target": {"country": "AZE", "sector": "GOV"}}])
    talks = gold_file(tmp_path / "b.jsonl", "Egypt and Sudan held talks in Cairo on Sunday.",
                      [{"type": "CONSULT", "source": {"country": "EGY", "sector": "GOV"},
                        "target": {"country": "SDN", "sector": "GOV"}}])
    output = tmp_path / "calibration.yaml"
    assert main(["--gold", accusation, talks, "--output", str(output)]) == 0
    fitted = yaml.safe_load(output.read_text(encoding="utf-8"))
    assert fitted["fitted_on"] == f"{accusation}, {talks}"
    assert fitted["events"] >= 3          # the accusation, the shelling it charges, the talks
    assert 2 <= fitted["right"] < fitted["events"]   # the claimed shelling is not in this gold
    assert set(fitted["weights"]) >= {"intercept", "raw", "source_country"}
