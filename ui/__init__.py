"""The Streamlit explorer: thin pages over the named queries in ``graph.queries``."""
