"""The queries bench (`laomo bench queries`): a query whose page finds some of its parameters from
stored counts is timed as that page calls it, and the bench's table says with which parameters."""

from __future__ import annotations

from graph.queries import run
from graph.store import GraphStore
from tests.conftest import load_generated
from ui.cohorts import network_window


def _busiest_series(store: GraphStore) -> str:
    found = store.read("MATCH (h:Honor) RETURN h.id AS id ORDER BY h.recipients_total DESC, id LIMIT 1").rows
    return str(found[0]["id"])


def test_the_co_recipient_network_is_timed_with_the_window_the_honours_page_draws(store: GraphStore) -> None:
    from bench.run import _query_call

    load_generated(store, 2000)
    honour = _busiest_series(store)
    window = network_window(run(store, "recipients_by_year_edition", honor=honour).rows)
    call = _query_call(store, "co_recipient_network", {"honor": honour})
    assert call.args == {"honor": honour, "top": 1500, **window.params()}
    assert call.label.startswith("`co_recipient_network` (as its page: ") and "top=1500" in call.label


def test_a_query_whose_page_finds_nothing_keeps_the_benchs_parameters(store: GraphStore) -> None:
    from bench.run import _query_call

    load_generated(store, 300)
    honour = _busiest_series(store)
    call = _query_call(store, "recipients_by_year_edition", {"honor": honour})
    assert call.args == {"honor": honour} and call.label == "`recipients_by_year_edition`"
    assert call().rows == run(store, "recipients_by_year_edition", honor=honour).rows
