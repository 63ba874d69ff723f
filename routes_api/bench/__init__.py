"""Benchmarks on public instance sets (OPHS)."""
