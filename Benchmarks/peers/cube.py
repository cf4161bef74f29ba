"""figures.md's series read off two small aggregates, for the peers that compute those aggregates in one
pass (Polars, DuckDB): the incidents of the period grouped by (year, category, party, zone, ied_type)
with their counts and victims, and the distinct ammunition samples with their year and country."""
import argparse

import vocabulary as v

ORDER = ["attacks-per-year", "victims-per-year", "ammunition-samples-by-decade", "minusma-attacks-per-year",
         "minusma-attack-types", "minusma-attack-types-per-year", "minusma-fatalities-by-type",
         "minusma-fatalities-per-year", "minusma-ied-attacks-vs-finds", "rcied-share-per-year",
         "ammunition-samples-by-country"]


def share(part, whole):
    return [p / w if w else None for p, w in zip(part, whole)]


def incident_series(rows, years):
    """rows: dicts with year, category, party, zone, ied_type, n, killed, injured, civ, un_killed."""
    def by_year(keep, value="n"):
        out = dict.fromkeys(years, 0)
        for r in rows:
            if keep(r):
                out[r["year"]] += r[value]
        return list(out.values())

    attack = lambda r: r["category"] in v.ATTACK_TYPES
    minusma = lambda r: attack(r) and r["party"] == "minusma"
    cats = [str(y) for y in years]
    f = {"attacks-per-year": {"categories": cats, "series": {
        **{z: by_year(lambda r, z=z: attack(r) and r["zone"] == z) for z in v.ZONES}, "total": by_year(attack)}}}
    f["victims-per-year"] = {"categories": cats, "series": {
        "killed": by_year(attack, "killed"), "injured": by_year(attack, "injured"), "killed_civilians": by_year(attack, "civ")}}
    f["minusma-attacks-per-year"] = {"categories": cats, "series": {"attacks": by_year(minusma)}}
    per_type = {t: by_year(lambda r, t=t: minusma(r) and r["category"] == t) for t in v.ATTACK_TYPES}
    types = [sum(per_type[t]) for t in v.ATTACK_TYPES]
    f["minusma-attack-types"] = {"categories": v.ATTACK_TYPES, "series": {"attacks": types, "share": share(types, [sum(types)] * 4)}}
    f["minusma-attack-types-per-year"] = {"categories": cats, "series": per_type}
    deaths_per_type = {t: by_year(lambda r, t=t: minusma(r) and r["category"] == t, "un_killed") for t in v.ATTACK_TYPES}
    deaths = [sum(deaths_per_type[t]) for t in v.ATTACK_TYPES]
    f["minusma-fatalities-by-type"] = {"categories": v.ATTACK_TYPES, "series": {"fatalities": deaths, "share": share(deaths, [sum(deaths)] * 4)}}
    f["minusma-fatalities-per-year"] = {"categories": cats, "series": {**deaths_per_type, "total": by_year(minusma, "un_killed")}}
    ied = per_type["ied"]
    finds = by_year(lambda r: r["category"] == "ied_find" and r["party"] == "minusma")
    f["minusma-ied-attacks-vs-finds"] = {"categories": cats, "series": {
        "ied_attacks": ied, "ied_finds": finds, "finds_share": share(finds, [a + b for a, b in zip(ied, finds)])}}
    identified = lambda r: r["category"] in ("ied", "ied_find") and r["ied_type"] != "unknown"
    known, rcied = by_year(identified), by_year(lambda r: identified(r) and r["ied_type"] == "rcied")
    f["rcied-share-per-year"] = {"categories": cats, "series": {"rcied": rcied, "identified": known, "share": share(rcied, known)}}
    return f


def sample_series(decades, countries, total):
    """decades: {decade: samples}; countries: [(country, samples)] largest first, ties by name; total: all samples."""
    span = range(min(decades), max(decades) + 1, 10) if decades else []
    counts = [n for _, n in countries]
    return {
        "ammunition-samples-by-decade": {"categories": [f"{d}s" for d in span], "series": {"samples": [decades.get(d, 0) for d in span]}},
        "ammunition-samples-by-country": {"categories": [c for c, _ in countries],
                                          "series": {"samples": counts, "share": share(counts, [total] * len(counts))}},
    }


def arguments():
    """What every peer is run with: the data folder, the output folder and the period; with the
    fixed reference date and the years of the period."""
    args = argparse.ArgumentParser()
    args.add_argument("data"), args.add_argument("out")
    args.add_argument("--from", dest="first", type=int, default=2014), args.add_argument("--to", type=int, default=2022)
    a = args.parse_args()
    return a, v.reference_date(), list(range(a.first, a.to + 1))
