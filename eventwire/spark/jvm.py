"""JVM options for local Spark runs, where the driver JVM shares the machine's cores with the
Python workers: a JIT that compiles less, and an archive of the classes Spark loads.

Both are standard HotSpot features (Java 17, which Spark 4 requires):

- ``-XX:TieredStopAtLevel=1`` keeps the JVM on its quick C1 compiler. A run of a few minutes never
  repays C2's optimising compilations, whose threads take CPU from the Python workers that do the
  extraction (2,000 articles, ``local[2]``: 48.0 s with the default JIT, 42.2 s with C1 only).
- An application class-data archive (AppCDS): the first local run records the classes it loads
  (``-XX:ArchiveClassesAtExit``) into eventwire's cache folder (``eventwire.cache``); later runs
  map them from the archive (``-XX:SharedArchiveFile``) instead of loading and verifying some
  ten thousand classes from Spark's jars again (a session starts in 1.9 s instead of 3.7 s).
  The JVM writes the archive when it exits, under a temporary name with its process id; the next
  run moves a finished one into place. The archive is keyed by the Java binary and Spark's jars,
  so another Java or Spark version records a new one; a JVM that cannot use an archive runs
  without it. ``[cache] dir = "off"`` turns the archive off.

Cluster runs (``spark-submit``, a non-local master) keep their own JVM settings.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

LOCAL_JIT = "-XX:TieredStopAtLevel=1"
ARCHIVE_FOLDER = "spark-cds"


def java_binary() -> Path | None:
    """The ``java`` Spark will start: ``$JAVA_HOME/bin/java``, else the one on the PATH."""
    home = os.environ.get("JAVA_HOME")
    found = Path(home) / "bin" / "java" if home else shutil.which("java")
    return Path(found).resolve() if found and Path(found).exists() else None


def archive_key() -> str | None:
    """What the archive depends on: the Java binary and the jars of the installed Spark (where they
    are and which they are)."""
    from eventwire.cache import cache_key

    java = java_binary()
    try:
        import pyspark
    except ImportError:
        return None
    if java is None:
        return None
    jars = Path(pyspark.__file__).parent / "jars"
    names = sorted(p.name for p in jars.glob("*.jar")) if jars.is_dir() else []
    stat = java.stat()
    # the jars' folder too: an archive only serves the class path it was recorded with
    return cache_key([str(java), str(stat.st_size), str(int(stat.st_mtime)), pyspark.__version__, str(jars), *names])


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _jvm_marker(recording: Path) -> Path:
    """The file beside a recording that names the JVM writing it."""
    return recording.with_name(recording.name + ".jvm")


def _recorders_alive(recording: Path) -> bool:
    """Whether the Python driver named in a recording's file name, or the JVM named in its
    ``.jvm`` marker (written once the session is up), still runs: the JVM writes the archive
    when it exits, after its driver."""
    pids = [recording.name.rsplit(".", 2)[-2]]
    try:
        pids.append(_jvm_marker(recording).read_text(encoding="ascii").strip())
    except OSError:
        pass
    return any(pid.isdigit() and _pid_alive(int(pid)) for pid in pids)


def promote_finished(folder: Path, key: str) -> Path | None:
    """The archive for ``key``, after moving a recording whose JVM has exited into place."""
    final = folder / f"{key}.jsa"
    for recording in sorted(folder.glob(f"{key}.jsa.*.tmp")):
        if _recorders_alive(recording):
            continue
        if not final.exists() and recording.stat().st_size > 0:
            os.replace(recording, final)
        else:
            recording.unlink(missing_ok=True)
        _jvm_marker(recording).unlink(missing_ok=True)
    return final if final.exists() else None


def mark_recording_jvm(options: str, jvm_pid: int | None) -> None:
    """Note the JVM that records the archive named in ``options`` (see ``_recorders_alive``)."""
    for option in options.split():
        if option.startswith("-XX:ArchiveClassesAtExit=") and jvm_pid:
            try:
                _jvm_marker(Path(option.split("=", 1)[1])).write_text(str(jvm_pid), encoding="ascii")
            except OSError:
                pass


def class_archive_options() -> list[str]:
    """Use the archive when there is one, else record one in this run; nothing when caching is
    off or the cache folder cannot be written."""
    from eventwire.cache import cache_dir

    folder, key = cache_dir(), archive_key()
    if folder is None or key is None:
        return []
    folder = folder / ARCHIVE_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
        archive = promote_finished(folder, key)
    except OSError:
        return []
    if archive is not None:
        return [f"-XX:SharedArchiveFile={archive}"]
    if not os.access(folder, os.W_OK):
        return []
    return [f"-XX:ArchiveClassesAtExit={folder / f'{key}.jsa.{os.getpid()}.tmp'}"]


def local_java_options() -> str:
    """``spark.driver.extraJavaOptions`` for a local master started by eventwire."""
    # -Xlog:cds=off: recording lists every class it cannot archive as a warning on stderr
    return " ".join(["-XX:+IgnoreUnrecognizedVMOptions", "-Xlog:cds=off", LOCAL_JIT, *class_archive_options()])
