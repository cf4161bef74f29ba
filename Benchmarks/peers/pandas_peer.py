#!/usr/bin/env python3
"""brief's eleven series with pandas + matplotlib, as a careful analyst would write them.

Reads the incidents and ammunition exports (encoding and delimiter detected as brief does), drops the rows
brief rejects (exports.md: bad values, rows cut short, conflicting duplicates) and collapses identical
re-exports, computes the series of figures.md, writes series.json and one chart per figure.
Each distinct label, date or calibre is normalised once (pd.factorize), not once per row.

    pandas_peer.py DATA_DIR OUT_DIR [--from 2014 --to 2022]
"""
import datetime as dt
import time

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

import charts
import cube
import vocabulary as v

COUNTS = ["killed_un_military", "injured_un_military", "killed_un_associated", "injured_un_associated",
          "killed_security", "injured_security", "killed_civilians", "injured_civilians", "assailants_killed"]


def read(path):
    # pyarrow's reader, because it refuses rows with the wrong number of fields (brief's malformed-row)
    # where pandas' C engine pads a row cut short with blanks and accepts it; and pd.read_csv(engine=
    # "pyarrow") cannot pass newlines_in_values, which quoted fields with line breaks need.
    encoding, delimiter = v.sniff(path)
    table = pacsv.read_csv(
        path, read_options=pacsv.ReadOptions(encoding=encoding),
        parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True, invalid_row_handler=lambda row: "skip"),
        # Every column as text: no type guessing on values such as `na` or `0712`.
        convert_options=pacsv.ConvertOptions(strings_can_be_null=False,
                                             column_types=dict.fromkeys(header(path, encoding, delimiter), pa.string())))
    return table.to_pandas()


def header(path, encoding, delimiter):
    with open(path, encoding=encoding, newline="") as f:
        return [name.strip() for name in f.readline().rstrip("\r\n").split(delimiter)]


def per_distinct(column, parse, dtype=object, missing=None):
    """parse() applied once per distinct value, broadcast back to the rows as a typed array."""
    codes, uniques = pd.factorize(column)
    values = np.array([parse(u) for u in uniques], dtype=dtype) if len(uniques) else np.array([], dtype=dtype)
    return values[codes] if len(values) else np.full(len(codes), missing, dtype=dtype)


def label(column, table):
    return per_distinct(column, lambda text: table.get(v.fold(text)) if text.strip() else None)


def optional(column):
    """Free text: trimmed, None for the unknown tokens (vectorised: ids and places have many distinct values)."""
    text = column.str.strip()
    return text.where(~text.str.lower().isin(v.UNKNOWN_TOKENS), None)


def day(text, reference):
    """A date as its day number (for comparing duplicates) and year; NaN when bad."""
    date = v.parse_date(text, reference)
    return np.nan if date is None else date.toordinal()


def count(text):
    """A count; -1 when unknown (kept apart from 0 when comparing duplicates), NaN when bad."""
    parsed = v.parse_count(text)
    return np.nan if parsed is None else (parsed[0] if parsed[1] else -1)


def collapse_duplicates(df, id_column):
    """Identical rows (after normalisation) collapse into the first; ids still repeated differ: all dropped.
    Only the rows of repeated ids (about 1 %) are compared whole."""
    repeated = df[id_column].duplicated(keep=False)
    firsts = df[repeated].drop_duplicates()
    conflicting = firsts[id_column][firsts[id_column].duplicated(keep=False)]
    keep = ~repeated | (df.index.isin(firsts.index) & ~df[id_column].isin(conflicting))
    return df[keep]


def incidents(path, reference):
    raw = read(path)
    df = pd.DataFrame({"id": raw["incident_id"].str.strip()})
    df["day"] = per_distinct(raw["date"], lambda t: day(t, reference), float)
    df["region"] = label(raw["region"], v.REGION_OF)
    df["category"] = label(raw["category"], v.CATEGORY_OF)
    df["party"] = label(raw["party"], v.PARTY_OF)
    df["ied_type"] = per_distinct(raw["ied_type"], lambda t: "unknown" if v.is_unknown(t) else v.IED_TYPE_OF.get(v.fold(t)))
    for name in COUNTS:
        df[name] = per_distinct(raw[name], count, float)
    unknown = {c: per_distinct(raw[c], v.is_unknown, bool) for c in ("latitude", "longitude")}
    df["lat"], df["lon"] = (per_distinct(raw[c], lambda t: np.nan if (d := v.parse_degrees(t)) is None else d, float)
                            for c in ("latitude", "longitude"))
    both_unknown = unknown["latitude"] & unknown["longitude"]
    inside = df["lat"].between(10.1, 25.1) & df["lon"].between(-12.3, 4.3)
    coordinates_ok = both_unknown | (~unknown["latitude"] & ~unknown["longitude"] & inside)
    df.loc[both_unknown, ["lat", "lon"]] = np.nan
    for name in ("locality", "perpetrator", "case_file", "source"):
        df[name] = optional(raw[name])
    ok = ((df["id"] != "") & coordinates_ok & df[["day", "region", "category", "party", "ied_type", *COUNTS]].notna().all(axis=1))
    df = collapse_duplicates(df[ok], "id")
    df["year"] = per_distinct(df["day"], lambda d: dt.date.fromordinal(int(d)).year, int)
    df["zone"] = df["region"].map(v.ZONE_OF)
    return df


def ammunition(path, reference):
    raw = read(path)
    df = pd.DataFrame({"id": raw["record_id"].str.strip()})
    df["day"] = per_distinct(raw["recovered_date"], lambda t: day(t, reference), float)
    df["region"] = label(raw["region"], v.REGION_OF)
    parsed = {t: v.parse_calibre(t) if t.strip() else None for t in raw["calibre"].unique()}
    df["calibre"] = per_distinct(raw["calibre"], lambda t: parsed[t] and parsed[t][0])
    df["bore"] = per_distinct(raw["calibre"], lambda t: parsed[t][1] if parsed[t] else np.nan, float)
    df["cartridge"] = per_distinct(raw["calibre"], lambda t: bool(parsed[t] and parsed[t][2]), bool)
    country_ok = per_distinct(raw["country"], lambda t: v.is_unknown(t) or v.fold(t) in v.COUNTRY_OF, bool)
    df["country"] = per_distinct(raw["country"], lambda t: None if v.is_unknown(t) else v.COUNTRY_OF.get(v.fold(t)))
    # Year: 0 when unknown, NaN when bad.
    df["year"] = per_distinct(raw["year"], lambda t: np.nan if (y := v.parse_year(t, reference.year)) is None else (y[0] or 0), float)
    # A quantity that is unknown or 0 counts as one item.
    df["quantity"] = per_distinct(raw["quantity"], lambda t: np.nan if (q := v.parse_count(t)) is None else max(q[0], 1), float)
    for name in ("incident_id", "headstamp", "producer"):
        df[name] = optional(raw[name])
    ok = (df["id"] != "") & country_ok & df[["day", "region", "calibre", "year", "quantity"]].notna().all(axis=1)
    return collapse_duplicates(df[ok], "id")


def share(part, whole):
    return [p / w if w else None for p, w in zip(part, whole)]


def incident_figures(df, years):
    period = df[df["year"].isin(years)]
    attacks = period[period["category"].isin(v.ATTACK_TYPES)]
    minusma = attacks[attacks["party"] == "minusma"]
    def by_year(frame, values=None):
        s = frame.groupby("year").size() if values is None else frame.groupby("year")[values].sum()
        return [int(x) for x in s.reindex(years, fill_value=0)]
    def crosstab(frame, column, keys, values=None):
        return {k: by_year(frame[frame[column] == k], values) for k in keys}
    counts = period[COUNTS].clip(lower=0)
    period = period.assign(killed=counts[[c for c in COUNTS[:8] if c.startswith("killed")]].sum(axis=1),
                           injured=counts[[c for c in COUNTS if c.startswith("injured")]].sum(axis=1),
                           civ=counts["killed_civilians"],
                           un_killed=counts["killed_un_military"] + counts["killed_un_associated"])
    attacks, minusma = period.loc[attacks.index], period.loc[minusma.index]
    cats = [str(y) for y in years]
    f = {}
    f["attacks-per-year"] = {"categories": cats, "series": {**crosstab(attacks, "zone", v.ZONES), "total": by_year(attacks)}}
    f["victims-per-year"] = {"categories": cats, "series": {
        "killed": by_year(attacks, "killed"), "injured": by_year(attacks, "injured"), "killed_civilians": by_year(attacks, "civ")}}
    f["minusma-attacks-per-year"] = {"categories": cats, "series": {"attacks": by_year(minusma)}}
    types = [int((minusma["category"] == t).sum()) for t in v.ATTACK_TYPES]
    f["minusma-attack-types"] = {"categories": v.ATTACK_TYPES, "series": {"attacks": types, "share": share(types, [sum(types)] * 4)}}
    f["minusma-attack-types-per-year"] = {"categories": cats, "series": crosstab(minusma, "category", v.ATTACK_TYPES)}
    deaths = [int(minusma.loc[minusma["category"] == t, "un_killed"].sum()) for t in v.ATTACK_TYPES]
    f["minusma-fatalities-by-type"] = {"categories": v.ATTACK_TYPES, "series": {"fatalities": deaths, "share": share(deaths, [sum(deaths)] * 4)}}
    f["minusma-fatalities-per-year"] = {"categories": cats, "series": {
        **crosstab(minusma, "category", v.ATTACK_TYPES, "un_killed"), "total": by_year(minusma, "un_killed")}}
    ied = by_year(minusma[minusma["category"] == "ied"])
    finds = by_year(period[(period["category"] == "ied_find") & (period["party"] == "minusma")])
    f["minusma-ied-attacks-vs-finds"] = {"categories": cats, "series": {
        "ied_attacks": ied, "ied_finds": finds, "finds_share": share(finds, [a + b for a, b in zip(ied, finds)])}}
    identified = period[period["category"].isin(["ied", "ied_find"]) & (period["ied_type"] != "unknown")]
    known, rcied = by_year(identified), by_year(identified[identified["ied_type"] == "rcied"])
    f["rcied-share-per-year"] = {"categories": cats, "series": {"rcied": rcied, "identified": known, "share": share(rcied, known)}}
    return f


def sample_figures(df, years):
    """Figure 3 and §3.3: distinct (calibre, producer or country, year) of 7.62–14.5 mm cartridges."""
    recovered = per_distinct(df["day"], lambda d: dt.date.fromordinal(int(d)).year, int)
    rec = df[np.isin(recovered, years) & df["cartridge"] & df["bore"].between(7.62, 14.5) & (df["year"] > 0)]
    rec = rec.assign(maker=rec["producer"].fillna(rec["country"])).dropna(subset=["maker"])
    # A sample's country: that of its first record naming one (groupby.first skips missing values).
    samples = rec.groupby(["calibre", "maker", "year"], sort=False)["country"].first()
    decades = (samples.index.get_level_values("year").astype(int) // 10 * 10).value_counts()
    span = range(decades.index.min(), decades.index.max() + 1, 10) if len(decades) else []
    by_country = samples.dropna().value_counts().reset_index()
    by_country.columns = ["country", "samples"]
    by_country = by_country.sort_values(["samples", "country"], ascending=[False, True])
    counts = [int(c) for c in by_country["samples"]]
    return {
        "ammunition-samples-by-decade": {"categories": [f"{d}s" for d in span],
                                         "series": {"samples": [int(decades.get(d, 0)) for d in span]}},
        "ammunition-samples-by-country": {"categories": list(by_country["country"]),
                                          "series": {"samples": counts, "share": share(counts, [len(samples)] * len(counts))}},
    }




def main():
    started = time.perf_counter()
    a, reference, years = cube.arguments()
    t = time.perf_counter()
    inc, amm = incidents(f"{a.data}/incidents.csv", reference), ammunition(f"{a.data}/ammunition.csv", reference)
    timings = {"read+clean": time.perf_counter() - t}
    t = time.perf_counter()
    figures = {**incident_figures(inc, years), **sample_figures(amm, years)}
    timings["figures"] = time.perf_counter() - t
    charts.write(a.out, {k: figures[k] for k in cube.ORDER}, timings, started)


if __name__ == "__main__":
    main()
