"""A process that loads the pipeline while a local Spark session starts, for its worker daemon.

With a local master, the Python worker daemon (``eventwire.spark.daemon``) is started by the JVM
at the first Python task, and loads the pipeline before it forks any worker, so the job's first
stage waits for the JVM's start-up and then for the pipeline's load, one after the other, with a
core idle each time. Started by the driver before the session (``spark_session``), this process
loads the pipeline (and PySpark's Arrow worker modules) *while* the JVM starts. When the JVM later
starts the daemon, the daemon hands its standard streams, environment and working folder to this
process over a Unix socket (``socket.send_fds``) and this process forks a child that becomes the
daemon with them: PySpark's own ``pyspark.daemon.manager``, the pipeline already in memory, shared
copy-on-write with every worker the child forks. The daemon the JVM started stays as a stand-in
that passes on SIGTERM and exits with the child.

Nothing changes in what runs or what is written: the same daemon code, the same workers, the same
tasks. Anything unexpected (no socket, a refused connection, a failed fork) makes the daemon load
the pipeline itself, as before. The process exits when its driver does (its standard input, a pipe
from the driver, reaches end of file). Only local masters that eventwire starts use it;
``EVENTWIRE_SPARK_ZYGOTE=off`` turns it off.
"""
from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ENV = "EVENTWIRE_SPARK_ZYGOTE"
OFF = "off"
MAX_REQUEST = 1 << 20   # the daemon's environment, as JSON
_STARTED: subprocess.Popen | None = None   # one per driver process, shared by its sessions


# -- in the driver -------------------------------------------------------------------------------
def start() -> str | None:
    """Start this driver's zygote (once) and name its socket in ``ENV`` for the JVM and its
    daemons to inherit; the socket path, or None when turned off or it cannot start."""
    global _STARTED
    if os.environ.get(ENV, "").lower() == OFF:
        return None
    if _STARTED is not None and _STARTED.poll() is None:
        return os.environ.get(ENV)
    folder = tempfile.mkdtemp(prefix="eventwire-zygote-")
    path = str(Path(folder) / "zygote.sock")
    env = dict(os.environ, PYTHONHASHSEED=os.environ.get("PYTHONHASHSEED", "0"))  # as Spark's workers
    try:
        _STARTED = subprocess.Popen([sys.executable, "-m", "eventwire.spark.zygote", path], env=env,
                                    stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    except OSError:
        return None
    os.environ[ENV] = path
    return path


# -- in the daemon the JVM started ---------------------------------------------------------------
def hand_over(path: str) -> int | None:
    """Have the zygote at ``path`` fork the daemon with this process's streams and environment,
    then wait for it; its exit status, or None when the zygote cannot be used."""
    try:
        link = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        link.connect(path)
        request = json.dumps({"env": dict(os.environ), "cwd": os.getcwd()}).encode("utf-8")
        socket.send_fds(link, [request], [0, 1, 2])
        link.shutdown(socket.SHUT_WR)
        replies = link.makefile("rb")   # two lines: the daemon's pid, later its exit status
        child = int(replies.readline())
    except (OSError, ValueError):
        return None
    _pass_on_termination(child)
    try:
        return int(replies.readline() or b"1")
    except (OSError, ValueError):
        return 1


def _pass_on_termination(child: int) -> None:
    """SIGTERM to this stand-in (the JVM stopping its daemon) goes to the real daemon."""
    def forward(signum, frame) -> None:
        try:
            os.kill(child, signal.SIGTERM)
        except OSError:
            pass

    signal.signal(signal.SIGTERM, forward)


# -- in the zygote -------------------------------------------------------------------------------
def serve(path: str) -> None:
    """Listen at ``path``, load the pipeline, then fork one daemon per request until the driver
    closes this process's standard input."""
    from eventwire.spark.daemon import preload

    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(16)   # requests made while the pipeline loads wait here
    preload()
    waiting: dict[int, socket.socket] = {}   # daemon pid -> the stand-in's connection
    try:
        while True:
            ready, _, _ = select.select([listener, sys.stdin], [], [], 0.5)
            if sys.stdin in ready and not os.read(sys.stdin.fileno(), 1):
                return
            if listener in ready:
                _fork_daemon(listener, waiting)
            _report_exits(waiting)
    finally:
        listener.close()
        Path(path).unlink(missing_ok=True)
        try:
            Path(path).parent.rmdir()   # the folder start() made for the socket
        except OSError:
            pass


def _fork_daemon(listener: socket.socket, waiting: dict[int, socket.socket]) -> None:
    """Accept one stand-in and fork the daemon it asks for; the child never returns."""
    link, _ = listener.accept()
    try:
        message, fds, _, _ = socket.recv_fds(link, MAX_REQUEST, 3)
        request = json.loads(message)
    except (OSError, ValueError):
        link.close()
        return
    if len(fds) != 3:
        link.close()
        return
    pid = os.fork()
    if pid == 0:
        for other in (listener, link, *waiting.values()):
            other.close()
        _become_daemon(fds, request)
    for fd in fds:
        os.close(fd)
    link.sendall(f"{pid}\n".encode("ascii"))
    waiting[pid] = link


def _become_daemon(fds: list[int], request: dict) -> None:
    """In the forked child: take the stand-in's streams, environment and folder, run PySpark's
    daemon, and exit."""
    code = 1
    try:
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        os.environ.clear()
        os.environ.update(request["env"])
        os.chdir(request["cwd"])
        from pyspark.daemon import manager

        manager()
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    finally:
        os._exit(code)


def _report_exits(waiting: dict[int, socket.socket]) -> None:
    """Tell each stand-in whose daemon has exited its status, and forget it."""
    for pid in list(waiting):
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            done, status = pid, 0
        if done:
            link = waiting.pop(pid)
            try:
                link.sendall(f"{os.waitstatus_to_exitcode(status)}\n".encode("ascii"))
            except OSError:
                pass
            link.close()


if __name__ == "__main__":
    serve(sys.argv[1])
