"""The text layer of the read-only console: what a query says, read as tokens, never as raw text.

The stores decide what a query *does* (ladybug: a prepared statement in a
``READ ONLY`` transaction on a read-only database; Neo4j: ``EXPLAIN`` and the
plan's query type, then a READ transaction).  This module is the second layer:
it tokenizes the query, so words inside strings ('…', "…"), backquoted names
(`…`) and comments (// …, /* … */) never count, and then refuses

- clauses that write, reach files or hosts, or manage the database
  (CREATE, MERGE, SET, DELETE, REMOVE, DROP, ALTER, COPY, LOAD, INSTALL, ATTACH,
  EXPORT/IMPORT, CHECKPOINT, FOREACH, transaction control, administration);
- procedures outside a short catalogue list, and any ``apoc.*`` / ``dbms.*`` name;
- several statements in one input;
- variable-length paths without an upper bound and ``range()`` calls too large
  to hold in memory.

>>> check_read("RETURN 'import' AS x")
>>> check_read("MATCH (p:Person) WHERE p.name CONTAINS 'delete' RETURN p.name")
>>> check_read("MATCH (n) /* harmless */ CREATE (m)")
Traceback (most recent call last):
...
graph.errors.ReadOnlyError: CREATE changes the graph or reaches outside it: the console only reads (MATCH … RETURN …)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graph.errors import InputError, ReadOnlyError

# Words that begin a clause which writes, reaches files or hosts, or manages the database.
WRITE_WORDS = frozenset(
    {
        "CREATE",
        "MERGE",
        "SET",
        "DELETE",
        "DETACH",
        "REMOVE",
        "DROP",
        "ALTER",
        "COPY",
        "LOAD",
        "INSTALL",
        "UNINSTALL",
        "ATTACH",
        "EXPORT",
        "IMPORT",
        "CHECKPOINT",
        "FOREACH",
        "BEGIN",
        "COMMIT",
        "ROLLBACK",
        "GRANT",
        "REVOKE",
        "DENY",
        "TERMINATE",
        "USE",
        "SHOW",
    }
)
# A query starts with one of these (ladybug's EXPLAIN/PROFILE run it, so they are checked like the rest).
READ_START = frozenset({"MATCH", "OPTIONAL", "RETURN", "WITH", "UNWIND", "CALL", "EXPLAIN", "PROFILE"})
# Catalogue procedures either store offers that read nothing but the schema.
PROCEDURES_OK = frozenset(
    {
        "show_tables",
        "table_info",
        "show_connection",
        "current_setting",
        "db_version",
        "db.labels",
        "db.relationshiptypes",
        "db.propertykeys",
        "db.schema.visualization",
        "db.schema.nodetypeproperties",
        "db.schema.reltypeproperties",
    }
)
# Names that reach the server, files or hosts wherever they appear (functions included).
FORBIDDEN_NAMESPACES = ("apoc", "dbms", "gds")
# Largest range() the console builds: range(1, 100000000) took 1.2 GB in ladybug before any row came back.
MAX_RANGE = 1_000_000


@dataclass(frozen=True)
class Token:
    """One lexical piece of a query: ``kind`` is word, number, param, string, name (backquoted) or punct."""

    kind: str
    text: str


def tokenize(cypher: str) -> list[Token]:
    """Split a query into tokens, dropping comments; strings and backquoted names become single tokens.

    >>> [t.text for t in tokenize("RETURN 'a;b' // CREATE\\n, 1..3")]
    ['RETURN', 'a;b', ',', '1', '..', '3']
    """
    out: list[Token] = []
    i, n = 0, len(cypher)
    while i < n:
        c = cypher[i]
        if c.isspace():
            i += 1
        elif cypher.startswith("//", i):
            end = cypher.find("\n", i)
            i = n if end < 0 else end + 1
        elif cypher.startswith("/*", i):
            end = cypher.find("*/", i + 2)
            if end < 0:
                raise InputError("a /* comment is not closed with */")
            i = end + 2
        elif c in "'\"`":
            j, buf = i + 1, []
            while True:
                if j >= n:
                    raise InputError(f"a {c} quote is not closed")
                if cypher[j] == "\\" and c != "`" and j + 1 < n:
                    buf.append(cypher[j + 1])
                    j += 2
                elif cypher[j] == c and cypher.startswith(c * 2, j):  # '' inside '…' is one quote
                    buf.append(c)
                    j += 2
                elif cypher[j] == c:
                    break
                else:
                    buf.append(cypher[j])
                    j += 1
            out.append(Token("name" if c == "`" else "string", "".join(buf)))
            i = j + 1
        elif c.isdigit():
            j = i
            while j < n and (
                cypher[j].isalnum() or cypher[j] == "_" or (cypher[j] == "." and cypher[j + 1 : j + 2] != ".")
            ):
                j += 1
            out.append(Token("number", cypher[i:j]))
            i = j
        elif c.isalpha() or c == "_" or ord(c) > 127:
            j = i
            while j < n and (cypher[j].isalnum() or cypher[j] == "_" or ord(cypher[j]) > 127):
                j += 1
            out.append(Token("word", cypher[i:j]))
            i = j
        elif c == "$":
            j = i + 1
            while j < n and (cypher[j].isalnum() or cypher[j] == "_"):
                j += 1
            out.append(Token("param", cypher[i + 1 : j]))
            i = j
        elif cypher.startswith("..", i):
            out.append(Token("punct", ".."))
            i += 2
        else:
            out.append(Token("punct", c))
            i += 1
    return out


def check_read(cypher: str, params: Mapping[str, Any] | None = None) -> None:
    """Refuse a query that writes, reaches outside the graph, holds several statements or has no bounds.

    Raises ``ReadOnlyError`` for writes and outside access, ``InputError`` for
    unbounded or oversized queries; both say what to do instead.

    >>> check_read("MATCH (a)-[*]-(b) RETURN count(*)")
    Traceback (most recent call last):
    ...
    graph.errors.InputError: bound every variable-length path, e.g. [:PART_OF*1..6] or [*1..4], not [*]
    """
    tokens = tokenize(cypher)
    while tokens and tokens[-1].text == ";" and tokens[-1].kind == "punct":
        tokens.pop()
    if not tokens:
        raise InputError("the query is empty: write MATCH … RETURN …")
    if any(t.kind == "punct" and t.text == ";" for t in tokens):
        raise ReadOnlyError("one statement at a time: remove the ';' and run each query on its own")
    first = tokens[0]
    if first.kind != "word" or first.text.upper() not in READ_START:
        raise ReadOnlyError(
            f"a read query starts with MATCH, OPTIONAL MATCH, RETURN, WITH, UNWIND or CALL, not {first.text!r}"
        )
    for i, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        word = tok.text.upper()
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if _is_name_position(prev, nxt):
            _check_namespace(tokens, i)
            continue
        if word in WRITE_WORDS:
            raise ReadOnlyError(
                f"{word} changes the graph or reaches outside it: the console only reads (MATCH … RETURN …)"
            )
        if word == "CALL" and nxt is not None and nxt.kind == "word":
            _check_procedure(tokens, i + 1)
        if word == "RANGE" and nxt is not None and nxt.text == "(":
            _check_range(tokens, i + 2, params or {})
        _check_namespace(tokens, i)
    check_paths(tokens)


def _is_name_position(prev: Token | None, nxt: Token | None) -> bool:
    """A word used as a property, label, map key or alias is a name, not a clause (p.set, :Create, {delete: 1})."""
    if prev is not None and prev.kind == "punct" and prev.text in (".", ":"):
        return True
    if prev is not None and prev.kind == "word" and prev.text.upper() == "AS":
        return True
    return nxt is not None and nxt.kind == "punct" and nxt.text in (":", ".")


def _dotted(tokens: list[Token], start: int) -> str:
    parts, i = [tokens[start].text], start + 1
    while i + 1 < len(tokens) and tokens[i].text == "." and tokens[i + 1].kind == "word":
        parts.append(tokens[i + 1].text)
        i += 2
    return ".".join(parts)


def _check_namespace(tokens: list[Token], i: int) -> None:
    if i and tokens[i - 1].text == ".":
        return  # the start of the dotted name decides
    name = _dotted(tokens, i)
    if "." in name and name.split(".")[0].lower() in FORBIDDEN_NAMESPACES:
        raise ReadOnlyError(f"{name} reaches the server, files or hosts: not available in the read-only console")


def _check_procedure(tokens: list[Token], start: int) -> None:
    name = _dotted(tokens, start)
    if name.lower() not in PROCEDURES_OK:
        allowed = ", ".join(sorted(PROCEDURES_OK))
        raise ReadOnlyError(f"procedure {name} is not allowed in the console; catalogue procedures are: {allowed}")


def _int_arg(tokens: list[Token], i: int, params: Mapping[str, Any]) -> tuple[int | None, int]:
    """The integer literal or integer parameter at ``i`` (with a sign) and the index after it."""
    sign = 1
    if i < len(tokens) and tokens[i].text in ("-", "+"):
        sign = -1 if tokens[i].text == "-" else 1
        i += 1
    if i >= len(tokens):
        return None, i
    tok = tokens[i]
    if tok.kind == "number" and tok.text.isdigit():
        return sign * int(tok.text), i + 1
    if tok.kind == "param" and isinstance(params.get(tok.text), int):
        return sign * int(params[tok.text]), i + 1
    return None, i + 1


def _check_range(tokens: list[Token], i: int, params: Mapping[str, Any]) -> None:
    start, i = _int_arg(tokens, i, params)
    if i < len(tokens) and tokens[i].text == ",":
        stop, i = _int_arg(tokens, i + 1, params)
        step = 1
        if i < len(tokens) and tokens[i].text == ",":
            step_arg, i = _int_arg(tokens, i + 1, params)
            step = step_arg or 1
        if start is not None and stop is not None and i < len(tokens) and tokens[i].text == ")":
            size = max(0, (stop - start) // step + 1)
            if size <= MAX_RANGE:
                return
            raise InputError(
                f"range() of {size:,} values is too large for the console (at most {MAX_RANGE:,}): "
                "use a smaller range, or aggregate in the graph instead of generating rows"
            )
    raise InputError("write range() with whole numbers or $parameters in the console, e.g. range(1, 100)")


def check_paths(tokens: list[Token]) -> None:
    """Every ``-[…*…]-`` needs an upper bound; so does a Neo4j quantified path ``(…)+`` / ``(…){1,}``."""
    for i, tok in enumerate(tokens):
        if tok.text == "[" and i and tokens[i - 1].text == "-":
            j = i + 1
            while j < len(tokens) and tokens[j].text != "]":
                j += 1
            inner = tokens[i + 1 : j]
            stars = [k for k, t in enumerate(inner) if t.text == "*"]
            if stars and not _bounded(inner[stars[0] + 1 :]):
                shown = "[" + "".join(t.text for t in inner) + "]"
                raise InputError(f"bound every variable-length path, e.g. [:PART_OF*1..6] or [*1..4], not {shown}")
        if tok.text == ")" and i + 1 < len(tokens) and _quantified(tokens, i + 1):
            raise InputError("bound every quantified path pattern, e.g. ((a)-->(b)){1,6}, not +, * or {n,}")


def _quantified(tokens: list[Token], i: int) -> bool:
    """Does an unbounded quantifier (``+``, ``*``, ``{n,}``) follow the ``)`` before ``tokens[i]``?"""
    nxt, after = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt.text in ("+", "*"):
        # `count(x) * 2` is arithmetic; a quantifier is followed by a pattern, a clause or the end
        return after is None or after.text in ("-", "<", "(", ")", ",") or after.text.upper() in _CLAUSES
    if nxt.text == "{" and after is not None and (after.kind == "number" or after.text == ","):
        close = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == "}"), len(tokens))
        body = [t.text for t in tokens[i + 1 : close]]
        return body[-1:] == [","]
    return False


_CLAUSES = {"WHERE", "RETURN", "WITH", "MATCH", "OPTIONAL", "UNWIND", "CALL"}


def _bounded(spec: list[Token]) -> bool:
    """After the ``*`` of a relationship pattern: ``N``, ``..N``, ``M..N`` (optionally after SHORTEST) are bounded."""
    words = {"SHORTEST", "ALL", "WSHORTEST", "TRAIL", "ACYCLIC", "WALK"}
    rest = [t for t in spec if not (t.kind == "word" and t.text.upper() in words)]
    # anything after the length (a property map, a WHERE) does not count
    length: list[Token] = []
    for t in rest:
        if t.kind == "number" or t.text == "..":
            length.append(t)
        else:
            break
    if not length:
        return False
    if length[-1].text == "..":
        return False
    return not (len(length) == 1 and length[0].text == "..")
