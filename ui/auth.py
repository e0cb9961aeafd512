"""Who may change the graph: editors sign in, readers do not.

Editors (import, people review, the console unless it is opened to readers) are
configured outside the repository: ``LAOMO_EDITORS`` in the environment or in
Streamlit secrets (``.streamlit/secrets.toml``), as ``name:hash`` pairs made by
``laomo hash-password`` (see ``ui.credentials``).  With no editor configured the
explorer is reader-only: the writing pages are not offered, every writing page
refuses to run even when addressed directly, and the store opens read-only.

The signed-in editor lives in this session's ``st.session_state[EDITOR]``; no
widget uses that key, so a browser cannot set it.  ``LAOMO_CONSOLE=readers``
opens the (read-only) console to everyone; the default is editors only.
Reader mode (``LAOMO_READER=1``) is a public screen: nobody signs in there.
"""

from __future__ import annotations

import os
from typing import Any

import streamlit as st

from ui.credentials import CredentialError, Throttle, check, parse_editors
from ui.i18n import t
from ui.privacy import reader_mode

EDITOR = "auth.editor"  # the signed-in editor's name (session state, never a widget key)
FORM = "auth.form"
_THROTTLE = Throttle()  # one per server process: a new tab or session does not reset it


def _secret(name: str) -> str | None:
    try:
        value: Any = st.secrets.get(name)
    except Exception:  # no secrets.toml at all is the ordinary case, and Streamlit raises for it
        return None
    return None if value is None else str(value)


def editors() -> dict[str, str]:
    """Configured editors {name: hash}: the environment wins over Streamlit secrets.

    A malformed configuration shows an error and counts as no editor (reader-only).
    """
    text = os.environ.get("LAOMO_EDITORS") or _secret("LAOMO_EDITORS")
    try:
        return parse_editors(text)
    except CredentialError as exc:
        st.error(t("auth.bad_config", error=str(exc)))
        return {}


def editors_configured() -> bool:
    """True when at least one editor credential is configured and this is not a reader screen."""
    return not reader_mode() and bool(editors())


def current_editor() -> str | None:
    """The editor signed in on this session, if they are still configured."""
    name = st.session_state.get(EDITOR)
    if not name or reader_mode() or name not in editors():
        return None
    return str(name)


def can_write() -> bool:
    """True when this session may load, merge or review (an editor is signed in)."""
    return current_editor() is not None


def console_open() -> bool:
    """True when this session may use the console: editors, or everyone if LAOMO_CONSOLE=readers."""
    if reader_mode():
        return False
    setting = (os.environ.get("LAOMO_CONSOLE") or _secret("LAOMO_CONSOLE") or "editors").strip().lower()
    return setting == "readers" or can_write()


def require_editor() -> str:
    """Stop a writing page unless an editor is signed in: the server-side check, not only a hidden link."""
    name = current_editor()
    if name is None:
        st.error(t("auth.required") if editors_configured() else t("auth.reader_only"))
        st.stop()
        raise AssertionError("unreachable: st.stop() raises")
    return name


def sign_in(name: str, password: str) -> str | None:
    """Check a sign-in; on success remember the editor in this session.

    Returns None on success, else the message to show (wrong name or password, or wait).
    """
    name = name.strip()
    wait = _THROTTLE.wait_s(name)
    if wait > 0:
        return t("auth.wait", seconds=f"{wait:.0f}")
    if check(editors(), name, password):
        _THROTTLE.succeeded(name)
        st.session_state[EDITOR] = name
        return None
    _THROTTLE.failed(name)
    return t("auth.wrong")


def sign_out() -> None:
    st.session_state.pop(EDITOR, None)


def sidebar() -> None:
    """The sign-in form (or who is signed in and a sign-out button), drawn in the sidebar."""
    if reader_mode() or not editors():
        return
    name = current_editor()
    if name:
        st.caption(t("auth.signed_in", name=name))
        st.button(t("auth.sign_out"), key="auth.sign_out", on_click=sign_out)
        return
    with st.expander(t("auth.title")), st.form(FORM, clear_on_submit=True):
        user = st.text_input(t("auth.name"), key="auth.name")
        password = st.text_input(t("auth.password"), type="password", key="auth.password")
        if st.form_submit_button(t("auth.submit")):
            problem = sign_in(user, password)
            if problem:
                st.error(problem)
            else:
                st.rerun()  # the router redraws the navigation with the writing pages
