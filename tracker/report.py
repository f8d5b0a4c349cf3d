"""`tracker report`: tables to reports/, charts to figures/, one HTML page.

Everything is written whole or not at all (a temporary file, then a rename),
and two runs on the same articles give byte-identical CSV, HTML and SVG.
"""

from __future__ import annotations

import html
import io
import pathlib

from . import plots
from .articles import Article, read_articles
from .claims import Claim
from .profiles import load_profile
from .store import claims_of, csv_text, to_frame

FIGURE_PATTERNS = ("timeline-*", "against-*", "who-speaks.*")


def _write(path: pathlib.Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    if isinstance(data, str):
        tmp.write_text(data, encoding="utf-8")
    else:
        tmp.write_bytes(data)
    tmp.replace(path)


def _save(fig, base: pathlib.Path) -> dict[str, bytes]:
    """PNG and SVG of a figure, without timestamps, so that runs compare equal."""
    out = {}
    for fmt, meta in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, metadata=meta)
        out[fmt] = buf.getvalue()
        _write(base.with_suffix(f".{fmt}"), out[fmt])
    return out


def _frame_csv(frame) -> str:
    return frame.to_csv(index=False, lineterminator="\n")


def write_report(
    paths=None,
    *,
    articles=None,
    claims=None,
    manifest=None,
    profile="auto",
    out=pathlib.Path("reports"),
    figures=pathlib.Path("figures"),
    excel: bool = False,
    progress=None,
) -> list[str]:
    """Read the articles, extract their claims, write the report; return the lines to print."""
    import matplotlib

    matplotlib.rcParams["svg.hashsalt"] = "tracker"
    matplotlib.rcParams["font.family"] = "DejaVu Sans"

    prof = load_profile(profile) if isinstance(profile, str) else profile
    if articles is None:
        articles = read_articles(paths, manifest=manifest)
    # "auto": the wars the articles are about name the report and order its sides
    chosen = list(dict.fromkeys(prof.choose(a.text) for a in articles)) if prof.choices else [prof]
    war = " / ".join(p.title for p in chosen)
    codes = tuple(dict.fromkeys(c for p in chosen for c in p.codes))
    if claims is None:
        claims = claims_of(progress(articles, "extracting") if progress else articles, profile=prof)
    df = to_frame(claims)
    out, figures = pathlib.Path(out), pathlib.Path(figures)

    written: list[pathlib.Path] = []
    claims_path = out / "claims.csv"
    _write(claims_path, ("\ufeff" if excel else "") + csv_text(claims))
    summary = plots.summary_table(df)
    daily = plots.daily_table(df)
    _write(out / "summary.csv", _frame_csv(summary))
    _write(out / "daily.csv", _frame_csv(daily))
    written += [claims_path, out / "summary.csv", out / "daily.csv"]

    for pattern in FIGURE_PATTERNS:  # charts of an earlier run that this one has no data for
        for old in figures.glob(pattern):
            old.unlink()
    colors = plots.side_colors(set(df["claimant_side"]) | set(df["subject_side"]), codes)
    charts: list[tuple[str, str, bytes]] = []  # (title, file stem, svg)
    cats = plots.categories(df)
    for cat in progress(cats, "drawing charts") if progress else cats:
        title = plots.category_title(cat)
        data = plots.timeline_data(df, cat)
        if not data.empty:
            svg = _save(plots.timeline_figure(data, title, colors), figures / f"timeline-{cat}")["svg"]
            charts.append((title + ": claims over time", f"timeline-{cat}", svg))
        against = plots.against_data(df, cat)
        if against["claimant_side"].nunique() > 1 or against["subject_side"].nunique() > 1:
            svg = _save(plots.against_figure(against, title + ": each side's figures", colors), figures / f"against-{cat}")["svg"]
            charts.append((title + ": each side's figures", f"against-{cat}", svg))
    speakers = plots.speakers_data(df)
    if not speakers.empty:
        names_ar = {}
        for c in claims:
            names_ar.setdefault(c.claimant, c.claimant_ar.split(" / ")[0] if c.claimant_ar else "")
        svg = _save(plots.speakers_figure(speakers, colors, names_ar), figures / "who-speaks")["svg"]
        charts.append(("Who speaks", "who-speaks", svg))
    written += sorted(figures.glob("*.png"))

    page = render_html(articles, claims, summary, charts, colors, war)
    _write(out / "index.html", page)
    written.append(out / "index.html")

    lines = [f"{len(articles)} articles read, {len(claims)} claims"]
    if not df.empty:
        counts = plots.with_category(df).groupby(["claimant_side", "category"], observed=True).size()
        for (side, cat), n in counts.items():
            lines.append(f"  {side:8} {cat:28} {n}")
    lines.append("wrote " + ", ".join(str(p) for p in written[:3]) + f", {out / 'index.html'} and {len(charts)} charts in {figures}/")
    return lines


def _quote_html(article: Article, claim: Claim) -> str:
    """The quote, right to left, with the number highlighted."""
    text = article.text
    q = claim.quote
    start = text.rfind(q, 0, claim.start + len(q))  # the last occurrence that starts before the number
    if start < 0 or not (start <= claim.start <= claim.end <= start + len(q)):
        return html.escape(q)
    a, b = claim.start - start, claim.end - start
    return html.escape(q[:a]) + "<mark>" + html.escape(q[a:b]) + "</mark>" + html.escape(q[b:])


_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em;color:#222;max-width:1200px}
h1{font-size:1.6em} h2{margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;font-size:.85em;width:100%} th,td{border:1px solid #ddd;padding:4px 6px;vertical-align:top}
th{background:#f3f3f3;text-align:left} td.quote{direction:rtl;text-align:right;font-size:1.05em;line-height:1.6}
mark{background:#ffe08a;padding:0 2px} .side{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:4px}
figure{margin:1em 0} figure svg{max-width:100%;height:auto} .ar{direction:rtl;unicode-bidi:embed}
"""


def render_html(articles, claims, summary, charts, colors, title) -> str:
    by_id = {a.id: a for a in articles}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>tracker report: {html.escape(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Claims of losses: {html.escape(title)}</h1>",
        f"<p>{len(articles)} articles, {len(claims)} claims. Every figure below is traceable to its sentence; "
        "the number is highlighted in the quote.</p>",
        "<h2>Summary</h2>",
        summary.astype("object").where(summary.notna(), "").to_html(index=False, border=0),
        "<h2>Charts</h2>",
    ]
    for caption, stem, svg in charts:
        body = svg.decode("utf-8")
        body = body[body.find("<svg"):]  # inline, without the XML prologue
        parts.append(f'<figure id="{html.escape(stem)}">{body}<figcaption>{html.escape(caption)}</figcaption></figure>')
    parts.append("<h2>Every claim</h2>")
    parts.append(
        "<table><thead><tr><th>article</th><th>date</th><th>claimant</th><th>whose</th><th>what</th>"
        "<th>figure</th><th>quote</th></tr></thead><tbody>"
    )
    for c in claims:
        art = by_id.get(c.article_id)
        quote = _quote_html(art, c) if art else html.escape(c.quote)
        figure = c.value if c.value is not None else f"{c.low if c.low is not None else ''}–{c.high if c.high is not None else ''}"
        swatch = f'<span class="side" style="background:{colors.get(c.claimant_side, "#bbb")}"></span>'
        claimant = f'{swatch}{html.escape(c.claimant)} ({html.escape(c.claimant_side)})'
        if c.claimant_ar:
            claimant += f'<br><span class="ar">{html.escape(c.claimant_ar)}</span>'
        flags = "".join(f" <em>{f}</em>" for f, on in (("running total", c.cumulative), (c.status, c.status != "asserted")) if on)
        parts.append(
            f"<tr><td>{html.escape(c.article_id)}</td><td>{c.date or ''}</td><td>{claimant}</td>"
            f"<td>{html.escape(c.subject_side)}</td><td>{html.escape(c.outcome)} {html.escape(c.item)}{flags}</td>"
            f"<td>{html.escape(str(figure))} <small>{html.escape(c.qualifier)}</small></td>"
            f'<td class="quote" dir="rtl" lang="ar">{quote}</td></tr>'
        )
    parts.append("</tbody></table></body></html>")
    return "\n".join(parts) + "\n"
