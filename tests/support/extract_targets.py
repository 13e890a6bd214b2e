"""Extraction targets that misbehave, for the worker tests (importable by a spawned worker)."""

from __future__ import annotations

import os
import time

from monitor.enrich.extract import ExtractJob, extract_article
from monitor.enrich.records import ExtractedArticle


def spin_on_marked_pages(job: ExtractJob) -> ExtractedArticle:
    """Loops for ever on a page holding "SPIN" (as a pathological page can make an extractor do)."""
    if b"SPIN" in job.body:
        while True:
            time.sleep(0.01)
    return extract_article(job)


def die_on_marked_pages(job: ExtractJob) -> ExtractedArticle:
    """Kills its own process on a page holding "CRASH" (a segfault in C code looks like this)."""
    if b"CRASH" in job.body:
        os._exit(3)
    return extract_article(job)
