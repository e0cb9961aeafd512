"""One small file per page; ``ui/app.py`` routes between them with ``st.navigation``."""
