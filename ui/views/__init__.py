"""One small file per page; ``ui/app.py`` routes between them with ``st.navigation``.

Not called ``pages/``: Streamlit treats a ``pages/`` folder beside the entry script as a
version-1 multipage app until the first ``st.navigation`` call, so a fresh server's first
visitor arriving on a deep address (``/honours``) would get the wrong navigation.
"""
