"""Write N distinct generated articles (recombined sample-corpus paragraphs) as JSON Lines.

    python benchmarks/make_articles.py 20000 /tmp/articles-20000.jsonl [examples/corpus]

The same generator ``eventwire bench --scale`` uses; handy for timing ``eventwire ingest
--workers N`` or ``eventwire spark-extract`` by hand on a corpus of any size.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from eventwire.bench import write_scale_corpus


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("out", type=Path, help="the JSON Lines file to write")
    parser.add_argument("corpus", nargs="*", default=["examples/corpus"], help="sample articles to recombine")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    write_scale_corpus(args.corpus, args.n, args.out, seed=args.seed)


if __name__ == "__main__":
    main()
