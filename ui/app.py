"""laomo-graph explorer: the router.

Run with ``laomo ui`` or ``streamlit run ui/app.py`` (from the repository root,
so ``.streamlit/config.toml`` applies).  Pages are small files in ``ui/views``;
this file only sets the page up, offers the language switch and routes deep
links (``?person=<id>``, ``?honor=<id>``, ``?org=<id>``) to the page that
shows them.  Import and people review are offered only to a signed-in editor
(``ui.auth``; none configured = a reader-only site), the console to editors
unless LAOMO_CONSOLE=readers.  Reader mode (LAOMO_READER=1) leaves all three out.
Each of those pages checks again itself: hiding a link is not the protection.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run ui/app.py` puts ui/ first, not the repository
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from ui import auth  # noqa: E402
from ui.components import DEEP_LINKS, PAGE_FILES  # noqa: E402
from ui.data import store_display  # noqa: E402
from ui.i18n import language_switch, t  # noqa: E402
from ui.privacy import reader_mode  # noqa: E402

PAGE_ICONS = {
    "overview": ":material/dashboard:",
    "person": ":material/person:",
    "honours": ":material/military_tech:",
    "orgs": ":material/account_tree:",
    "explore": ":material/hub:",
    "console": ":material/terminal:",
    "import": ":material/upload_file:",
    "people_review": ":material/group:",
}
WRITER_PAGES = ("import", "people_review")

started = time.perf_counter()
st.set_page_config(page_title=t("app.title"), page_icon="🏅", layout="wide")


def offered(key: str) -> bool:
    """Whether this session sees the page in the navigation."""
    if key in WRITER_PAGES:
        return auth.can_write()
    if key == "console":
        return auth.console_open()
    return True


visible = [k for k in PAGE_FILES if offered(k)]
pages = {
    k: st.Page(PAGE_FILES[k], title=t(f"page.{k}"), icon=PAGE_ICONS[k], url_path=k, default=(k == "overview"))
    for k in visible
}
current = st.navigation(list(pages.values()))

with st.sidebar:
    language_switch()
    auth.sidebar()
    st.caption(t("app.store", store=store_display()))
    if reader_mode():
        st.caption(t("app.reader_mode"))

# A deep link on the root address (``/?person=p-…``) lands on the default page: send it on.
if current.url_path == pages["overview"].url_path:
    for param, page in DEEP_LINKS.items():
        if st.query_params.get(param):
            st.switch_page(pages[page], query_params={param: st.query_params[param]})

current.run()
st.caption(t("app.server_time", seconds=f"{time.perf_counter() - started:.2f}"))
