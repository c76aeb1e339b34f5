"""The eventwire pipeline, one direction: read -> parse -> extract -> store.

``run_ingest`` is the whole path for a set of inputs:
    1. read     ``eventwire.ingest.read_inputs`` streams Articles (and Rejects) from files;
    2. parse    one spaCy pipeline per process, documents in ``nlp.pipe`` batches;
    3. extract  our components (times, actors, places, quotes, events) fill the Doc;
                ``doc_to_extraction`` turns the Doc into the ``eventwire/1`` contract;
    4. store    batches of Extractions go to DuckDB, one transaction per batch.
Linking and analysis run later over the store. ``extract`` and ``extract_many`` are the
Python API for steps 2-3 without a store.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.models import Article, Entity, Extraction, Reject, Sentence

if TYPE_CHECKING:
    from eventwire.store.duck import Store

# Entity labels that are timexes or quantities, reported through ``timexes``/counts instead.
NON_NAME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}


def make_article(text: str, published: str | None = None, title: str = "", outlet: str = "",
                 url: str | None = None) -> Article:
    """An Article from raw text, with the same id and date rules as file input."""
    from eventwire.ingest import make_article as _make

    return _make(text, title=title, outlet=outlet, url=url, published=published)


# -- step 2-3: parse and extract --------------------------------------------------------------
def _pipeline(nlp: Language | None) -> Language:
    from eventwire.nlp import load_pipeline

    return nlp or load_pipeline()


def prepared_doc(nlp: Language, article: Article) -> Doc:
    """``article``'s text as a Doc not yet through the pipeline, dated by its publication (what every
    batch run feeds ``nlp.pipe``; the training and diagnosis tools use it too)."""
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.title = article.title or None
    return doc


def doc_to_extraction(doc: Doc, article: Article) -> Extraction:
    """The contract object for one processed Doc."""
    sentences = []
    for i, sent in enumerate(doc.sents):
        start, end = trimmed_span(doc.text, sent.start_char, sent.end_char)
        sentences.append(Sentence(index=i, start=start, end=end, text=doc.text[start:end]))
    return Extraction(
        article=article,
        sentences=sentences,
        entities=merge_entities(doc),
        timexes=list(doc._.timexes or []),
        events=list(doc._.events or []),
        quotes=list(doc._.quotes or []),
    )


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` moved inward past surrounding whitespace (spaCy keeps it on sentences)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def merge_entities(doc: Doc) -> list[Entity]:
    """Actor mentions, places and the model's other named entities, one entry per span."""
    by_span: dict[tuple[int, int], Entity] = {}
    for mention in doc._.actor_mentions or []:
        by_span[(mention.start, mention.end)] = mention
    for place in doc._.places or []:
        key = (place.start, place.end)
        if key in by_span:
            by_span[key] = by_span[key].model_copy(update={"place": place.place})
        else:
            by_span[key] = place
    taken = [(s, e) for s, e in by_span]
    for ent in doc.ents:
        if ent.label_ in NON_NAME_LABELS:
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in taken):
            continue
        by_span[(ent.start_char, ent.end_char)] = Entity(text=ent.text, label=ent.label_, start=ent.start_char,
                                                         end=ent.end_char)
    return [by_span[k] for k in sorted(by_span)]


ErrorHandler = Callable[[Article, Exception], None]


def extract_many(articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int | None = None,
                 workers: int = 1, on_error: ErrorHandler | None = None) -> Iterator[Extraction]:
    """Extractions for ``articles``, in input order; ``workers`` > 1 uses that many processes.

    An article the pipeline fails on is passed to ``on_error`` (and left out) so that one bad
    article does not stop a batch; without ``on_error`` the exception propagates.
    """
    from eventwire.settings import setting

    batch_size = batch_size or setting("model", "batch_size")
    if workers > 1:
        yield from _extract_parallel(articles, batch_size, workers, on_error)
        return
    nlp = _pipeline(nlp)
    for chunk in _chunks(articles, batch_size):
        yield from _extract_chunk(nlp, chunk, batch_size, on_error)


def _extract_chunk(nlp: Language, chunk: list[Article], batch_size: int,
                   on_error: ErrorHandler | None) -> Iterator[Extraction]:
    """One ``nlp.pipe`` batch; if it fails, the articles one by one, so only the bad one is lost."""
    try:
        docs = list(nlp.pipe((prepared_doc(nlp, a) for a in chunk), batch_size=batch_size))
    except Exception:
        if on_error is None:
            raise
        for article in chunk:
            try:
                doc = nlp(prepared_doc(nlp, article))
            except Exception as exc:  # noqa: BLE001 - reported to the caller as a reject
                on_error(article, exc)
                continue
            yield doc_to_extraction(doc, article)
        return
    for article, doc in zip(chunk, docs):
        yield doc_to_extraction(doc, article)
    del docs
    _release_after_batch()


def _write_batch(store: Store, rows: list[dict[str, list[dict]]]) -> int:
    """Write one batch (one transaction, so it can be tried again), with more memory if the store's
    indexes no longer fit the write limit (``Store.with_memory_to_spare`` then leaves the limit room
    for the indexes the batch pinned)."""
    return store.with_memory_to_spare(lambda: store.write_rows(rows))


def _release_after_batch() -> None:
    """A batch's objects (its Docs, or its written rows) are gone: give the heap's free pages back
    (``[model] release_after_batch``)."""
    from eventwire.allocator import release_free_memory
    from eventwire.settings import setting

    if setting("model", "release_after_batch"):
        release_free_memory()


def extract(text: str, published: str | None = None, title: str = "", outlet: str = "",
            url: str | None = None) -> Extraction:
    """The Python API: everything eventwire finds in one article's text."""
    article = make_article(text, published=published, title=title, outlet=outlet, url=url)
    return next(extract_many([article]))


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


# -- several processes -------------------------------------------------------------------------
# The parent reads and stores. Workers receive plain dicts (cheap to
# pickle) and send back JSON strings, so no pydantic object crosses a process boundary. At most
# ``TASKS_PER_WORKER`` chunks per worker are in flight, so memory stays flat however long the
# input is (``Pool.imap`` would drain the whole input iterator into its task queue).
TASKS_PER_WORKER = 3
_WORKER_NLP: Language | None = None


def _worker_init() -> None:
    """Load the pipeline once per worker process, with single-threaded numeric libraries."""
    global _WORKER_NLP
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:
        pass
    from eventwire.nlp import load_pipeline

    _WORKER_NLP = load_pipeline()


def _start_pool(workers: int):
    """The worker pool. On Linux the parent loads the pipeline once and forks: the workers start
    at once and share the model's pages copy-on-write (as spaCy's own ``n_process`` does); where
    fork is unavailable they are spawned and each loads the pipeline itself.
    """
    import gc
    import sys

    if sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods():
        from eventwire.nlp import load_pipeline, pipeline_loaded, release_pipeline

        loaded_here = not pipeline_loaded()
        load_pipeline()  # cached: the forked workers' _worker_init finds it loaded
        # Frozen, the model's objects are never visited by the workers' garbage collector, whose
        # visits write to each object and so copy the pages the workers share with this process
        # (measured: 196 instead of 232 MB private per worker after 2,000 articles).
        gc.collect()
        gc.freeze()
        try:
            pool = multiprocessing.get_context("fork").Pool(workers, initializer=_worker_init)
        finally:
            gc.unfreeze()   # here only: the workers keep theirs frozen
        if loaded_here:
            # The parent loaded it only to hand it over. Reference counting makes each worker copy
            # the pages it touches anyway, so the parent's copy would soon be memory nobody uses,
            # held through the linking at the end of the ingest.
            release_pipeline()
        return pool
    return multiprocessing.get_context("spawn").Pool(workers, initializer=_worker_init)


def _worker_extract(records: list[dict], as_rows: bool = False) -> list[tuple[int, object, bool]]:
    """``(position, payload, ok)`` per article: the extraction's JSON (or, ``as_rows``, its table
    rows, ``eventwire.store.rows.extraction_rows``), or the error text."""
    from eventwire.store.rows import extraction_rows

    articles = [Article(**record) for record in records]
    failures: dict[int, str] = {}  # keyed by object identity: duplicate ids stay distinct

    def failed(article: Article, exc: Exception) -> None:
        failures[id(article)] = repr(exc)

    extracted = iter(list(_extract_chunk(_WORKER_NLP, articles, len(articles) or 1, failed)))
    results: list[tuple[int, object, bool]] = []
    for position, article in enumerate(articles):
        if id(article) in failures:
            results.append((position, failures[id(article)], False))
        else:
            extraction = next(extracted)
            results.append((position, extraction_rows(extraction) if as_rows else extraction.to_json(), True))
    return results


def _parallel_results(chunk: list[Article], results: list[tuple[int, object, bool]],
                      on_error: ErrorHandler | None, as_rows: bool = False) -> Iterator:
    """The extractions (or row sets) of one finished chunk, in input order; failures go to ``on_error``."""
    for position, payload, ok in results:
        if ok:
            yield payload if as_rows else Extraction.from_json(payload)
        elif on_error is None:
            raise RuntimeError(f"extraction failed for article {chunk[position].id}: {payload}")
        else:
            on_error(chunk[position], RuntimeError(payload))


def _extract_parallel(articles: Iterable[Article], batch_size: int, workers: int,
                      on_error: ErrorHandler | None, as_rows: bool = False) -> Iterator:
    """A process pool with one pipeline per worker; chunks come back in input order.

    The pool starts before the first article is read; a bounded window of chunks keeps memory
    flat whatever the input's length.
    """
    from collections import deque

    window = max(2, workers * TASKS_PER_WORKER)
    with _start_pool(workers) as pool:
        pending: deque = deque()
        for chunk in _chunks(articles, batch_size):
            records = [article.model_dump() for article in chunk]
            pending.append((chunk, pool.apply_async(_worker_extract, (records, as_rows))))
            while len(pending) >= window:
                done, result = pending.popleft()
                yield from _parallel_results(done, result.get(), on_error, as_rows)
        while pending:
            done, result = pending.popleft()
            yield from _parallel_results(done, result.get(), on_error, as_rows)


def extract_rows(articles: Iterable[Article], *, workers: int = 1,
                 on_error: ErrorHandler | None = None) -> Iterator[dict[str, list[dict]]]:
    """The store's rows of each article (``eventwire.store.rows.extraction_rows``), in input order.

    With several workers the workers build the rows, so the process that writes them parses
    nothing: it receives plain dicts instead of extractions to validate again."""
    from eventwire.settings import setting
    from eventwire.store.rows import extraction_rows

    if workers > 1:
        yield from _extract_parallel(articles, setting("model", "batch_size"), workers, on_error, as_rows=True)
        return
    for extraction in extract_many(articles, on_error=on_error):
        yield extraction_rows(extraction)


# -- the whole path: read, parse, extract, store ----------------------------------------------
@dataclass
class IngestReport:
    articles_read: int = 0
    articles_new: int = 0
    events: int = 0
    quotes: int = 0
    rejects: list[Reject] = field(default_factory=list)
    linked: dict = field(default_factory=dict)   # what eventwire.link.refresh did with the new events


def run_ingest(paths: Sequence[str], store, *, published: str | None = None, column_map: dict | None = None,
               workers: int = 1, progress: Callable[[IngestReport], None] | None = None,
               stdin=None, max_chars: int | None = None) -> IngestReport:
    """Read ``paths``, extract every article, write the results to ``store`` and link them.

    Stages: 1 read (``eventwire.ingest``), 2 parse and 3 extract (one spaCy pipeline, batched,
    ``workers`` processes), 4 store (one transaction per write batch), 5 link (reports of the same
    event merged across articles, stories re-clustered: ``eventwire.link.refresh``).
    Rejected inputs are recorded in the store's ``ingest_errors`` and in the report; the rest
    of the batch goes on. Each write batch is one transaction, so nothing is half-written.
    """
    from eventwire.ingest import read_inputs
    from eventwire.settings import setting

    report = IngestReport()
    write_batch = setting("ingest", "write_batch")
    inputs = read_inputs(paths, published=published, column_map=column_map,
                         max_chars=max_chars or setting("ingest", "max_chars"), stdin=stdin)

    def articles_only() -> Iterator[Article]:
        for item in inputs:
            if isinstance(item, Reject):
                report.rejects.append(item)
                store.record_rejects([item])
                if progress:
                    progress(report)
                continue
            yield item

    def failed(article: Article, exc: Exception) -> None:
        file, _, line = (article.source or article.id).rpartition(":")
        where = (file, int(line)) if line.isdigit() else (article.source or article.id, None)
        reject = Reject(file=where[0], line=where[1],
                        reason=f"extraction failed ({type(exc).__name__}: {exc}); the article was skipped, "
                               "please report it with the input")
        report.rejects.append(reject)
        store.record_rejects([reject])

    buffer: list[dict[str, list[dict]]] = []
    read_ids: list[str] = []
    with store.memory_limited(setting("ingest", "write_memory_limit")):   # flat as the store grows
        for rows in extract_rows(articles_only(), workers=workers, on_error=failed):
            buffer.append(rows)
            read_ids.append(rows["articles"][0]["id"])
            report.articles_read += 1
            report.events += len(rows["events"])
            report.quotes += len(rows["quotes"])
            if len(buffer) >= write_batch:
                report.articles_new += _write_batch(store, buffer)
                buffer = []
                _release_after_batch()   # the written rows' objects are gone
            if progress:
                progress(report)
        if buffer:
            report.articles_new += _write_batch(store, buffer)
    if report.articles_new:
        from eventwire.link import refresh

        with store.memory_limited(setting("ingest", "link_memory_limit")):   # flat as the store grows
            report.linked = refresh(store, read_ids)   # cross-article events and stories, incrementally
    return report
