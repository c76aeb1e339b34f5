"""Story clustering: the publication-order sweep used above MAX_AGGLOMERATIVE articles gives the
stories of the whole-store connected-components computation, whatever the chunk sizes."""
from __future__ import annotations

import datetime as dt
import hashlib
import random

import numpy as np
import pytest

from eventwire.link import refresh
from eventwire.link import stories as stories_module
from eventwire.link.stories import cluster_stories
from eventwire.link.tfidf import TermCounter, tfidf, vectors
from eventwire.models import Actor, Article, Event, EventDate, Evidence, Extraction, Span
from eventwire.store import Store

TOPICS = {
    "dam": "reservoir nile dam filling turbines downstream water egypt sudan ethiopia talks",
    "border": "border troops shelling clash soldiers killed fashaga ethiopian sudanese army",
    "vote": "election ballots polling turnout candidates opposition commission count results",
    "bank": "central bank interest rates inflation currency reserves lending markets",
    "cup": "football final stadium goals striker coach league trophy fans",
}
FILLER = "said officials report week statement added people according spokesman"


def assault(n: int, date: str) -> Event:
    """An ETH military -> SDN military ASSAULT dated ``date`` (reports of one date are linked)."""
    sentence = f"Ethiopian troops shelled Sudanese positions ({n})."
    return Event(id=f"e{n}", type="ASSAULT", cameo="190", goldstein=-10.0, quad_class=4,
                 source=Actor(name="ETHMIL", text="Ethiopian troops", country="ETH", sector="MIL", code="ETHMIL"),
                 target=Actor(name="SDNMIL", text="Sudanese", country="SDN", sector="MIL", code="SDNMIL"),
                 date=EventDate(value=date, basis="explicit"), trigger=Span(text="shelled", start=0, end=7),
                 evidence=Evidence(sentence=0, start=0, end=len(sentence), text=sentence), confidence=0.8)


def make_article(n: int, topic: str, published: str | None, rng: random.Random, events: list[Event]) -> Extraction:
    """A short article on ``topic``: a random pick of its words and of common filler words."""
    words = TOPICS[topic].split()
    title = " ".join(rng.sample(words, 3))
    text = " ".join(rng.choice(words) if rng.random() < 0.7 else rng.choice(FILLER.split()) for _ in range(40))
    ident = hashlib.sha1(f"{n}{topic}{published}".encode()).hexdigest()[:16]
    return Extraction(article=Article(id=ident, title=title, outlet=f"outlet{n % 4}", published=published,
                                      published_basis="given" if published else "unknown", text=text + "."),
                      events=events)


def corpus(seed: int = 7) -> list[Extraction]:
    """About 70 articles over two months: runs of each topic with gaps longer and shorter than the
    window, several articles a day, two undated articles, and reports of common events."""
    rng = random.Random(seed)
    start = dt.date(2025, 3, 1)
    articles = []
    for n in range(68):
        topic = rng.choice(sorted(TOPICS))
        day = start + dt.timedelta(days=rng.choice([0, 1, 2, 3, 9, 10, 16, 22, 23, 24, 31, 40, 46, 47, 55]))
        events = [assault(n, day.isoformat())] if topic == "border" and rng.random() < 0.6 else []
        articles.append(make_article(n, topic, day.isoformat(), rng, events))
    articles += [make_article(100 + n, "cup", None, rng, []) for n in range(2)]
    return articles


@pytest.fixture()
def linked_store():
    with Store(":memory:") as store:
        store.write(corpus())
        refresh(store)
        yield store


def memberships(store: Store) -> dict[str, tuple[str, float]]:
    return {row["article_id"]: (row["story_id"], row["score"])
            for row in store.query("SELECT article_id, story_id, score FROM story_articles")}


def story_rows(store: Store) -> list[dict]:
    return store.query("SELECT * FROM stories ORDER BY id")


def reference_memberships(store: Store) -> dict[str, tuple[str, float]]:
    """The connected-components stories as computed before the sweep: TF-IDF over the whole store,
    every pair within the window, components of the links >= CONNECTED_THRESHOLD."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    articles = store.query("SELECT id, title, text, published FROM articles ORDER BY published NULLS LAST, id")
    n = len(articles)
    matrix, _ = tfidf([f"{a['title']}. {a['title']}. {a['text']}" for a in articles], min_df=2, max_df=0.6)
    cosine = (matrix @ matrix.T).toarray()
    days = [a["published"].toordinal() if a["published"] else None for a in articles]
    position = {a["id"]: k for k, a in enumerate(articles)}
    shared = {tuple(sorted((position[a], position[b]))) for a, b in store.con.execute(
        "SELECT x.article_id, y.article_id FROM event_links x JOIN event_links y "
        "ON x.canonical_id = y.canonical_id AND x.article_id < y.article_id").fetchall()}
    strength, links = np.zeros(n), []
    for i in range(n):
        for j in range(i + 1, n):
            near = days[i] is None and days[j] is None or \
                days[i] is not None and days[j] is not None and days[j] - days[i] <= stories_module.WINDOW_DAYS
            if not near or cosine[i, j] < stories_module.MIN_LINK:
                continue
            weight = min(1.0, cosine[i, j] + stories_module.SHARED_EVENT_BONUS * ((i, j) in shared))
            if weight >= stories_module.TEXT_THRESHOLD:
                strength[i], strength[j] = max(strength[i], weight), max(strength[j], weight)
            if weight >= stories_module.CONNECTED_THRESHOLD:
                links.append((i, j))
    rows, cols = (np.array([link[k] for link in links], dtype=int) for k in (0, 1))
    _, labels = connected_components(coo_matrix((np.ones(len(links)), (rows, cols)), shape=(n, n)), directed=False)
    earliest = {}
    for k, label in enumerate(labels):
        earliest.setdefault(label, articles[k]["id"])
    return {a["id"]: ("st-" + hashlib.sha1(earliest[labels[k]].encode()).hexdigest()[:12], float(strength[k]))
            for k, a in enumerate(articles)}


@pytest.fixture()
def sweep(monkeypatch):
    """Stores above 20 articles go through the sweep; chunks of about 7 articles, blocks of 3."""
    monkeypatch.setattr(stories_module, "MAX_AGGLOMERATIVE", 20)
    monkeypatch.setattr(stories_module, "TEXT_CHUNK", 7)
    monkeypatch.setattr(stories_module, "BLOCK_ARTICLES", 3)
    return monkeypatch


def test_sweep_gives_the_whole_store_components(linked_store, sweep):
    assert cluster_stories(linked_store) == len(story_rows(linked_store))
    got, expected = memberships(linked_store), reference_memberships(linked_store)
    assert got.keys() == expected.keys() and len(got) == 70
    assert {a: story for a, (story, _) in got.items()} == {a: story for a, (story, _) in expected.items()}
    assert {a: score for a, (_, score) in got.items()} == pytest.approx({a: s for a, (_, s) in expected.items()})
    sizes = sorted((row["n_articles"] for row in story_rows(linked_store)), reverse=True)
    assert sizes[0] > 2 and 1 in sizes           # real stories and loners: the test is not trivial
    assert any(row["n_events"] and "ASSAULT ETH->SDN" in row["label"] for row in story_rows(linked_store))


def test_sweep_results_do_not_depend_on_the_chunk_or_block_size(linked_store, sweep):
    cluster_stories(linked_store)
    small = memberships(linked_store), story_rows(linked_store)
    sweep.setattr(stories_module, "TEXT_CHUNK", 10**6)
    sweep.setattr(stories_module, "BLOCK_ARTICLES", 10**6)
    cluster_stories(linked_store)
    assert (memberships(linked_store), story_rows(linked_store)) == small   # labels and scores too, exactly


def test_story_rows_describe_their_members(linked_store, sweep):
    cluster_stories(linked_store)
    members = linked_store.query("SELECT s.id, count(*) AS n, min(a.published) AS first, max(a.published) AS last "
                                 "FROM stories s JOIN story_articles m ON m.story_id = s.id "
                                 "JOIN articles a ON a.id = m.article_id GROUP BY s.id ORDER BY s.id")
    assert [(r["id"], r["n_articles"], r["first_published"], r["last_published"]) for r in story_rows(linked_store)] \
        == [(r["id"], r["n"], r["first"], r["last"]) for r in members]
    undated = linked_store.query("SELECT m.story_id FROM story_articles m JOIN articles a ON a.id = m.article_id "
                                 "WHERE a.published IS NULL")
    assert len(undated) == 2
    for row in undated:   # the undated articles never join a dated story
        story = linked_store.query("SELECT first_published FROM stories WHERE id = ?", [row["story_id"]])[0]
        assert story["first_published"] is None
    assert all(row["label"] for row in story_rows(linked_store))


@pytest.mark.parametrize(("gap", "stories"), [(5, 1), (6, 2)])
def test_articles_link_within_the_window_only(sweep, gap, stories):
    rng = random.Random(3)
    first = make_article(1, "dam", "2025-03-01", rng, [])
    twin = Extraction(article=first.article.model_copy(update={
        "id": "f" * 16, "published": (dt.date(2025, 3, 1) + dt.timedelta(days=gap)).isoformat()}), events=[])
    others = [make_article(10 + k, "cup", f"2025-04-{k + 1:02d}", rng, []) for k in range(25)]
    with Store(":memory:") as store:
        store.write([first, twin, *others])
        cluster_stories(store)
        together = store.query("SELECT count(DISTINCT story_id) AS n FROM story_articles WHERE article_id IN (?, ?)",
                               [first.article.id, "f" * 16])[0]["n"]
    assert together == stories


def test_tfidf_rows_of_parts_are_those_of_the_whole_matrix():
    rng = random.Random(11)
    documents = [" ".join(rng.choice(TOPICS[t].split() + FILLER.split()) for _ in range(30))
                 for t in sorted(TOPICS) for _ in range(6)] + ["", "the of and"]
    whole, terms = tfidf(documents, min_df=2, max_df=0.6)
    counter = TermCounter()
    parts = [counter.count(documents[k:k + 4]) for k in range(0, len(documents), 4)]
    vocabulary = counter.vocabulary(min_df=2, max_df=0.6)
    assert list(vocabulary.terms) == list(terms) and counter.documents == len(documents)
    for k, part in enumerate(parts):
        rows, expected = vectors(part, vocabulary), whole[4 * k:4 * k + 4]
        assert np.array_equal(rows.indptr, expected.indptr) and np.array_equal(rows.indices, expected.indices)
        assert np.array_equal(rows.data, expected.data)      # bit for bit
    assert vectors(parts[-1], vocabulary)[-1].nnz == 0      # stop words only: an empty row


def test_a_store_without_usable_terms_gives_one_story_per_article(sweep):
    """Every word in every article (over the 0.6 document share): no vocabulary, no text links."""
    same = [Extraction(article=Article(id=f"{k:016x}", title="Cup final", outlet="x", text="Cup final tonight.",
                                       published=f"2025-03-{k % 3 + 1:02d}", published_basis="given"), events=[])
            for k in range(24)]
    with Store(":memory:") as store:
        store.write(same)
        assert cluster_stories(store) == 24
        assert {row["label"] for row in story_rows(store)} == {"Cup final"}
        assert {score for _, score in memberships(store).values()} == {0.0}
