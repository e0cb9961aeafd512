"""A real local Neo4j Community 5.26 server for tests and development, without Docker.

``tools/neo4j`` holds a one-class Java launcher that runs Neo4j embedded with Bolt on
127.0.0.1; this module builds it with Maven, starts it as a child process and waits until a
driver can log in.

    from tools.neo4j.server import start
    with start() as neo:                      # free port, throwaway data dir
        driver = GraphDatabase.driver(neo.uri, auth=(neo.user, neo.password))

Command line (``make neo4j`` / ``make neo4j-stop`` wrap it)::

    python -m tools.neo4j.server build
    python -m tools.neo4j.server start [--port 7687] [--foreground] [--data-dir DIR]
    python -m tools.neo4j.server stop
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import ConfigError, StoreError

REPO_ROOT = Path(__file__).resolve().parents[2]
TOOL_DIR = REPO_ROOT / "tools" / "neo4j"
ARTEFACT = TOOL_DIR / "target" / "laomo-neo4j-server.jar"
LIB_DIR = TOOL_DIR / "target" / "lib"
MAIN_CLASS = "laomo.neo4j.LocalNeo4jServer"
READY_MARKER = "NEO4J READY"

DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "laomo-test-pw"
DEFAULT_PORT = 7687
# The CLI's dev server keeps its state here (pid file, console log, database).
STATE_DIR = REPO_ROOT / "data" / "neo4j"
PID_FILE = STATE_DIR / "neo4j.pid"

# Modest memory for 2-core, shared machines: heap capped, page cache set in the launcher.
JVM_OPTS = ["-Xmx1g", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8"]
STOP_GRACE_S = 20.0


# --------------------------------------------------------------------------- build


def is_built() -> bool:
    """True when the launcher jar and its libraries are newer than the pom and Java source."""
    if not ARTEFACT.exists() or not LIB_DIR.is_dir() or not any(LIB_DIR.glob("neo4j-*.jar")):
        return False
    built = ARTEFACT.stat().st_mtime
    sources = [TOOL_DIR / "pom.xml", *(TOOL_DIR / "src").rglob("*.java")]
    return all(src.stat().st_mtime <= built for src in sources)


def build(quiet: bool = True) -> Path:
    """Build the launcher with Maven unless it is up to date; return the jar's path.

    Tries ``mvn -o`` first (no network when ~/.m2 already has everything), then online.
    A file lock keeps parallel test workers from building the same tree at once.
    """
    lock_path = Path(tempfile.gettempdir()) / "laomo-neo4j-build.lock"
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if is_built():
            return ARTEFACT
        mvn = shutil.which("mvn")
        if mvn is None:
            raise ConfigError("Maven (mvn) is not on PATH; it is needed to build tools/neo4j")
        base = [mvn, "-B"] + (["-q"] if quiet else []) + ["package"]
        outputs = []
        offline = [mvn, "-o", *base[1:]]  # from the local repository first: no network when it is complete
        for cmd in (offline, base):
            proc = subprocess.run(cmd, cwd=TOOL_DIR, capture_output=quiet, text=True)
            if proc.returncode == 0 and is_built():
                # mvn leaves the jar untouched when classes did not change; mark it fresh.
                ARTEFACT.touch()
                return ARTEFACT
            outputs.append(f"$ {' '.join(cmd)}\n{(proc.stdout or '')[-3000:]}{(proc.stderr or '')[-2000:]}")
        raise StoreError("building the Neo4j launcher in tools/neo4j failed:\n" + "\n".join(outputs))


def classpath() -> str:
    """The launcher's Java classpath (its jar plus every dependency jar)."""
    return f"{ARTEFACT}{os.pathsep}{LIB_DIR}{os.sep}*"


# --------------------------------------------------------------------------- server


@dataclass
class LocalNeo4j:
    """A running launcher process; ``stop()`` it or use it as a context manager."""

    uri: str
    user: str
    password: str
    process: subprocess.Popen
    port: int
    data_dir: Path
    log_file: Path
    owns_data_dir: bool = field(default=False, repr=False)

    def env(self) -> dict[str, str]:
        """The variables graph.store reads to reach this server."""
        return {"NEO4J_URI": self.uri, "NEO4J_USER": self.user, "NEO4J_PASSWORD": self.password}

    def stop(self, timeout_s: float = STOP_GRACE_S) -> None:
        """SIGTERM (a clean checkpoint and shutdown), SIGKILL after ``timeout_s``; idempotent.

        Removes the data directory when ``start()`` created it.
        """
        _terminate(self.process, timeout_s)
        if self.process.stdin:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        if self.owns_data_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self) -> LocalNeo4j:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(
    port: int | None = None,
    password: str = DEFAULT_PASSWORD,
    data_dir: str | Path | None = None,
    timeout_s: float = 120.0,
    *,
    log_file: str | Path | None = None,
    detach: bool = False,
    memory: Memory | None = None,
) -> LocalNeo4j:
    """Build if needed, start Neo4j on 127.0.0.1 and return once a driver can log in.

    ``port=None`` picks a free port; ``data_dir=None`` uses a temporary directory that
    ``stop()`` deletes. The console log goes to ``log_file`` (default ``<data_dir>/console.log``;
    Neo4j's own debug log is ``<data_dir>/logs/debug.log``). With ``detach=True`` the server
    outlives this Python process (the CLI's background mode); otherwise it exits when this
    process dies, even without ``stop()``. ``memory`` overrides the small default heap, page cache
    and per-transaction limit (a million-person store wants more). Raises ``StoreError`` naming
    the log on failure.
    """
    if len(password) < 8:
        raise ConfigError("Neo4j passwords need at least 8 characters")
    build()
    attempts = 1 if port is not None else 3  # a picked free port can be taken in the meantime
    for _ in range(attempts):
        chosen = port or free_port()
        try:
            return _start_once(chosen, password, data_dir, timeout_s, log_file, detach, memory or Memory())
        except _PortTaken as taken:
            if port is not None:
                raise StoreError(
                    f"port {port} on 127.0.0.1 is already in use; stop that server or pick another port"
                ) from taken
    raise StoreError(f"no free port for Neo4j after {attempts} tries")


@dataclass(frozen=True)
class Memory:
    """Heap, page cache and per-transaction memory of a launcher (defaults: ``JVM_OPTS``' 1 GB heap,
    the launcher's 256 MB page cache and 512 MB per transaction)."""

    heap: str = ""
    page_cache: str = ""
    tx_memory: str = ""

    def jvm_opts(self) -> list[str]:
        return [f"-Xmx{self.heap}" if self.heap and o.startswith("-Xmx") else o for o in JVM_OPTS]

    def launcher_args(self) -> list[str]:
        return [
            *(["--page-cache", self.page_cache] if self.page_cache else []),
            *(["--tx-memory", self.tx_memory] if self.tx_memory else []),
        ]


class _PortTaken(Exception):
    """The launcher could not bind its chosen port."""


def _start_once(
    port: int,
    password: str,
    data_dir: str | Path | None,
    timeout_s: float,
    log_file: str | Path | None,
    detach: bool,
    memory: Memory,
) -> LocalNeo4j:
    owns = data_dir is None
    home = Path(tempfile.mkdtemp(prefix="laomo-neo4j-")) if data_dir is None else Path(data_dir).resolve()
    log = Path(log_file).resolve() if log_file else home / "console.log"
    try:
        home.mkdir(parents=True, exist_ok=True)
        log.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the Neo4j data directory or log: {err}") from err
    if _port_open(port):
        if owns:
            shutil.rmtree(home, ignore_errors=True)
        raise _PortTaken(port)

    cmd = [_java(), *memory.jvm_opts(), "-cp", classpath(), MAIN_CLASS, "--data-dir", str(home), "--port", str(port)]
    cmd += memory.launcher_args()
    if not detach:
        cmd.append("--watch-stdin")
    # The password travels in the environment, not argv, so `ps` does not show it.
    env = {**os.environ, "NEO4J_PASSWORD": password}
    with open(log, "ab") as out:
        # A reused log holds earlier runs' READY lines; only what this run writes counts.
        offset = out.tell()
        process = subprocess.Popen(
            cmd,
            cwd=home,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL if detach else subprocess.PIPE,
            start_new_session=detach,
        )
    server = LocalNeo4j(
        uri=f"bolt://127.0.0.1:{port}",
        user=DEFAULT_USER,
        password=password,
        process=process,
        port=port,
        data_dir=home,
        log_file=log,
        owns_data_dir=owns,
    )
    try:
        _wait_ready(server, timeout_s, offset)
    except BaseException as err:
        _terminate(process, 5.0)
        if process.stdin:
            process.stdin.close()
        if not isinstance(err, Exception):  # Ctrl-C while waiting: clean up, don't rewrap
            raise
        tail = _since(log, offset)[-4000:]
        if "Address already in use" in tail:
            if owns:
                shutil.rmtree(home, ignore_errors=True)
            raise _PortTaken(port) from err
        if isinstance(err, StoreError):
            raise  # already names the log
        raise StoreError(f"Neo4j did not start ({err}); console log {log}:\n{tail}") from err
    return server


def _wait_ready(server: LocalNeo4j, timeout_s: float, log_offset: int) -> None:
    """Wait for the launcher's READY line, the Bolt port, then an authenticated round trip."""
    from neo4j import GraphDatabase  # imported late: the build/stop CLI paths do not need it
    from neo4j.exceptions import DriverError, Neo4jError

    deadline = time.monotonic() + timeout_s
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        code = server.process.poll()
        if code is not None:
            text = _since(server.log_file, log_offset)
            causes = "\n".join(line for line in text.splitlines() if line.startswith("NEO4J FAILED"))
            raise StoreError(
                f"Neo4j exited with code {code} while starting; console log {server.log_file}"
                f"\n{causes}\n--- log tail ---\n{text[-3000:]}"
            )
        # READY is printed after the password is set: connecting earlier would fail auth and
        # count towards Neo4j's lockout after 3 failed logins.
        if READY_MARKER in _since(server.log_file, log_offset) and _port_open(server.port):
            try:
                with GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
                    driver.verify_connectivity()
                return
            except (Neo4jError, DriverError, OSError) as err:
                last_error = err
        time.sleep(0.2)
    raise StoreError(
        f"Neo4j was not ready after {timeout_s:.0f} s (last error: {last_error}); console log "
        f"{server.log_file}:\n{_since(server.log_file, log_offset)[-4000:]}"
    )


def _terminate(process: subprocess.Popen, timeout_s: float) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    candidate = Path(java_home, "bin", "java") if java_home else None
    if candidate and candidate.exists():
        return str(candidate)
    found = shutil.which("java")
    if found is None:
        raise ConfigError("java (17 or newer) is not on PATH; Neo4j 5.26 needs it")
    return found


def _since(path: Path, offset: int) -> str:
    """The log's text from byte ``offset`` on (what the current run wrote)."""
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            return f.read().decode("utf-8", "replace")
    except OSError:
        return "(no log)"


# --------------------------------------------------------------------------- CLI


def _pid_alive_launcher(pid: int) -> bool:
    """True when ``pid`` is a live launcher process, not a recycled pid of something else."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return MAIN_CLASS.encode() in cmdline


def _read_pid() -> int | None:
    try:
        return int(PID_FILE.read_text().strip())
    except (OSError, ValueError):
        return None


def _print_exports(server: LocalNeo4j) -> None:
    for key, value in server.env().items():
        print(f"export {key}={value}")
    sys.stdout.flush()


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _cmd_start(args: argparse.Namespace) -> int:
    old = _read_pid()
    if old is not None and _pid_alive_launcher(old):
        print(f"Neo4j is already running (pid {old}); run `python -m tools.neo4j.server stop` first", file=sys.stderr)
        return 1
    data_dir = Path(args.data_dir) if args.data_dir else STATE_DIR / "db"
    t0 = time.monotonic()
    server = start(
        port=args.port,
        password=args.password,
        data_dir=data_dir,
        timeout_s=args.timeout,
        log_file=STATE_DIR / "console.log",
        detach=not args.foreground,
    )
    PID_FILE.write_text(f"{server.process.pid}\n")
    print(
        f"# Neo4j ready on {server.uri} in {time.monotonic() - t0:.1f} s (pid {server.process.pid}, "
        f"data {server.data_dir}, log {server.log_file})"
    )
    _print_exports(server)
    if not args.foreground:
        return 0
    # Foreground: stay until Ctrl-C or SIGTERM, then shut Neo4j down cleanly.
    signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        PID_FILE.unlink(missing_ok=True)
    return 0


def _cmd_stop(_: argparse.Namespace) -> int:
    pid = _read_pid()
    if pid is None or not _pid_alive_launcher(pid):
        PID_FILE.unlink(missing_ok=True)
        print("Neo4j is not running")
        return 0
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE_S
    while _pid_alive_launcher(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _pid_alive_launcher(pid):
        os.kill(pid, signal.SIGKILL)
    PID_FILE.unlink(missing_ok=True)
    print(f"Neo4j stopped (pid {pid})")
    return 0


def main(argv: list[str] | None = None) -> int:
    """``build`` / ``start`` / ``stop`` the local development server."""
    parser = argparse.ArgumentParser(prog="python -m tools.neo4j.server", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build tools/neo4j with Maven (skipped when up to date)")
    b.add_argument("--verbose", action="store_true", help="show Maven's output")
    s = sub.add_parser("start", help="start the dev server and print NEO4J_* exports")
    s.add_argument("--port", type=int, default=DEFAULT_PORT)
    s.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD") or DEFAULT_PASSWORD)
    s.add_argument("--data-dir", help=f"database directory (default {STATE_DIR / 'db'}, kept across restarts)")
    s.add_argument("--timeout", type=float, default=120.0)
    s.add_argument("--foreground", action="store_true", help="stay attached; Ctrl-C stops the server")
    sub.add_parser("stop", help="stop the server started by `start`")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            print(build(quiet=not args.verbose))
            return 0
        STATE_DIR.mkdir(parents=True, exist_ok=True)
        return _cmd_start(args) if args.command == "start" else _cmd_stop(args)
    except (StoreError, ConfigError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
