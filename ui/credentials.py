"""Editor credentials: salted password hashes, their check, and the brake on guessing.

No Streamlit here, so ``laomo hash-password`` and the tests use it directly.
Editors are configured as ``LAOMO_EDITORS="name:hash,name:hash"`` (environment
or Streamlit secrets), never in the repository.  A hash is written
``pbkdf2_sha256$<iterations>$<salt hex>$<digest hex>`` (``hashlib.pbkdf2_hmac``,
standard library): a stolen configuration does not give the passwords away.

    >>> encoded = hash_password("焦作2023", iterations=1000, salt=bytes(16))
    >>> encoded.split("$")[:2]
    ['pbkdf2_sha256', '1000']
    >>> verify_password("焦作2023", encoded), verify_password("焦作2024", encoded)
    (True, False)
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

SCHEME = "pbkdf2_sha256"
ITERATIONS = 600_000  # OWASP 2023 figure for PBKDF2-HMAC-SHA256: about 0.3 s on one core
# Checked when a name is unknown, so an unknown name costs as long as a wrong password.
_DUMMY = f"{SCHEME}$1000${'00' * 16}${'00' * 32}"
ALLOWED_FAILURES = 3
"""Failed sign-ins under one name before each further attempt has to wait."""
MAX_WAIT_S = 300.0


class CredentialError(ValueError):
    """A configured editor line that cannot be read (the message says which and why)."""


def hash_password(password: str, *, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """The stored form of ``password``: scheme, iterations, random salt and digest, ``$``-separated."""
    if not password:
        raise CredentialError("an editor password cannot be empty")
    salt = secrets.token_bytes(16) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{SCHEME}${iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    """True when ``password`` matches the stored hash (constant-time comparison of the digests)."""
    try:
        scheme, iterations, salt_hex, digest_hex = encoded.split("$")
        if scheme != SCHEME:
            return False
        expected = bytes.fromhex(digest_hex)
        got = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(got, expected)


def parse_editors(text: str | None) -> dict[str, str]:
    """``name:hash,name:hash`` (commas or new lines between editors) → {name: hash}.

    A plain password where a hash belongs is refused: the configuration never holds one.

    >>> parse_editors("王芳:pbkdf2_sha256$1000$00$11, 李强:pbkdf2_sha256$1000$22$33")
    {'王芳': 'pbkdf2_sha256$1000$00$11', '李强': 'pbkdf2_sha256$1000$22$33'}
    >>> parse_editors("")
    {}
    """
    editors: dict[str, str] = {}
    for item in (text or "").replace("\n", ",").split(","):
        item = item.strip()
        if not item:
            continue
        name, sep, encoded = item.partition(":")
        name, encoded = name.strip(), encoded.strip()
        if not sep or not name or not encoded:
            raise CredentialError(f"editor entry {name or item[:12]!r} is not written name:hash")
        if not encoded.startswith(SCHEME + "$") or encoded.count("$") != 3:
            raise CredentialError(
                f"editor {name!r}: the configuration must hold a password hash made by `laomo hash-password`, "
                "not a password"
            )
        editors[name] = encoded
    return editors


def check(editors: dict[str, str], name: str, password: str) -> bool:
    """True when ``name`` is a configured editor and ``password`` is theirs.

    An unknown name still costs one hash check, so timing does not tell which names exist.
    """
    encoded = editors.get(name.strip())
    if encoded is None:
        # as many iterations as a configured editor's hash, so the time taken does not tell
        some = next(iter(editors.values()), _DUMMY)
        verify_password(password, f"{SCHEME}${some.split('$')[1]}${'00' * 16}${'00' * 32}")
        return False
    return verify_password(password, encoded)


@dataclass
class Throttle:
    """Failed sign-ins per name, for the whole server process (a new browser tab does not reset it).

    After ``ALLOWED_FAILURES`` failures each attempt under that name waits 2, 4, 8 … seconds
    (at most ``MAX_WAIT_S``) after the last failure; a success clears the count.
    """

    clock: Callable[[], float] = time.monotonic
    failures: dict[str, tuple[int, float]] = field(default_factory=dict)

    def wait_s(self, name: str) -> float:
        """Seconds before ``name`` may try again (0 when it may try now)."""
        count, last = self.failures.get(name.strip(), (0, 0.0))
        if count < ALLOWED_FAILURES:
            return 0.0
        delay = min(2.0 ** (count - ALLOWED_FAILURES + 1), MAX_WAIT_S)
        return max(0.0, last + delay - self.clock())

    def failed(self, name: str) -> None:
        count, _ = self.failures.get(name.strip(), (0, 0.0))
        self.failures[name.strip()] = (count + 1, self.clock())

    def succeeded(self, name: str) -> None:
        self.failures.pop(name.strip(), None)


def editors_from_env(environ: dict[str, str] | None = None) -> dict[str, str]:
    """Editors configured in the environment (``LAOMO_EDITORS``)."""
    env = os.environ if environ is None else environ
    return parse_editors(env.get("LAOMO_EDITORS"))
