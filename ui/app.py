"""laomo-graph explorer: the router.

Run with ``laomo ui`` or ``streamlit run ui/app.py`` (from the repository root,
so ``.streamlit/config.toml`` applies).  Pages are small files in ``ui/views``;
this file only sets the page up, offers the language switch and routes deep
links (``?person=<id>``, ``?honor=<id>``, ``?org=<id>``) to the page that
shows them.  Reader mode (LAOMO_READER=1) leaves out import and the console.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run ui/app.py` puts ui/ first, not the repository
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from ui.components import DEEP_LINKS, PAGE_FILES  # noqa: E402
from ui.data import store_label  # noqa: E402
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
}
WRITER_PAGES = ("console", "import")

started = time.perf_counter()
st.set_page_config(page_title=t("app.title"), page_icon="🏅", layout="wide")

visible = [k for k in PAGE_FILES if not (reader_mode() and k in WRITER_PAGES)]
pages = {
    k: st.Page(PAGE_FILES[k], title=t(f"page.{k}"), icon=PAGE_ICONS[k], url_path=k, default=(k == "overview"))
    for k in visible
}
current = st.navigation(list(pages.values()))

with st.sidebar:
    language_switch()
    st.caption(t("app.store", store=store_label()))
    if reader_mode():
        st.caption(t("app.reader_mode"))

# A deep link on the root address (``/?person=p-…``) lands on the default page: send it on.
if current.url_path == pages["overview"].url_path:
    for param, page in DEEP_LINKS.items():
        if st.query_params.get(param):
            st.switch_page(pages[page], query_params={param: st.query_params[param]})

current.run()
st.caption(t("app.server_time", seconds=f"{time.perf_counter() - started:.2f}"))
