"""The HTTP API through FastAPI's test client: every endpoint, filters, pagination, errors, security."""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
XSS_TITLE = "<script>alert(1)</script>"
pytestmark = pytest.mark.model  # the corpus store is built with the English pipeline
XSS_TEXT = ("CAIRO, March 30 (Test Wire) - Egypt's foreign minister accused Ethiopia on Sunday of breaking its "
            "promises over the dam, and said Cairo would ask the Security Council to meet again next week.")


def build_corpus_store(path: Path) -> Path:
    """A store holding the sample corpus, linked into canonical events and stories."""
    from eventwire import link
    from eventwire.pipeline import run_ingest
    from eventwire.store import Store

    with Store(path) as store:
        run_ingest([str(CORPUS)], store)
        link.refresh(store)
    return path


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    return build_corpus_store(tmp_path_factory.mktemp("api") / "corpus.duckdb")


@pytest.fixture(scope="module")
def client(corpus_db):
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    with TestClient(create_app(str(corpus_db)), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture()
def writable_client(corpus_db, tmp_path):
    """A client over a copy of the corpus store, for tests that ingest."""
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    copy = tmp_path / "copy.duckdb"
    shutil.copy(corpus_db, copy)
    with TestClient(create_app(str(copy)), raise_server_exceptions=False) as test_client:
        yield test_client


def assert_error(response, status: int) -> dict:
    """The one JSON error shape, with the expected status."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "message", "detail"}
    assert body["error"]["status"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]


# -- meta ------------------------------------------------------------------------------------------
def test_health_reports_the_store_counts(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["counts"]["articles"] == 36
    assert body["counts"]["events"] > 50


def test_stats_lists_counts_by_type(client):
    rows = client.get("/api/stats").json()["items"]
    assert {"what": "articles", "count": 36} in rows
    assert any(r["what"].startswith("events of type ") for r in rows)


def test_openapi_documents_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/health", "/api/articles", "/api/articles/{article_id}", "/api/events", "/api/events/{event_id}",
                 "/api/quotes", "/api/actors", "/api/places", "/api/dyads", "/api/tension", "/api/alerts",
                 "/api/stories", "/api/search", "/api/timeline", "/api/network"):
        assert path in paths, path
    post = paths["/api/articles"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(post)


# -- articles --------------------------------------------------------------------------------------
def test_articles_paginate_without_overlap(client):
    first = client.get("/api/articles", params={"limit": 5}).json()
    second = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    assert first["count"] == 5 and first["next_offset"] == 5
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    last = client.get("/api/articles", params={"limit": 500}).json()
    assert last["count"] == 36 and last["next_offset"] is None


def test_articles_filter_by_outlet_and_dates(client):
    items = client.get("/api/articles", params={"outlet": "cairo lantern", "limit": 100}).json()["items"]
    assert items and all(a["outlet"] == "The Cairo Lantern" for a in items)
    dated = client.get("/api/articles", params={"since": "2025-03-20", "until": "2025-03-25"}).json()["items"]
    assert dated and all("2025-03-20" <= a["published"] <= "2025-03-25" for a in dated)


def test_article_comes_with_its_extraction(client):
    article_id = client.get("/api/articles", params={"limit": 1}).json()["items"][0]["id"]
    body = client.get(f"/api/articles/{article_id}").json()
    assert body["schema"] == "eventwire/1"
    text = body["article"]["text"]
    assert body["events"] and body["entities"]
    for event in body["events"]:
        assert text[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]


def test_unknown_article_is_a_json_404(client):
    error = assert_error(client.get("/api/articles/0000000000000000"), 404)
    assert "0000000000000000" in error["message"]


# -- events ----------------------------------------------------------------------------------------
def test_events_are_canonical_and_paginated(client):
    page = client.get("/api/events", params={"limit": 10}).json()
    assert page["count"] == 10 and page["next_offset"] == 10
    event = page["items"][0]
    for key in ("id", "type", "cameo", "goldstein", "quad_class", "source_code", "target_code", "n_mentions",
                "n_outlets", "evidence", "article_id", "event_id"):
        assert key in event
    following = client.get("/api/events", params={"limit": 10, "offset": 10}).json()["items"]
    assert not {e["id"] for e in page["items"]} & {e["id"] for e in following}


def test_events_without_a_context_flag(client):
    every = client.get("/api/events", params={"limit": 500}).json()["items"]
    kept = client.get("/api/events", params={"without": "negated", "limit": 500}).json()["items"]
    assert any("negated" in (e["context"] or "") for e in every)
    assert kept and not any("negated" in (e["context"] or "").split(",") for e in kept)
    assert client.get("/api/events", params={"without": "negated;drop"}).status_code == 422


def test_event_filters(client):
    assaults = client.get("/api/events", params={"type": "assault", "limit": 500}).json()["items"]
    assert assaults and all(e["type"] == "ASSAULT" for e in assaults)
    sudan = client.get("/api/events", params={"actor": "SDN", "limit": 500}).json()["items"]
    assert sudan and all("SDN" in (e["source_code"] or "") + (e["target_code"] or "") or
                         "Sudan" in (e["source_name"] or "") + (e["target_name"] or "") for e in sudan)
    window = client.get("/api/events", params={"since": "2025-03-10", "until": "2025-03-15", "limit": 500}).json()
    assert window["items"] and all("2025-03-10" <= e["date"] <= "2025-03-15" for e in window["items"])
    dyad = client.get("/api/events", params={"a": "EGY", "b": "ETH", "limit": 500}).json()["items"]
    assert dyad and all({(e["source_code"] or "")[:3], (e["target_code"] or "")[:3]} == {"EGY", "ETH"} for e in dyad)
    outlet = client.get("/api/events", params={"outlet": "Meridian", "limit": 500}).json()["items"]
    assert outlet


def test_event_place_filter(client):
    place = client.get("/api/places", params={"limit": 1}).json()["items"][0]
    events = client.get("/api/events", params={"place": place["name"], "limit": 500}).json()["items"]
    assert events and all(place["name"].lower() in (e["place_name"] or "").lower() or
                          e["place_country"] == place["name"].upper() for e in events)


def test_events_with_mentions(client):
    items = client.get("/api/events", params={"mentions": "true", "limit": 20}).json()["items"]
    assert all(len(e["mentions"]) >= 1 for e in items)
    assert {"article_id", "event_id", "outlet", "sentence", "evidence"} <= set(items[0]["mentions"][0])


@pytest.mark.parametrize("params", [
    {"limit": 501}, {"limit": 0}, {"offset": -1}, {"type": "BOMBING"}, {"since": "2025-13-01"},
    {"since": "2025-03-20", "until": "2025-03-01"}, {"a": "EGY"}, {"a": "E1"}, {"actor": "x" * 65},
    {"actor": "EGY; DROP TABLE events"},
])
def test_invalid_event_parameters_are_422(client, params):
    error = assert_error(client.get("/api/events", params=params), 422)
    assert error["message"]


def test_explain_lists_the_reports_of_an_event(client):
    merged = next(e for e in client.get("/api/events", params={"limit": 500}).json()["items"] if e["n_mentions"] > 1)
    body = client.get(f"/api/events/{merged['id']}").json()
    assert body["event"]["id"] == merged["id"]
    assert len(body["mentions"]) == merged["n_mentions"]
    assert all(m["evidence"] and m["article_id"] for m in body["mentions"])


def test_unknown_event_is_a_json_404(client):
    assert_error(client.get("/api/events/ce-does-not-exist"), 404)


def test_mentions_are_raw_events(client):
    page = client.get("/api/mentions", params={"limit": 5, "type": "ASSAULT"}).json()
    assert page["count"] >= 1 and all(m["type"] == "ASSAULT" for m in page["items"])


# -- quotes, actors, places --------------------------------------------------------------------------
def test_quotes_filter_by_speaker(client):
    everything = client.get("/api/quotes", params={"limit": 500}).json()["items"]
    speaker = next(q["speaker_code"] for q in everything if q["speaker_code"])
    items = client.get("/api/quotes", params={"speaker": speaker, "limit": 500}).json()["items"]
    assert items and len(items) < len(everything)
    assert all(q["speaker_code"] == speaker or speaker[:3] in (q["speaker_code"] or "") or q["speaker_text"]
               for q in items)


def test_listed_quotes_point_back_at_their_text_and_speaker(client):
    quote = next(q for q in client.get("/api/quotes", params={"limit": 500}).json()["items"] if q["speaker_start"] is not None)
    text = client.get(f"/api/articles/{quote['article_id']}").json()["article"]["text"]
    assert text[quote["speaker_start"]:quote["speaker_end"]] == quote["speaker_text"]
    assert text[quote["start_char"]:quote["end_char"]] == quote["text"]


def test_actors_ranked_and_searchable(client):
    items = client.get("/api/actors").json()["items"]
    assert items[0]["events"] >= items[-1]["events"]
    egypt = client.get("/api/actors", params={"q": "EGY"}).json()["items"]
    assert egypt and all(a["country"] == "EGY" or a["code"] == "EGY" or "egypt" in (a["name"] or "").lower()
                         for a in egypt)


def test_places_have_coordinates(client):
    items = client.get("/api/places", params={"limit": 50}).json()["items"]
    assert items and all(p["lat"] is None or -90 <= p["lat"] <= 90 for p in items)
    assert any(p["name"] == "Cairo" for p in items)


# -- analysis --------------------------------------------------------------------------------------
def test_dyads_tension_and_alerts(client):
    dyads = client.get("/api/dyads", params={"limit": 5}).json()["items"]
    assert dyads and {"source_code", "target_code", "events", "mean_goldstein"} <= set(dyads[0])
    series = client.get("/api/tension", params={"a": "egy", "b": "eth"}).json()
    assert series["a"] == "EGY" and series["items"]
    assert {"date", "raw", "score", "events"} <= set(series["items"][0])
    alerts = client.get("/api/alerts", params={"limit": 3}).json()
    assert alerts["count"] <= 3
    assert_error(client.get("/api/tension", params={"a": "EGY"}), 422)


def test_timeline_and_network(client):
    weekly = client.get("/api/timeline", params={"by": "week"}).json()
    assert weekly["by"] == "week" and sum(row["events"] for row in weekly["items"]) > 50
    assert_error(client.get("/api/timeline", params={"by": "hour"}), 422)
    network = client.get("/api/network").json()
    codes = {n["id"] for n in network["nodes"]}
    assert network["edges"] and all(e["source"] in codes and e["target"] in codes for e in network["edges"])


def test_stories_and_their_articles(client):
    stories = client.get("/api/stories").json()["items"]
    assert stories
    story = client.get(f"/api/stories/{stories[0]['id']}").json()
    assert story["count"] == stories[0]["n_articles"]
    assert_error(client.get("/api/stories/st-nothing"), 404)


# -- search ----------------------------------------------------------------------------------------
def test_search_ranks_title_hits_first(client):
    body = client.get("/api/search", params={"q": "ceasefire Addis"}).json()
    assert body["items"], body
    top = body["items"][0]
    assert "ceasefire" in top["title"].lower()
    assert [r["score"] for r in body["items"]] == sorted((r["score"] for r in body["items"]), reverse=True)
    assert all("ceasefire" in r["snippet"].lower() or "addis" in r["snippet"].lower() for r in body["items"])


def test_search_treats_sql_and_wildcards_as_words(client):
    for query in ("' OR 1=1 --", "%", "_", "dam'); DROP TABLE articles; --"):
        response = client.get("/api/search", params={"q": query})
        assert response.status_code in (200, 422), query
    assert client.get("/api/health").json()["counts"]["articles"] == 36
    assert client.get("/api/search", params={"q": "zzzunknownword"}).json()["items"] == []
    assert_error(client.get("/api/search", params={"q": "!!!"}), 422)
    assert_error(client.get("/api/search"), 422)


# -- errors, pages, security -------------------------------------------------------------------------
def test_unknown_api_path_is_json_and_page_is_html(client):
    assert_error(client.get("/api/nothing-here"), 404)
    page = client.get("/no-such-page", headers={"accept": "text/html"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Not found" in page.text
    assert_error(client.delete("/api/events"), 405)


def test_security_headers_on_pages_and_api(client):
    for path in ("/", "/api/health", "/static/app.css", "/api/nothing-here"):
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, path
        assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"


def test_a_failure_is_a_500_in_the_error_shape(client, monkeypatch):
    from eventwire import analyze

    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(analyze, "alerts", broken)
    response = client.get("/api/alerts")
    error = assert_error(response, 500)
    assert "secret" not in response.text and "log" in error["message"]
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page = client.get("/", headers={"accept": "text/html"})
    assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("path", ["/", "/timeline", "/map", "/network", "/dyads/EGY/ETH", "/search?q=dam"])
def test_pages_render(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<script>" not in response.text  # scripts only by src: the CSP allows nothing inline


def test_page_parameters_are_validated(client):
    assert client.get("/dyads/EG1/ETH", headers={"accept": "text/html"}).status_code == 422
    response = client.get("/articles/nope<x>", headers={"accept": "text/html"})
    assert response.status_code in (404, 422) and "<x>" not in response.text


def test_article_page_marks_entities_and_event_fields(client):
    article = next(a for a in client.get("/api/articles", params={"limit": 100}).json()["items"] if a["n_events"])
    html = client.get(f"/articles/{article['id']}").text
    assert 'class="seg' in html and "k-trigger" in html and "k-entity" in html
    assert 'class="field"' in html and "data-how=" in html


def test_an_inferred_target_is_shown_as_inferred_with_the_sentence_as_evidence(nlp):
    from conftest import pipeline_without
    from eventwire.pipeline import extract_many, make_article
    from eventwire.web.highlight import field_evidence

    text = ("Ethiopia and Sudan traded accusations on Monday over the disputed border. "
            "Sudan said Ethiopian troops had crossed into its territory. "
            "Ethiopia has refused to withdraw. Sudanese officials met Ethiopian envoys in Khartoum last week.")
    # the rules' inferred target, before the keeper (which finds it too unsure to keep)
    article = make_article(text, published="2025-03-10")
    extraction = next(extract_many([article], nlp=pipeline_without("keep_events")))
    inferred = [e for e in extraction.events if e.target and "target-inferred" in e.context]
    assert inferred
    [target] = [f for f in field_evidence(inferred[0], extraction) if f.name == "target"]
    assert target.value.endswith("(inferred)") and "not named in this sentence" in target.how
    assert (target.start, target.end) == (inferred[0].evidence.start, inferred[0].evidence.end)


def test_article_page_names_whom_a_pronoun_speaker_stands_for(client):
    import html

    for article in client.get("/api/articles", params={"limit": 100}).json()["items"]:
        quotes = client.get(f"/api/articles/{article['id']}").json()["quotes"]
        stand_ins = [q for q in quotes if q["speaker"] and q["speaker"]["text"] and q["speaker_text"]
                     and q["speaker"]["text"] != q["speaker_text"]]
        if stand_ins:
            page = client.get(f"/articles/{article['id']}").text
            q = stand_ins[0]
            assert html.escape(f"{q['speaker_text']} ({q['speaker']['text']})", quote=False) in page
            return
    raise AssertionError("no quote in the sample corpus has a speaker standing for another phrase")


def test_body_size_limit(corpus_db, tmp_path):
    from fastapi.testclient import TestClient

    from eventwire.api import ApiSettings, create_app

    copy = tmp_path / "small.duckdb"
    shutil.copy(corpus_db, copy)
    with TestClient(create_app(str(copy), settings=ApiSettings(max_body_bytes=2000))) as small:
        error = assert_error(small.post("/api/articles", json={"text": "x" * 5000}), 413)
        assert "2000" in error["message"]
        streamed = small.post("/api/articles", content=(b'{"text": "' + b"x" * 500 for _ in range(10)),
                              headers={"content-type": "application/json"})
        assert_error(streamed, 413)
        files = small.post("/api/articles", files={"file": ("big.txt", b"y" * 5000, "text/plain")})
        assert_error(files, 413)


def test_default_body_limit_is_five_megabytes(client):
    assert_error(client.post("/api/articles", content=b"{" + b" " * (5 * 1024 * 1024 + 10) + b"}",
                             headers={"content-type": "application/json"}), 413)


@pytest.mark.parametrize("payload", [{}, {"text": ""}, {"text": "ok", "extra": 1}, {"text": "ok", "published": "soon"},
                                     {"text": "ok", "url": "javascript:alert(1)"}])
def test_invalid_json_articles_are_422(client, payload):
    assert_error(client.post("/api/articles", json=payload), 422)


def test_unsupported_uploads_are_415(client):
    assert_error(client.post("/api/articles", content=b"plain", headers={"content-type": "text/plain"}), 415)
    assert_error(client.post("/api/articles", files={"file": ("report.pdf", b"%PDF-1.4", "application/pdf")}), 415)
    assert_error(client.post("/api/articles", files={"other": ("a.txt", b"text", "text/plain")}), 422)


# -- ingest (loads the English pipeline) -------------------------------------------------------------
@pytest.mark.model
def test_post_json_article_and_xss_stays_text(writable_client):
    response = writable_client.post("/api/articles", json={
        "title": XSS_TITLE, "outlet": "Test Wire", "published": "2025-03-30", "url": "https://example.org/x",
        "text": XSS_TEXT})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["id"] and body["ids"] == [body["id"]] and body["new"] == 1 and body["events"] >= 1
    stored = writable_client.get(f"/api/articles/{body['id']}").json()
    assert stored["article"]["title"] == XSS_TITLE
    page = writable_client.get(f"/articles/{body['id']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and XSS_TITLE not in page
    listed = writable_client.get("/search", params={"q": "promises dam"}).text
    assert "&lt;script&gt;" in listed and XSS_TITLE not in listed
    again = writable_client.post("/api/articles", json={"title": XSS_TITLE, "outlet": "Test Wire",
                                                        "published": "2025-03-30", "text": XSS_TEXT})
    assert again.status_code == 201 and again.json()["new"] == 0 and again.json()["id"] == body["id"]


@pytest.mark.model
def test_post_file_upload_through_the_readers(writable_client):
    upload = "Title: Sudan closes border crossing\nOutlet: Upload Desk\nDate: 2025-03-31\n\n" + XSS_TEXT
    response = writable_client.post("/api/articles", files={"file": ("note.txt", upload.encode(), "text/plain")},
                                    data={"published": "2025-03-31"})
    assert response.status_code == 201, response.text
    article_id = response.json()["id"]
    stored = writable_client.get(f"/api/articles/{article_id}").json()["article"]
    assert stored["published"] == "2025-03-31" and stored["source"] == "upload:note.txt"
    also = writable_client.post("/articles", json={"title": "Short", "text": "Egypt and Sudan held talks on Monday."})
    assert also.status_code == 201 and also.json()["id"]


@pytest.mark.model
def test_reads_continue_while_an_article_is_ingested(writable_client):
    results: dict[str, int] = {}

    def post() -> None:
        results["post"] = writable_client.post("/api/articles", json={
            "title": "Concurrent", "outlet": "Test Wire", "published": "2025-03-30",
            "text": XSS_TEXT + " Sudan rejected the proposal."}).status_code

    worker = threading.Thread(target=post)
    worker.start()
    statuses = []
    while worker.is_alive() or len(statuses) < 5:
        statuses.append(writable_client.get("/api/events", params={"limit": 50}).status_code)
        statuses.append(writable_client.get("/api/articles", params={"limit": 50}).status_code)
    worker.join()
    assert results["post"] == 201
    assert set(statuses) == {200}
    assert writable_client.get("/api/health").json()["counts"]["articles"] == 37


# -- helpers of the web UI -------------------------------------------------------------------------
def test_search_highlight_escapes_everything_but_marks():
    from eventwire.web import mark_terms

    out = str(mark_terms("<b>Dam</b> talks & dams", ["dam"]))
    assert out == "&lt;b&gt;<mark>Dam</mark>&lt;/b&gt; talks &amp; <mark>dam</mark>s"


def test_map_boundaries_come_from_the_package():
    from eventwire.web import boundaries

    if not boundaries.boundaries_available():
        pytest.skip("world-atlas is not installed: run `npm ci --prefix eventwire/web`")
    outlines = {c.iso3: c for c in boundaries.countries()}
    assert {"EGY", "ETH", "SDN"} <= set(outlines)
    assert outlines["EGY"].path.startswith("M") and outlines["EGY"].path.endswith("Z")
    x, y = boundaries.project(31.2, 30.0)  # Cairo: east of Greenwich, north of the equator
    assert boundaries.WIDTH / 2 < x < boundaries.WIDTH and 0 < y < boundaries.HEIGHT / 2
