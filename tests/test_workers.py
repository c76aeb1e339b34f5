"""``--workers N``: the process pool gives the single process's output, in order, reading lazily."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.models import Article

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def corpus_articles() -> list[Article]:
    from eventwire.ingest import read_inputs

    return [a for a in read_inputs([str(CORPUS / "wire.jsonl")]) if isinstance(a, Article)]


def test_two_workers_equal_one_process_record_for_record(corpus_articles):
    from eventwire.pipeline import extract_many

    one = [x.to_json() for x in extract_many(corpus_articles, workers=1)]
    two = [x.to_json() for x in extract_many(corpus_articles, workers=2, batch_size=3)]
    assert len(one) == len(corpus_articles)
    assert two == one


def test_duplicate_articles_in_one_chunk_each_come_back(corpus_articles):
    from eventwire.pipeline import extract_many

    doubled = [corpus_articles[0], corpus_articles[0], corpus_articles[1]]
    ids = [x.article.id for x in extract_many(doubled, workers=2, batch_size=3)]
    assert ids == [a.id for a in doubled]


def test_the_pool_reads_its_input_lazily(corpus_articles):
    from eventwire.pipeline import TASKS_PER_WORKER, extract_many

    pulled = 0

    def endless() -> Iterator[Article]:
        nonlocal pulled
        while True:
            for article in corpus_articles:
                pulled += 1
                yield article

    results = extract_many(endless(), workers=2, batch_size=2)
    first = next(results)
    results.close()
    assert first.article.id == corpus_articles[0].id
    # the in-flight window plus the chunk being assembled, never the whole (endless) input
    assert pulled <= (2 * TASKS_PER_WORKER + 1) * 2


def test_generated_bench_articles_are_distinct_and_dated(tmp_path):
    from eventwire.bench import write_scale_corpus
    from eventwire.ingest import read_inputs

    path = write_scale_corpus([str(CORPUS / "wire.jsonl")], 40, tmp_path / "gen.jsonl")
    articles = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
    assert len(articles) == 40
    assert len({a.id for a in articles}) == 40
    assert len({a.published[:7] for a in articles}) > 3


def test_the_half_size_bench_corpus_is_a_prefix_of_the_full_one(tmp_path):
    from eventwire.bench import write_scale_corpus

    full = write_scale_corpus([str(CORPUS / "wire.jsonl")], 20, tmp_path / "full.jsonl").read_text().splitlines()
    half = write_scale_corpus([str(CORPUS / "wire.jsonl")], 10, tmp_path / "half.jsonl").read_text().splitlines()
    assert half == full[:10]


def test_steady_rate_cancels_fixed_costs():
    from eventwire.bench import steady_rate

    # 12 s of start-up in both runs, then 20 articles/s: the steady rate is 20, whatever the start-up
    half, full = {"articles": 1000, "seconds": 12 + 50}, {"articles": 2000, "seconds": 12 + 100}
    assert steady_rate(half, full) == 20
    assert full["articles"] / full["seconds"] < 20


@pytest.mark.model
def test_a_parent_that_loaded_the_pipeline_only_for_its_workers_lets_it_go(tmp_path):
    """In a fresh process: after `ingest --workers 2` the parent holds no pipeline nor the data its
    components cached (the gazetteer), and the extractions equal those of a pipeline loaded again afterwards."""
    import subprocess
    import sys

    script = (
        "import json, sys\n"
        "from eventwire.ingest import read_inputs\n"
        "from eventwire.models import Article\n"
        "from eventwire.nlp import pipeline_loaded\n"
        "from eventwire.pipeline import extract_many\n"
        f"articles = [a for a in read_inputs([{str(CORPUS / 'wire.jsonl')!r}]) if isinstance(a, Article)][:4]\n"
        "parallel = [x.to_json() for x in extract_many(articles, workers=2)]\n"
        "from eventwire.extract.places import gazetteer\n"
        "released = not pipeline_loaded() and gazetteer.load_gazetteer.cache_info().currsize == 0\n"
        "again = [x.to_json() for x in extract_many(articles)]\n"
        "print(json.dumps({'released': released, 'same': parallel == again}))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == '{"released": true, "same": true}'


def test_a_sampled_scale_run_reports_its_peak_and_median_memory(tmp_path):
    from eventwire.bench import measure_scale, write_scale_corpus

    corpus = write_scale_corpus(["examples/corpus"], 6, tmp_path / "six.jsonl")
    result = measure_scale("single", corpus, tmp_path)
    assert result["articles"] == 6
    assert 0 < result["median_mb"] <= result["peak_mb"]
    assert 0 < result["own_median_mb"] <= result["median_mb"]   # one process, no workers
    assert result["others_median_mb"] == 0
    again = tmp_path / "again"
    again.mkdir()
    unsampled = measure_scale("single", corpus, again, sample_memory=False)
    assert unsampled["peak_mb"] is None and unsampled["median_mb"] is None
    assert unsampled["own_median_mb"] is None


def test_a_sampled_workers_run_reports_the_writer_and_its_workers_apart(tmp_path):
    from eventwire.bench import measure_scale, write_scale_corpus

    corpus = write_scale_corpus(["examples/corpus"], 12, tmp_path / "twelve.jsonl")
    result = measure_scale("workers2", corpus, tmp_path)
    assert result["articles"] == 12
    assert result["own_median_mb"] > 0
    assert 0 < result["others_peak_mb"] < result["peak_mb"]   # the forked workers, counted apart
