"""What every peer does after computing the series: write them as JSON (comparable with brief's
figures.json) and draw one matplotlib chart per figure, as PDF and SVG, like brief's pdf/ and svg/."""
import json
import os
import time

# Okabe–Ito, as brief's charts use it: one colour per category.
COLOURS = {"northern": "#0072B2", "central": "#E69F00", "southern": "#009E73", "total": "#000000",
           "ied": "#D55E00", "indirect_fire": "#E69F00", "small_arms_fire": "#0072B2", "complex": "#CC79A7",
           "killed": "#D55E00", "injured": "#56B4E9", "killed_civilians": "#E69F00", "ied_attacks": "#D55E00",
           "ied_finds": "#009E73", "rcied": "#D55E00"}

TITLES = {
    "attacks-per-year": "Extremist attacks in Mali by zone",
    "victims-per-year": "People killed and injured in extremist attacks",
    "ammunition-samples-by-decade": "Ammunition samples by decade of production",
    "minusma-attacks-per-year": "Annual numbers of extremist attacks against MINUSMA",
    "minusma-attack-types": "Types of attacks against MINUSMA",
    "minusma-attack-types-per-year": "Attacks against MINUSMA by type and year",
    "minusma-fatalities-by-type": "MINUSMA fatalities by type of attack",
    "minusma-fatalities-per-year": "MINUSMA fatalities in attacks by type and year",
    "minusma-ied-attacks-vs-finds": "IED attacks against MINUSMA and IEDs it found",
    "rcied-share-per-year": "Remote-controlled IEDs among identified IEDs",
    "ammunition-samples-by-country": "Ammunition samples by producing country",
}
STACKED = {"attacks-per-year", "minusma-attack-types-per-year", "minusma-fatalities-per-year"}
HORIZONTAL = {"minusma-attack-types", "minusma-fatalities-by-type", "ammunition-samples-by-country"}


def write(out, figures, timings, started):
    """figures: {id: {"categories": [...], "series": {name: [numbers or None]}}}, in figures.md's order."""
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "series.json"), "w") as f:
        json.dump(figures, f, indent=1)
    t = time.perf_counter()
    draw(figures, out)
    timings["charts"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - started
    with open(os.path.join(out, "timings.json"), "w") as f:
        json.dump(timings, f, indent=1)


def draw(figures, out):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    for kind in ("pdf", "svg"):
        os.makedirs(os.path.join(out, kind), exist_ok=True)
    for fid, fig in figures.items():
        cats, series = fig["categories"], fig["series"]
        figure, ax = plt.subplots(figsize=(8, 4.5))
        if fid in HORIZONTAL:
            name = next(iter(series))
            values = series[name][:10]
            labels = cats[:10]
            if len(cats) > 10:   # the rest as one bar, as brief draws §3.3
                labels = labels + [f"{len(cats) - 10} other countries"]
                values = values + [sum(series[name][10:])]
            bars = ax.barh(labels[::-1], values[::-1], color="#0072B2")
            ax.bar_label(bars, fmt="{:,.0f}", padding=2)
        elif fid == "rcied-share-per-year":
            ax.plot(cats, [v * 100 if v is not None else None for v in series["share"]], marker="o", color=COLOURS["rcied"])
            ax.set_ylabel("Share of identified IEDs (%)")
        elif fid in STACKED:
            bottom = [0] * len(cats)
            for name, values in series.items():
                if name == "total":
                    continue
                ax.bar(cats, values, bottom=bottom, label=name.replace("_", " "), color=COLOURS.get(name))
                bottom = [b + v for b, v in zip(bottom, values)]
            ax.legend(loc="upper left", ncols=4, frameon=False)
        else:
            names = [n for n in series if n not in ("finds_share", "share")]
            width = 0.8 / len(names)
            for i, name in enumerate(names):
                xs = [x + (i - (len(names) - 1) / 2) * width for x in range(len(cats))]
                ax.bar(xs, series[name], width, label=name.replace("_", " "), color=COLOURS.get(name, "#0072B2"))
            ax.set_xticks(range(len(cats)), cats)
            if len(names) > 1:
                ax.legend(loc="upper left", ncols=3, frameon=False)
        ax.set_title(TITLES[fid], loc="left")
        ax.spines[["top", "right"]].set_visible(False)
        for kind in ("pdf", "svg"):
            figure.savefig(os.path.join(out, kind, f"{fid}.{kind}"))
        plt.close(figure)
