"""Across articles: stories, alignment of claims/quotes/events, corroboration and coverage.

Everything here works from the store (or from records handed in), never from module-level caches.
"""
