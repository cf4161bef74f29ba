#!/usr/bin/env python3
"""brief's eleven series with Polars (lazy) + matplotlib, as an analyst who knows Polars would write them.

Each export is decoded from Windows-1252 (Polars reads only UTF-8) and parsed once; then one lazy
query per export validates and normalises it, with every label, date, count and calibre normalised
once per distinct value (replace_strict with a table built from the column's unique values), drops
the rows brief rejects and collapses identical re-exports. One group-by over the clean incidents
feeds all nine incident figures.

    polars_peer.py DATA_DIR OUT_DIR [--from 2014 --to 2022]
"""
import time

import polars as pl

import charts
import cube
import vocabulary as v

COUNTS = ["killed_un_military", "injured_un_military", "killed_un_associated", "injured_un_associated",
          "killed_security", "injured_security", "killed_civilians", "injured_civilians", "assailants_killed"]


def read(path):
    raw = open(path, "rb").read()
    encoding, delimiter = v.sniff(path, raw)
    text = raw.decode(encoding).encode()   # Polars reads only UTF-8
    return pl.read_csv(text, separator=delimiter, infer_schema=False, empty_string_is_null=False)


def per_distinct(df, column, parse, dtype):
    """An expression mapping the column through parse(), called once per distinct value."""
    distinct = df[column].unique().to_list()
    return pl.col(column).replace_strict(distinct, [parse(x) for x in distinct], default=None, return_dtype=dtype)


def label(df, column, table):
    return per_distinct(df, column, lambda t: table.get(v.fold(t)) if t.strip() else None, pl.String)


def optional(df, column):
    """Free text (ids, places): too many distinct values for a table, so the unknown tokens are checked in place."""
    text = pl.col(column).str.strip_chars()
    return pl.when(text.str.to_lowercase().is_in(list(v.UNKNOWN_TOKENS))).then(None).otherwise(text)


def clean_coordinates(df):
    unknown = {c: per_distinct(df, c, v.is_unknown, pl.Boolean) for c in ("latitude", "longitude")}
    value = {c: per_distinct(df, c, v.parse_degrees, pl.Float64) for c in ("latitude", "longitude")}
    lat, lon = value["latitude"], value["longitude"]
    both_unknown = unknown["latitude"] & unknown["longitude"]
    inside = lat.is_between(10.1, 25.1) & lon.is_between(-12.3, 4.3)
    known = ~unknown["latitude"] & ~unknown["longitude"] & inside.fill_null(False)
    return (both_unknown | known), pl.when(both_unknown).then(None).otherwise(lat), pl.when(both_unknown).then(None).otherwise(lon)


def incidents(path, reference):
    df = read(path).with_columns(pl.col("date").str.replace(r"^(\d{4}-\d{2}-\d{2})T.*$", "${1}"))
    coordinates_ok, lat, lon = clean_coordinates(df)
    counts = {c: per_distinct(df, c, lambda t: None if (p := v.parse_count(t)) is None else (p[0] if p[1] else -1), pl.Int64)
              for c in COUNTS}
    ied = per_distinct(df, "ied_type", lambda t: "unknown" if v.is_unknown(t) else v.IED_TYPE_OF.get(v.fold(t)), pl.String)
    clean = df.lazy().select(
        pl.col("incident_id").str.strip_chars().alias("id"),
        per_distinct(df, "date", lambda t: v.parse_date(t, reference), pl.Date).alias("date"),
        label(df, "region", v.REGION_OF).alias("region"),
        label(df, "category", v.CATEGORY_OF).alias("category"),
        label(df, "party", v.PARTY_OF).alias("party"),
        ied.alias("ied_type"), lat.alias("lat"), lon.alias("lon"), coordinates_ok.alias("coordinates_ok"),
        *(e.alias(c) for c, e in counts.items()),
        *(optional(df, c).alias(c) for c in ("locality", "perpetrator", "case_file", "source")),
        # Polars pads a row cut short with empty strings and cannot refuse it as brief does
        # (malformed-row); a cut row is one whose counts and trailing text are all blank.
        pl.all_horizontal([pl.col(c).str.strip_chars() == "" for c in COUNTS + ["source", "case_file", "perpetrator"]]).alias("cut"),
    ).filter(
        (pl.col("id") != "") & pl.col("coordinates_ok") & ~pl.col("cut")
        & pl.all_horizontal(pl.col("date", "region", "category", "party", "ied_type", *COUNTS).is_not_null())
    ).drop("coordinates_ok", "cut")
    return collapse(clean)


def collapse(clean):
    """Identical rows collapse into the first; ids still repeated have differing content: all dropped.
    Only the rows of repeated ids (about 1 %) are compared whole; file order is kept. The clean rows are
    materialised first: three branches read them, and the optimiser would otherwise validate them thrice."""
    clean = clean.collect().lazy().with_row_index("row")
    repeated = clean.filter(pl.col("id").is_duplicated())
    firsts = repeated.unique(subset=pl.exclude("row"), keep="first", maintain_order=True)
    keep = firsts.filter(~pl.col("id").is_duplicated()).select("row")
    drop = repeated.join(keep, on="row", how="anti").select("row")
    return clean.join(drop, on="row", how="anti", maintain_order="left").drop("row")


def ammunition(path, reference):
    df = read(path).with_columns(pl.col("recovered_date").str.replace(r"^(\d{4}-\d{2}-\d{2})T.*$", "${1}"))
    calibre = {c: per_distinct(df, "calibre", lambda t, i=i: (p[i] if (p := v.parse_calibre(t)) else None) if t.strip() else None, dtype)
               for c, i, dtype in (("calibre", 0, pl.String), ("bore", 1, pl.Float64), ("cartridge", 2, pl.Boolean))}
    year = per_distinct(df, "year", lambda t: None if (p := v.parse_year(t, reference.year)) is None else (p[0] or 0), pl.Int64)
    clean = df.lazy().select(
        pl.col("record_id").str.strip_chars().alias("id"),
        per_distinct(df, "recovered_date", lambda t: v.parse_date(t, reference), pl.Date).alias("date"),
        label(df, "region", v.REGION_OF).alias("region"),
        *(e.alias(c) for c, e in calibre.items()),
        per_distinct(df, "country", lambda t: None if v.is_unknown(t) else v.COUNTRY_OF.get(v.fold(t)), pl.String).alias("country"),
        per_distinct(df, "country", lambda t: v.is_unknown(t) or v.fold(t) in v.COUNTRY_OF, pl.Boolean).alias("country_ok"),
        year.alias("year"),   # 0: unknown
        # A quantity that is unknown or 0 counts as one item.
        per_distinct(df, "quantity", lambda t: None if (p := v.parse_count(t)) is None else max(p[0], 1), pl.Int64).alias("quantity"),
        *(optional(df, c).alias(c) for c in ("incident_id", "headstamp", "producer")),
    ).filter(
        (pl.col("id") != "") & pl.col("country_ok")
        & pl.all_horizontal(pl.col("date", "region", "calibre", "year", "quantity").is_not_null())
    ).drop("country_ok")
    return collapse(clean)


def incident_figures(clean, years):
    """One group-by over the clean incidents; every figure is read off the small result."""
    killed = [c for c in COUNTS if c.startswith("killed")]
    injured = [c for c in COUNTS if c.startswith("injured")]
    pos = lambda c: pl.col(c).clip(lower_bound=0)   # unknown (-1) sums as 0
    rows = (clean.filter(pl.col("date").dt.year().is_between(years[0], years[-1]))
            .with_columns(pl.col("date").dt.year().alias("year"), pl.col("region").replace_strict(v.ZONE_OF).alias("zone"))
            .group_by("year", "category", "party", "zone", "ied_type")
            .agg(pl.len().alias("n"), pl.sum_horizontal(*map(pos, killed)).sum().alias("killed"),
                 pl.sum_horizontal(*map(pos, injured)).sum().alias("injured"), pos("killed_civilians").sum().alias("civ"),
                 (pos("killed_un_military") + pos("killed_un_associated")).sum().alias("un_killed"))
            .collect().to_dicts())
    return cube.incident_series(rows, years)


def sample_figures(clean, years):
    """Figure 3 and §3.3: distinct (calibre, producer or country, year) of 7.62–14.5 mm cartridges."""
    samples = (clean.filter(pl.col("date").dt.year().is_between(years[0], years[-1]) & pl.col("cartridge")
                            & pl.col("bore").is_between(7.62, 14.5) & (pl.col("year") > 0))
               .with_columns(pl.coalesce("producer", "country").alias("maker")).filter(pl.col("maker").is_not_null())
               # A sample's country: that of its first record naming one.
               .group_by("calibre", "maker", "year", maintain_order=True).agg(pl.col("country").drop_nulls().first())
               .collect())
    decades = samples.group_by((pl.col("year") // 10 * 10).alias("decade")).len()
    ranked = samples.drop_nulls("country").group_by("country").len().sort(["len", "country"], descending=[True, False])
    return cube.sample_series(dict(zip(decades["decade"], decades["len"])), list(zip(ranked["country"], ranked["len"])),
                              samples.height)


def main():
    started = time.perf_counter()
    a, reference, years = cube.arguments()
    t = time.perf_counter()
    inc = incidents(f"{a.data}/incidents.csv", reference).collect()
    amm = ammunition(f"{a.data}/ammunition.csv", reference).collect()
    timings = {"read+clean": time.perf_counter() - t}
    t = time.perf_counter()
    figures = {**incident_figures(inc.lazy(), years), **sample_figures(amm.lazy(), years)}
    timings["figures"] = time.perf_counter() - t
    charts.write(a.out, {k: figures[k] for k in cube.ORDER}, timings, started)


if __name__ == "__main__":
    main()
