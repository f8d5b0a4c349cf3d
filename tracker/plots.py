"""Charts of claims: the data behind each chart, and the figures (matplotlib).

Data functions take the claims DataFrame and return plain DataFrames (tested on
their own); figure functions take that data and return a Figure.  Nothing here
writes a file or calls plt.show: tracker.report saves what these draw.

Colours: one per side, the same in every chart (Okabe-Ito, safe for colour-blind
readers), parties in the profile's order, then media and unknown in greys.
"""

from __future__ import annotations

import math

OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
GREYS = {"media": "#7F7F7F", "unknown": "#BBBBBB", "both": "#444444"}

PEOPLE = {"soldier", "civilian", "person", "child", "woman", "man"}
CIVILIANS = {"civilian", "child", "woman", "man"}
EQUIPMENT_OUTCOMES = {"destroyed", "shot_down", "damaged", "captured"}

_CATEGORY_TITLES = {
    "killed-soldier": "Soldiers killed",
    "killed-civilian": "Civilians killed",
    "killed-person": "People killed (unspecified)",
    "wounded": "Wounded",
    "casualties": "Casualties (killed and wounded)",
    "captured": "Captured (people)",
    "missing": "Missing",
    "evacuated": "Evacuated or displaced",
}


def category(outcome: str, item: str) -> str:
    """The chart category of a claim: "killed-soldier", "wounded", "lost-tank", ..."""
    if item in PEOPLE:
        if outcome == "killed":
            return "killed-civilian" if item in CIVILIANS else f"killed-{item}"
        return outcome
    return f"lost-{item}"


def category_title(cat: str) -> str:
    if cat in _CATEGORY_TITLES:
        return _CATEGORY_TITLES[cat]
    if cat.startswith("lost-"):
        return cat[5:].replace("_", " ").capitalize() + "s lost (destroyed, shot down, damaged or captured)"
    return cat.replace("-", " ").capitalize()


def side_colors(sides, profile_codes=()) -> dict[str, str]:
    """A colour for each side: the profile's parties first, in order, then any other."""
    colors: dict[str, str] = {}
    ordered = list(dict.fromkeys([*profile_codes, *sorted(s for s in sides if s not in GREYS)]))
    for i, side in enumerate(ordered):
        colors[side] = OKABE_ITO[i % len(OKABE_ITO)]
    colors.update(GREYS)
    return colors


def with_category(df):
    df = df.copy()
    df["category"] = [category(o, i) for o, i in zip(df["outcome"], df["item"])]
    # the figure to plot: the value, or the lower bound of a vague amount
    df["figure"] = df["value"].fillna(df["low"]).astype("Float64")
    return df


def timeline_data(df, cat: str):
    """The points of one category's timeline: one row per dated claim."""
    d = with_category(df)
    d = d[(d["category"] == cat) & d["date"].notna()]
    cols = ["date", "claimant_side", "subject_side", "claimant", "value", "low", "high", "qualifier", "cumulative", "figure"]
    return d[cols].sort_values(["date", "claimant_side", "figure"], kind="stable").reset_index(drop=True)


def categories(df) -> list[str]:
    """The categories that have claims, people first."""
    cats = set(with_category(df)["category"])
    order = [c for c in _CATEGORY_TITLES if c in cats]
    return order + sorted(c for c in cats if c not in _CATEGORY_TITLES)


def against_data(df, cat: str, period: str = "M"):
    """For each side whose losses are counted: what each claimant side says, per period.

    `figure` is the largest figure a claimant side gave for that side's losses in
    the period (the latest running total and single reports alike)."""
    import pandas as pd

    d = with_category(df)
    d = d[(d["category"] == cat) & d["date"].notna() & d["subject_side"].ne("unknown")]
    if d.empty:
        return pd.DataFrame(columns=["period", "subject_side", "claimant_side", "figure", "claims"])
    d = d.assign(period=d["date"].dt.to_period(period).astype(str))
    g = d.groupby(["period", "subject_side", "claimant_side"], observed=True)
    out = g.agg(figure=("figure", "max"), claims=("figure", "size")).reset_index()
    return out.sort_values(["period", "subject_side", "claimant_side"], kind="stable").reset_index(drop=True)


def speakers_data(df):
    """Claims per claimant, with the claimant's side, most first."""
    g = df.groupby(["claimant", "claimant_side"], observed=True).size().reset_index(name="claims")
    return g.sort_values(["claims", "claimant"], ascending=[False, True], kind="stable").reset_index(drop=True)


def summary_table(df):
    """Per claimant side x subject side x category: claims, latest running total, sum of increments."""
    import pandas as pd

    d = with_category(df)
    rows = []
    for (cs, ss, cat), g in d.groupby(["claimant_side", "subject_side", "category"], observed=True, sort=True):
        cum = g[g["cumulative"]].sort_values("date", kind="stable")
        inc = g[~g["cumulative"]]
        latest = cum["figure"].iloc[-1] if len(cum) else None
        rows.append(
            {
                "claimant_side": cs,
                "subject_side": ss,
                "category": cat,
                "claims": int(len(g)),
                "latest_cumulative": None if latest is None or latest != latest else int(latest),
                "sum_of_increments": int(inc["figure"].fillna(0).sum()) if len(inc) else None,
            }
        )
    out = pd.DataFrame(rows, columns=["claimant_side", "subject_side", "category", "claims", "latest_cumulative", "sum_of_increments"])
    for col in ("latest_cumulative", "sum_of_increments"):
        out[col] = out[col].astype("Int64")
    return out


def daily_table(df):
    """Increments per claimant and category from running totals, with a flag where a total goes down."""
    import pandas as pd

    d = with_category(df)
    d = d[d["cumulative"] & d["date"].notna() & d["figure"].notna()]
    rows = []
    for (claimant, ss, cat), g in d.groupby(["claimant", "subject_side", "category"], observed=True, sort=True):
        g = g.sort_values(["date", "figure"], kind="stable").groupby("date", as_index=False)["figure"].max()
        prev = None
        for date, fig in zip(g["date"], g["figure"]):
            inc = None if prev is None else int(fig) - int(prev)
            rows.append(
                {
                    "claimant": claimant,
                    "subject_side": ss,
                    "category": cat,
                    "date": date.date().isoformat(),
                    "cumulative": int(fig),
                    "increment": inc,
                    "decreased": bool(inc is not None and inc < 0),
                }
            )
            prev = fig
    out = pd.DataFrame(rows, columns=["claimant", "subject_side", "category", "date", "cumulative", "increment", "decreased"])
    out["increment"] = out["increment"].astype("Int64")
    return out


# ------------------------------------------------------------------ figures

def arabic(text: str) -> str:
    """Arabic shaped and ordered for matplotlib, which does neither."""
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text))


def _new_figure(width=8.0, height=4.5):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    return fig, fig.add_subplot(1, 1, 1)


_MARKERS = {"at_least": "^", "more_than": "^", "up_to": "v", "less_than": "v", "approx": "o", "exact": "o"}


def timeline_figure(data, title: str, colors: dict):
    """Claimed figures over time, one series per claimant side.

    Exact figures are markers; a lower bound points up, an upper bound down;
    ranges and vague amounts are bars from low to high.  Running totals are
    filled and joined by a line; single reports are hollow."""
    fig, ax = _new_figure()
    values = []
    for side, g in data.groupby("claimant_side", observed=True, sort=True):
        color = colors.get(side, GREYS["unknown"])
        for cumulative, h in g.groupby("cumulative", sort=True):
            face = color if cumulative else "white"
            for q, hq in h.groupby("qualifier", observed=True, sort=True):
                if q in ("range", "vague"):
                    bounded = hq[hq["high"].notna()]
                    if len(bounded):
                        lo = bounded["low"].astype("float")
                        hi = bounded["high"].astype("float")
                        mid = (lo + hi) / 2
                        ax.errorbar(bounded["date"], mid, yerr=[mid - lo, hi - mid], fmt="none", ecolor=color, elinewidth=6, alpha=0.35)
                        values += [*lo.dropna(), *hi.dropna()]
                    open_ended = hq[hq["high"].isna()]  # "آخرين": two or more
                    if len(open_ended):
                        y = open_ended["low"].astype("float")
                        ax.scatter(open_ended["date"], y, marker="^", s=60, facecolors=face, edgecolors=color, linewidths=1.6, zorder=3)
                        values += list(y.dropna())
                else:
                    y = hq["figure"].astype("float")
                    ax.scatter(hq["date"], y, marker=_MARKERS.get(q, "o"), s=60, facecolors=face, edgecolors=color, linewidths=1.6, zorder=3)
                    values += list(y.dropna())
            if cumulative and len(h) > 1:
                ax.plot(h["date"], h["figure"].astype("float"), color=color, linewidth=1, alpha=0.7)
        ax.scatter([], [], marker="o", color=color, label=f"claimed by {side}")
    positive = [v for v in values if v and v > 0]
    if positive and max(positive) / min(positive) >= 100:
        ax.set_yscale("log")
    if len(data):
        import datetime as dt

        first, last = data["date"].min(), data["date"].max()
        pad = max((last - first) * 0.05, dt.timedelta(days=7))
        ax.set_xlim(first - pad, last + pad)  # a single day does not stretch over years
    ax.set_title(title)
    ax.set_xlabel("date of the claim")
    ax.set_ylabel("claimed figure")
    ax.grid(True, alpha=0.3)
    ax.legend(title="filled: running total; hollow: single report\n▲ at least, ▼ at most, bar: range", fontsize=8, title_fontsize=8, loc="best")
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def against_figure(data, title: str, colors: dict):
    """Bars: for each side whose losses are counted and each period, the figure each side gives."""
    import numpy as np

    subjects = sorted(data["subject_side"].unique())
    fig, axes_ = None, None
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4.0 * max(1, len(subjects)) + 1, 4.5), dpi=100)
    axes_ = fig.subplots(1, max(1, len(subjects)), squeeze=False)[0]
    claimants = sorted(data["claimant_side"].unique())
    for ax, subject in zip(axes_, subjects):
        d = data[data["subject_side"] == subject]
        periods = sorted(d["period"].unique())
        x = np.arange(len(periods))
        width = 0.8 / max(1, len(claimants))
        for k, cs in enumerate(claimants):
            dd = d[d["claimant_side"] == cs].set_index("period")["figure"]
            ys = [float(dd.get(p, math.nan)) for p in periods]
            label = f"{cs} about its own losses" if cs == subject else f"{cs} about {subject}"
            ax.bar(x + k * width - 0.4 + width / 2, ys, width, color=colors.get(cs, GREYS["unknown"]), label=label)
        ax.set_xticks(x, periods)
        ax.set_title(f"losses of {subject}")
        ax.set_ylabel("largest claimed figure")
        ax.grid(True, axis="y", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle(title)
    fig.tight_layout()
    return fig


def speakers_figure(data, colors: dict, arabic_names: dict | None = None):
    """Horizontal bars: claims per claimant, coloured by side."""
    n = max(1, len(data))
    fig, ax = _new_figure(8.0, 1.2 + 0.35 * n)
    labels = []
    for name in data["claimant"]:
        ar = (arabic_names or {}).get(name)
        labels.append(f"{name}  ({arabic(ar)})" if ar else name)
    y = list(range(n))[::-1]
    ax.barh(y, data["claims"], color=[colors.get(s, GREYS["unknown"]) for s in data["claimant_side"]])
    ax.set_yticks(y, labels, fontsize=8)
    from matplotlib.patches import Patch

    ax.set_xlabel("claims")
    fig.suptitle("Who speaks: claims per claimant, coloured by the claimant's side")
    sides = sorted(data["claimant_side"].unique())
    ax.legend(handles=[Patch(color=colors.get(s, GREYS["unknown"]), label=s) for s in sides], fontsize=8, loc="lower right")
    fig.tight_layout()
    return fig
