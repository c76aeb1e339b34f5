"""Turning the paths a user gives into a stream of input files (or rejects), in order."""
from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence

from eventwire.models import Reject

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


# Documentation that lives beside a corpus is not an article: skipped when walking a directory
# (a file named explicitly is still read).
DOC_FILE_NAMES = frozenset({"readme", "readme.md", "readme.txt", "license", "license.txt", "source.md"})


def is_hidden(name: str) -> bool:
    """Whether a file or directory name is hidden (starts with a dot)."""
    return name.startswith(".")


def is_documentation(name: str) -> bool:
    """README/LICENSE files and Markdown notes beside the articles."""
    return name.lower() in DOC_FILE_NAMES or name.lower().endswith(".md")


def walk_files(root: str) -> Iterator[str]:
    """The non-hidden files under ``root``, depth first in name order, one directory at a time.

    Files and subdirectories of a directory are visited together in name order; symlinked
    directories are followed once (no cycles).
    """
    seen: set[str] = set()

    def visit(directory: str) -> Iterator[str]:
        real = os.path.realpath(directory)
        if real in seen:
            return
        seen.add(real)
        try:
            with os.scandir(directory) as scan:
                entries = sorted((entry for entry in scan if not is_hidden(entry.name)), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.is_dir():
                yield from visit(entry.path)
            elif entry.is_file() and not is_documentation(entry.name):
                yield entry.path

    yield from visit(root)


def _directory_files(path: str) -> Iterator[str | Reject]:
    """The files of a directory, or one reject when it has none."""
    found = False
    for file in walk_files(path):
        found = True
        yield file
    if not found:
        yield Reject(
            file=path,
            reason="no readable files in the directory (hidden files and README/.md notes are skipped); "
            "check the path or add .txt, .jsonl, .csv or .html files",
        )


def has_glob_magic(path: str) -> bool:
    """Whether ``path`` contains glob wildcards."""
    return any(char in _GLOB_CHARS for char in path)


def _glob_files(pattern: str) -> Iterator[str | Reject]:
    """The files matched by a glob pattern (directories expanded), or one reject if none."""
    matches = sorted(glob.iglob(pattern, recursive=True))
    if not matches:
        yield Reject(
            file=pattern,
            reason="no files match the pattern; check the pattern and the directory it starts from",
        )
        return
    for match in matches:
        if os.path.isdir(match):
            yield from _directory_files(match)
        else:
            yield match


def expand_inputs(paths: Sequence[str]) -> Iterator[str | Reject]:
    """Each input path as files to read ("-" for stdin), with rejects for paths that give none."""
    for path in paths:
        if path == STDIN:
            yield STDIN
        elif os.path.isdir(path):
            yield from _directory_files(path)
        elif os.path.exists(path):
            yield path
        elif has_glob_magic(path):
            yield from _glob_files(path)
        else:
            yield Reject(file=path, reason="no such file or directory; check the path")
