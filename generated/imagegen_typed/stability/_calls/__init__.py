"""Stability AI: one module per model spec with its endpoint record and its methods (see ../_client.py).

Generated from the specs; do not edit.
"""
