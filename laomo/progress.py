"""A one-line progress display on stderr for ``laomo load``: files, rows, rate.

Plain text, no dependency.  On a terminal the line is redrawn in place (at most
ten times a second); when stderr is not a terminal (a log, CI) nothing is shown
until the final line, so logs stay short.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts files and rows of one phase (reading, writing) and draws them."""

    def __init__(self, phase: str, total: int, *, stream: TextIO | None = None, unit: str = "files") -> None:
        self.phase, self.total, self.unit = phase, total, unit
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.done = 0
        self.rows = 0
        self.started = time.perf_counter()
        self._drawn = 0.0

    def update(self, done: int, *, rows: int = 0, current: str = "") -> None:
        """``done`` items finished, ``rows`` more table rows read; redraws on a terminal."""
        self.done = done
        self.rows += rows
        if not self.tty:
            return
        now = time.perf_counter()
        if now - self._drawn < 0.1 and done < self.total:
            return
        self._drawn = now
        width = 24
        filled = int(width * done / self.total) if self.total else width
        bar = "#" * filled + "-" * (width - filled)
        name = current if len(current) <= 40 else "…" + current[-39:]
        self.stream.write(f"\r{self.phase} [{bar}] {self._counts()} {name}\x1b[K")
        self.stream.flush()

    def _counts(self) -> str:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        text = f"{self.done}/{self.total} {self.unit}"
        if self.rows:
            text += f", {self.rows:,} rows ({self.rows / elapsed:,.0f} rows/s)"
        return text

    def finish(self) -> None:
        """The final line, on a terminal and in logs alike."""
        elapsed = time.perf_counter() - self.started
        prefix = "\r" if self.tty else ""
        self.stream.write(
            f"{prefix}{self.phase}: {self._counts()} in {elapsed:.2f} s\x1b[K\n"
            if self.tty
            else f"{self.phase}: {self._counts()} in {elapsed:.2f} s\n"
        )
        self.stream.flush()
