"""laomo-graph: a knowledge graph of model workers and craftsmen."""

__version__ = "0.1.0"
