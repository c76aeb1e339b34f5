"""JVM options for local Spark runs (eventwire.spark.jvm): C1 JIT and the class archive's life."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from eventwire.spark import jvm


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(jvm, "archive_key", lambda: "k1")
    return tmp_path / jvm.ARCHIVE_FOLDER


def finished_pid() -> int:
    """The id of a process that has already exited."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def test_the_first_local_run_records_an_archive_named_after_its_driver(cache):
    options = jvm.local_java_options().split()
    assert "-XX:TieredStopAtLevel=1" in options
    assert f"-XX:ArchiveClassesAtExit={cache / f'k1.jsa.{os.getpid()}.tmp'}" in options


def test_a_finished_recording_becomes_the_archive_later_runs_map(cache):
    cache.mkdir(parents=True)
    (cache / f"k1.jsa.{finished_pid()}.tmp").write_bytes(b"archive")
    options = jvm.local_java_options().split()
    assert f"-XX:SharedArchiveFile={cache / 'k1.jsa'}" in options
    assert not list(cache.glob("*.tmp"))


def test_a_recording_whose_jvm_still_runs_is_left_alone(cache):
    cache.mkdir(parents=True)
    recording = cache / f"k1.jsa.{finished_pid()}.tmp"
    recording.write_bytes(b"half written")
    jvm.mark_recording_jvm(f"-XX:ArchiveClassesAtExit={recording}", os.getpid())   # this process: alive
    assert jvm.promote_finished(cache, "k1") is None
    assert recording.exists()


def test_no_archive_when_caching_is_off(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", "off")
    options = jvm.local_java_options()
    assert "Archive" not in options
    assert "-XX:TieredStopAtLevel=1" in options
