"""Extraction on several processes: the same claims, in the same order, as one process.

Workers are forked processes, each with the lexicon and profile loaded once; articles
go out in chunks and come back in order (`imap`), so the caller can store or write
them as they arrive and memory does not grow with the corpus.
"""

from __future__ import annotations

import multiprocessing as mp
from typing import Iterable, Iterator

from .articles import Article
from .claims import Claim, extract_claims
from .errors import InputError

_PROFILE = None


def _init(profile) -> None:
    global _PROFILE
    _PROFILE = profile


def _one(art: Article) -> list[Claim]:
    return extract_claims(art.text, article_id=art.id, published=art.published, profile=_PROFILE, outlet=art.outlet)


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
        extract = extract or extract_claims
        for art in articles:
            yield art, extract(art.text, article_id=art.id, published=art.published, profile=profile, outlet=art.outlet)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=_init, initargs=(profile,)) as pool:
        pending: list[Article] = []

        def batches():
            for art in articles:
                pending.append(art)
                yield art

        for claims in pool.imap(_one, batches(), chunksize=chunksize):
            yield pending.pop(0), claims
