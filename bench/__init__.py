"""Benchmarks (``laomo bench``) and the seeded graph generator they load.

Tooling, not core: this package may import ``graph`` and ``loaders``; neither of
them imports it.
"""
