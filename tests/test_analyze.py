"""Analytics over canonical events (timeline, network, dyads, tension, alerts), plots and the CLI."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from eventwire import analyze
from eventwire.analyze.tension import ALPHA, event_weight
from eventwire.link import refresh
from eventwire.store.queries import Filters
from test_link import BORDER_A, BORDER_B, article, event


def day(n: int) -> str:
    return (dt.date(2025, 3, 1) + dt.timedelta(days=n)).isoformat()


def quiet_then_clash() -> list:
    """Two weeks of talks between Ethiopia and Sudan, then a deadly clash reported by three outlets."""
    talks = [article(f"Desk {n}", day(n), [event(0, "CONSULT", "ETHGOV", "SDNGOV", day(n), trigger="met")])
             for n in range(0, 16)]
    clash = [article(outlet, day(17), [event(0, "ASSAULT", "ETHMIL", "SDNMIL", day(17), killed=killed)])
             for outlet, killed in (("Wire A", 12), ("Wire B", 15), ("Wire C", 14))]
    return talks + clash


@pytest.fixture()
def linked(store):
    store.write([article("Wire A", "2025-03-04", BORDER_A), article("Observer B", "2025-03-05", BORDER_B)])
    refresh(store)
    return store


def test_timeline_counts_each_real_world_event_once(linked):
    rows = analyze.timeline(linked, Filters())
    clash = [r for r in rows if r["type"] == "ASSAULT"]
    assert clash == [{"period": dt.date(2025, 3, 3), "type": "ASSAULT", "events": 1, "mentions": 2, "fatalities": 9}]
    weekly = analyze.timeline(linked, Filters(), by="week")
    assert sum(r["events"] for r in weekly) == 3
    assert analyze.timeline(linked, Filters(actor="EGY")) == [
        {"period": dt.date(2025, 3, 4), "type": "CONSULT", "events": 1, "mentions": 1, "fatalities": 0}]
    with pytest.raises(ValueError):
        analyze.timeline(linked, Filters(), by="year")


def test_dyads_and_network(linked):
    rows = analyze.dyads(linked, Filters())
    clash = next(r for r in rows if r["source_code"] == "ETHMIL")
    assert clash["target_code"] == "SDNMIL" and clash["events"] == 1 and clash["mentions"] == 2
    assert clash["conflict"] == 1 and clash["cooperation"] == 0 and clash["fatalities"] == 9
    graph = analyze.network(linked, Filters())
    assert {n["id"] for n in graph["nodes"]} == {"ETHMIL", "SDNMIL", "SDNGOV", "ETHGOV", "EGYGOV"}
    assert len(graph["edges"]) == 3 and all({"mean_goldstein", "cooperation", "conflict"} <= set(e) for e in graph["edges"])


def test_tension_series_is_daily_weighted_and_smoothed(store):
    store.write(quiet_then_clash())
    refresh(store)
    rows = analyze.tension(store, "ETH", "SDN")
    assert [r["date"] for r in rows] == [dt.date(2025, 3, 1) + dt.timedelta(days=n) for n in range(18)]
    quiet, clash = rows[16], rows[17]
    assert quiet["events"] == [] and quiet["raw"] == 0
    assert len(clash["events"]) == 1
    assert clash["raw"] == pytest.approx(10.0 * event_weight(3, 15), abs=1e-3)
    assert clash["score"] == pytest.approx(ALPHA * clash["raw"] + (1 - ALPHA) * quiet["score"], abs=1e-2)
    assert rows[0]["raw"] == -1.0 and rows[0]["score"] < 0  # cooperation lowers tension
    assert analyze.tension(store, "ETHMIL", "SDNMIL", ordered=True)[0]["date"] == dt.date(2025, 3, 18)
    assert analyze.tension(store, "SDNMIL", "ETHMIL", ordered=True) == []
    bounded = analyze.tension(store, "ETH", "SDN", since="2025-03-10", until="2025-03-12")
    assert [r["date"].day for r in bounded] == [10, 11, 12]


def test_alerts_flag_the_clash_and_list_its_events(store):
    store.write(quiet_then_clash())
    refresh(store)
    alerts = analyze.alerts(store)
    assert len(alerts) == 1
    alert = alerts[0]
    assert alert["direction"] == "escalation" and alert["date"] == dt.date(2025, 3, 18)
    assert (alert["source_code"], alert["target_code"]) == ("ETH", "SDN") and alert["z"] >= 2.5
    clash = store.query("SELECT id FROM canonical_events WHERE type = 'ASSAULT'")[0]["id"]
    assert clash in alert["events"] and "escalation" in alert["summary"]
    assert analyze.alerts(store, until="2025-03-10") == []


def test_plots_write_png_and_svg(store, tmp_path):
    from eventwire.analyze.plots import plot_dyads, plot_tension, plot_timeline
    from eventwire.errors import UsageError

    store.write(quiet_then_clash())
    refresh(store)
    png = plot_timeline(analyze.timeline(store, Filters()), tmp_path / "t.png")
    svg = plot_tension(analyze.tension(store, "ETH", "SDN"), tmp_path / "t.svg")
    assert png.read_bytes()[:4] == b"\x89PNG" and b"<svg" in svg.read_bytes()[:400]
    assert plot_dyads(analyze.dyads(store, Filters()), tmp_path / "d.png").stat().st_size > 1000
    with pytest.raises(UsageError):
        plot_timeline([], tmp_path / "t.gif")


def test_cli_commands_over_a_linked_store(cli, tmp_path):
    from eventwire.store import Store

    db = str(tmp_path / "linked.duckdb")
    with Store(db) as store:
        store.write(quiet_then_clash() + [article("Wire A", "2025-03-04", BORDER_A)])
    linked = json.loads(cli("link", "--db", db, "--json").stdout)
    assert linked["mentions"] == 21 and linked["merged"] == 2
    rows = [json.loads(x) for x in cli("events", "--db", db, "--json", "--type", "assault").stdout.splitlines()]
    clash = next(r for r in rows if r["n_mentions"] == 3)
    assert len(clash["mentions"]) == 3 and {"article_id", "event_id", "outlet", "sentence"} <= set(clash["mentions"][0])
    raw = cli("events", "--db", db, "--json", "--mentions", "--type", "assault").stdout.splitlines()
    assert len(raw) == 4
    explained = json.loads(cli("explain", clash["id"], "--db", db, "--json").stdout)
    assert len(explained["mentions"]) == 3 and explained["event"]["fatalities_max"] == 15
    assert cli("explain", "ce-unknown", "--db", db).exit_code != 0
    tension = [json.loads(x) for x in cli("tension", "eth", "sdn", "--db", db, "--json",
                                          "--plot", str(tmp_path / "t.svg")).stdout.splitlines()]
    assert tension[-1]["score"] > 0 and (tmp_path / "t.svg").exists()
    alerts = [json.loads(x) for x in cli("alerts", "--db", db, "--json").stdout.splitlines()]
    assert alerts and alerts[0]["direction"] == "escalation"
    assert "ETHGOV" in cli("dyads", "--db", db, "--csv").stdout
    stories = [json.loads(x) for x in cli("stories", "--db", db, "--json").stdout.splitlines()]
    assert sum(s["n_articles"] for s in stories) == 20
    story = cli("stories", "--db", db, "--story", stories[0]["id"], "--json").stdout.splitlines()
    assert len(story) == stories[0]["n_articles"]
    timeline = cli("timeline", "--db", db, "--json", "--plot", str(tmp_path / "tl.png"))
    assert timeline.exit_code == 0 and (tmp_path / "tl.png").exists()
