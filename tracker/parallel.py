"""Extraction on several processes: the same claims, in the same order, as one process.

Workers are forked processes, each with the lexicon and profile loaded once; articles
go out in chunks, two per worker in flight, and come back in order, so the caller can
store or write them as they arrive and memory does not grow with the corpus.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
from collections import deque
from typing import Iterable, Iterator

from .articles import Article
from .claims import Claim, extract_claims
from .errors import InputError

_PROFILE = None


def claims_of_article(art: Article, profile, extract=extract_claims) -> list[Claim]:
    return extract(art.text, article_id=art.id, published=art.published, profile=profile, outlet=art.outlet)


def _init(profile) -> None:
    global _PROFILE
    _PROFILE = profile


def _batch(arts: list[Article]) -> list[list[Claim]]:
    return [claims_of_article(a, _PROFILE) for a in arts]


def batches(articles: Iterable[Article], max_articles: int, max_chars: int | None = None) -> Iterator[list[Article]]:
    """The articles in lists of at most `max_articles` (and about `max_chars` of text)."""
    batch: list[Article] = []
    size = 0
    for art in articles:
        batch.append(art)
        size += len(art.text)
        if len(batch) >= max_articles or (max_chars is not None and size >= max_chars):
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def in_order(groups: Iterable[list], submit, window: int) -> Iterator[tuple]:
    """(item, its result) for every item of every group, in order. `submit(group)` starts
    the work and returns a function that waits for its list of results; at most `window`
    groups are in flight, so the input is read only as fast as the work is done."""
    pending: deque = deque()
    for group in groups:
        pending.append((group, submit(group)))
        if len(pending) >= window:
            done, wait = pending.popleft()
            yield from zip(done, wait())
    while pending:
        done, wait = pending.popleft()
        yield from zip(done, wait())


ENGINES = ("local", "dask")


def extract_each(
    articles: Iterable[Article],
    profile,
    workers: int = 1,
    chunksize: int = 16,
    extract=None,
    *,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[tuple[Article, list[Claim]]]:
    """(article, its claims) for each article, in order, on `workers` processes, or on a
    Dask cluster with engine="dask" (at `scheduler`, else a local one of `workers`).
    `extract` replaces extract_claims on one process (the store's tests use it)."""
    if engine == "dask" or scheduler:
        from .distributed import extract_each_dask

        yield from extract_each_dask(articles, profile, scheduler=scheduler, workers=workers)
        return
    if engine != "local":
        raise InputError(f"unknown engine {engine!r} (choose one of: {', '.join(ENGINES)})")
    if workers <= 1:
        for art in articles:
            yield art, claims_of_article(art, profile, extract or extract_claims)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    # what this process holds (the lexicon, the profile, the modules) is not scanned by the
    # workers' garbage collector, whose visits would copy its pages into each of them
    # (and unfrozen after, so that this process collects them again)
    gc.freeze()
    try:
        with ctx.Pool(workers, initializer=_init, initargs=(profile,)) as pool:
            gc.unfreeze()
            # (not Pool.imap: its feeder thread reads the whole input ahead of the workers)
            yield from in_order(batches(articles, chunksize), lambda b: pool.apply_async(_batch, (b,)).get, 2 * workers)
    finally:
        gc.unfreeze()
