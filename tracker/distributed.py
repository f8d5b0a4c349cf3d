"""Extraction on a Dask cluster (dask.distributed): the same claims, in the same order.

The client reads the corpus as a stream and sends it out in batches of articles;
each worker extracts a batch with the tracker installed on it and sends the claims
back. At most a few batches per worker are in flight, so neither the client nor
the cluster ever holds the corpus. Without a scheduler address a LocalCluster of
`workers` processes is started and stopped.

A worker whose tracker differs from the client's (another version, another
lexicon) refuses the batch, rather than mixing two extractions in one result.
"""

from __future__ import annotations

import os
from typing import Iterable, Iterator

from .articles import Article
from .claims import Claim
from .errors import TrackerError
from .parallel import batches, claims_of_article, in_order

BATCH_BYTES = 250_000  # a fraction of a second of work on one core
BATCH_ARTICLES = 64


def _batch(articles: list[Article], profile, version: str) -> list[list[Claim]]:
    from .db import VERSION

    if version != VERSION:
        raise TrackerError(f"a Dask worker runs tracker {VERSION}, the client {version}: install the same tracker on every worker")
    return [claims_of_article(a, profile) for a in articles]


def client_for(scheduler: str | None, workers: int):
    """A Client of the cluster at `scheduler`, or of a new LocalCluster; and that cluster."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise TrackerError("the dask engine needs dask.distributed: pip install 'tracker[dask]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="15s"), None
        except (OSError, TimeoutError, ValueError) as e:
            raise TrackerError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    cluster = LocalCluster(
        n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=50
    )
    return Client(cluster), cluster


def extract_each_dask(
    articles: Iterable[Article], profile, *, scheduler: str | None = None, workers: int | None = None
) -> Iterator[tuple[Article, list[Claim]]]:
    """(article, its claims) for each article, in order, extracted on a Dask cluster."""
    from .db import VERSION
    from .profiles import load_profile

    if isinstance(profile, str):
        profile = load_profile(profile)  # here, where its file is, not on the workers
    client, cluster = client_for(scheduler, workers or os.cpu_count() or 1)
    try:
        n = max(1, len(client.scheduler_info().get("workers", {})))
        prof = client.scatter(profile, broadcast=True)
        groups = batches(articles, BATCH_ARTICLES, BATCH_BYTES)
        yield from in_order(groups, lambda b: client.submit(_batch, b, prof, VERSION, pure=False).result, 2 * n)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
