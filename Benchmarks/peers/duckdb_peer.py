#!/usr/bin/env python3
"""brief's eleven series with DuckDB SQL + matplotlib, as an analyst who thinks in SQL would write them.

DuckDB reads each export itself (Latin-1: the exports' Windows-1252 bytes here are all Latin-1;
`ignore_errors` skips rows with the wrong number of fields, brief's malformed-row). Labels are folded
in SQL (strip_accents, lower, runs of separators) and joined to the contract's alias table; dates,
counts, calibres, years and coordinates are parsed in SQL; duplicates are settled with window
functions; one GROUP BY over the clean incidents feeds all nine incident figures.

    duckdb_peer.py DATA_DIR OUT_DIR [--from 2014 --to 2022]
"""
import time

import duckdb

import charts
import cube
import vocabulary as v

COUNTS = ["killed_un_military", "injured_un_military", "killed_un_associated", "injured_un_associated",
          "killed_security", "injured_security", "killed_civilians", "injured_civilians", "assailants_killed"]

MACROS = r"""
CREATE MACRO fold(x) AS trim(regexp_replace(replace(lower(strip_accents(x)), '’', ''''), '[ \t\-_\xa0]+', ' ', 'g'));
CREATE MACRO is_unknown(x) AS x IS NULL OR lower(trim(x)) IN ('', 'unknown', 'inconnu', 'n/a', 'na', '?', '-');
CREATE MACRO opt(x) AS CASE WHEN is_unknown(x) THEN NULL ELSE trim(x) END;
-- A count: the number, -1 when unknown, NULL when bad (negative, fractional, not a number).
CREATE MACRO number_of(x) AS TRY_CAST(replace(trim(x), ',', '.') AS DOUBLE);
CREATE MACRO count_of(x) AS CASE WHEN is_unknown(x) THEN -1
    WHEN number_of(x) BETWEEN 0 AND 1e9 AND number_of(x) = floor(number_of(x)) THEN number_of(x)::BIGINT END;
CREATE MACRO mm(x) AS CASE WHEN x = floor(x) THEN x::BIGINT::VARCHAR ELSE x::VARCHAR END;
"""

# Day-first numeric dates, ISO dates (a time part ignored) and written dates in English or French.
DATES = r"""
CREATE TABLE {name} AS
WITH d AS (SELECT DISTINCT trim({column}) AS text FROM {table}),
parts AS (SELECT text,
    regexp_extract(text, '^(\d{{4}})-(\d{{2}})-(\d{{2}})(?:[T ].*)?$', ['y', 'm', 'd']) AS iso,
    coalesce(nullif(regexp_extract(text, '^(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})$', ['d', 'm', 'y']).y, ''),
             nullif(regexp_extract(text, '^(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}})$', ['d', 'm', 'y']).y, ''),
             nullif(regexp_extract(text, '^(\d{{1,2}})-(\d{{1,2}})-(\d{{4}})$', ['d', 'm', 'y']).y, '')) AS dfy,
    regexp_extract(text, '^(\d{{1,2}})[/.-](\d{{1,2}})[/.-]\d{{4}}$', ['d', 'm']) AS dfdm,
    regexp_extract(fold(text), '^(\d{{1,2}})(?:er|st|nd|rd|th)? ([a-z]+)\.? (\d{{4}})$', ['d', 'month', 'y']) AS w
  FROM d),
ymd AS (SELECT text,
    CASE WHEN iso.y <> '' THEN [iso.y, iso.m, iso.d]
         WHEN dfy IS NOT NULL THEN [dfy, dfdm.m, dfdm.d]
         WHEN w.y <> '' THEN [w.y, (SELECT month::VARCHAR FROM months WHERE name = w.month), w.d] END AS p
  FROM parts)
SELECT text, CASE WHEN t <= DATE '{reference}' THEN t END AS date
FROM (SELECT text, TRY_CAST(printf('%04d-%02d-%02d', p[1]::INT, p[2]::INT, p[3]::INT) AS DATE) AS t FROM ymd)
"""


def connect(reference):
    con = duckdb.connect()
    con.execute(MACROS)
    con.execute("CREATE TABLE aliases (kind VARCHAR, label VARCHAR, value VARCHAR)")
    rows = [(kind, label, value) for kind, table in (("category", v.CATEGORY_OF), ("party", v.PARTY_OF),
            ("ied_type", v.IED_TYPE_OF), ("region", v.REGION_OF), ("country", v.COUNTRY_OF)) for label, value in table.items()]
    con.executemany("INSERT INTO aliases VALUES (?, ?, ?)", rows)
    con.execute("CREATE TABLE zones AS SELECT * FROM (VALUES " + ", ".join(f"('{r}', '{z}')" for r, z in v.ZONE_OF.items())
                + ") t(region, zone)")
    con.execute("CREATE TABLE months (name VARCHAR, month INT)")
    con.executemany("INSERT INTO months VALUES (?, ?)", list(v._MONTHS.items()))
    return con


def read(con, table, path):
    encoding, delimiter = v.sniff(path)
    encoding = "utf-8" if encoding.startswith("utf-8") else "latin-1"
    con.execute(f"""CREATE TABLE {table} AS SELECT * FROM read_csv('{path}', delim='{delimiter}', header=true, quote='"',
        escape='"', all_varchar=true, encoding='{encoding}', ignore_errors=true)""")


def labels(con, kind, table, column):
    """A table from each distinct raw label of the column to its canonical value (NULL when none matches)."""
    name = f"{table}_{column}_labels"
    con.execute(f"""CREATE TABLE {name} AS SELECT d.text, a.value
        FROM (SELECT DISTINCT {column} AS text FROM {table}) d
        LEFT JOIN aliases a ON a.kind = '{kind}' AND a.label = fold(d.text)""")
    return name


def per_distinct(con, table, column, expression):
    """A table from each distinct raw value of the column to `expression` of it (`x` names the value):
    the parsing runs once per distinct value, and rows get theirs by a hash join."""
    name = f"{table}_{column}_values"
    con.execute(f"CREATE TABLE {name} AS SELECT x AS text, {expression} AS value FROM (SELECT DISTINCT {column} AS x FROM {table})")
    return name


def settle(con, name, source, columns):
    """Identical rows collapse into the first; ids repeated with different content are all dropped.
    Only the rows of repeated ids (about 1 %) are compared whole."""
    content = ", ".join(columns)
    con.execute(f"""CREATE TABLE {name} AS
        WITH repeated AS (SELECT * FROM {source} WHERE id IN (SELECT id FROM {source} GROUP BY id HAVING count(*) > 1)),
        firsts AS (SELECT * FROM repeated QUALIFY row_number() OVER (PARTITION BY {content} ORDER BY row) = 1),
        dropped AS (SELECT row FROM repeated EXCEPT SELECT row FROM firsts QUALIFY count(*) OVER (PARTITION BY id) = 1)
        SELECT * FROM {source} WHERE row NOT IN (SELECT row FROM dropped) ORDER BY row""")


def incidents(con, path, reference):
    read(con, "raw_incidents", path)
    con.execute(DATES.format(name="incident_dates", table="raw_incidents", column="date", reference=reference))
    counts = ", ".join(f"{c}_map.value AS {c}" for c in COUNTS)
    count_joins = "\n".join(f"LEFT JOIN {per_distinct(con, 'raw_incidents', c, 'count_of(x)')} {c}_map ON {c}_map.text IS NOT DISTINCT FROM i.{c}"
                            for c in COUNTS)
    con.execute(f"""CREATE TABLE checked_incidents AS
        SELECT i.rowid AS row, trim(incident_id) AS id, d.date, r.value AS region, c.value AS category, p.value AS party,
            CASE WHEN is_unknown(ied_type) THEN 'unknown' ELSE t.value END AS ied_type, {counts},
            TRY_CAST(replace(replace(trim(latitude), ',', '.'), '−', '-') AS DOUBLE) AS lat,
            TRY_CAST(replace(replace(trim(longitude), ',', '.'), '−', '-') AS DOUBLE) AS lon,
            is_unknown(latitude) AS lat_unknown, is_unknown(longitude) AS lon_unknown,
            opt(locality) AS locality, opt(perpetrator) AS perpetrator, opt(case_file) AS case_file, opt(source) AS source
        FROM raw_incidents i
        LEFT JOIN incident_dates d ON d.text = trim(i.date)
        LEFT JOIN {labels(con, "region", "raw_incidents", "region")} r ON r.text = i.region
        LEFT JOIN {labels(con, "category", "raw_incidents", "category")} c ON c.text = i.category
        LEFT JOIN {labels(con, "party", "raw_incidents", "party")} p ON p.text = i.party
        LEFT JOIN {labels(con, "ied_type", "raw_incidents", "ied_type")} t ON t.text = i.ied_type
        {count_joins}""")
    con.execute(f"""CREATE VIEW valid_incidents AS
        SELECT * EXCLUDE (lat_unknown, lon_unknown) FROM checked_incidents
        WHERE id IS NOT NULL AND id <> '' AND date IS NOT NULL AND region IS NOT NULL AND category IS NOT NULL
          AND party IS NOT NULL AND ied_type IS NOT NULL AND {' AND '.join(f'{c} IS NOT NULL' for c in COUNTS)}
          AND ((lat_unknown AND lon_unknown)
               OR (NOT lat_unknown AND NOT lon_unknown AND lat BETWEEN 10.1 AND 25.1 AND lon BETWEEN -12.3 AND 4.3))""")
    settle(con, "clean_incidents", "valid_incidents", ["id", "date", "region", "category", "party", "ied_type", *COUNTS,
           "lat", "lon", "locality", "perpetrator", "case_file", "source"])


def ammunition(con, path, reference):
    read(con, "raw_ammunition", path)
    con.execute(DATES.format(name="ammunition_dates", table="raw_ammunition", column="recovered_date", reference=reference))
    # The distinct spellings first, in a table of their own: inlined as a CTE, the parsing below ran per row.
    con.execute("CREATE TABLE calibre_texts AS SELECT DISTINCT calibre AS text FROM raw_ammunition WHERE trim(calibre) <> ''")
    con.execute(f"""CREATE TABLE calibres AS
        WITH d AS (SELECT text FROM calibre_texts),
        m AS (SELECT text, regexp_extract(replace(replace(replace(lower(text), ',', '.'), '×', 'x'), ' ', ''),
                '^([0-9.]+)(?:x([0-9.]+))?(?:mm)?(r)?$', ['bore', 'len', 'r']) AS p FROM d),
        n AS (SELECT text, TRY_CAST(p.bore AS DOUBLE) AS bore, TRY_CAST(nullif(p.len, '') AS DOUBLE) AS len, p.len <> '' AS has_len,
                p.r = 'r' AS rimmed FROM m WHERE p.bore <> '')
        SELECT text, bore, len IS NOT NULL AS cartridge,
            CASE WHEN len IS NULL THEN mm(bore) || 'mm' ELSE mm(bore) || 'x' || mm(len) || 'mm' || CASE WHEN rimmed THEN 'R' ELSE '' END END AS calibre
        FROM n WHERE bore > 0 AND bore <= 500 AND (NOT has_len OR (len > 0 AND len <= 1000)) AND NOT (rimmed AND NOT has_len)""")
    year = (f"CASE WHEN is_unknown(x) THEN 0 WHEN regexp_full_match(trim(x), '\\d{{4}}') "
            f"AND trim(x)::INT BETWEEN 1900 AND {reference.year} THEN trim(x)::INT END")   # 0: unknown
    quantity = "CASE WHEN count_of(x) >= 0 THEN greatest(count_of(x), 1) WHEN count_of(x) = -1 THEN 1 END"   # unknown or 0: one
    con.execute(f"""CREATE TABLE checked_ammunition AS
        SELECT a.rowid AS row, trim(record_id) AS id, d.date, r.value AS region, k.calibre, k.bore, k.cartridge,
            c.value AS country, is_unknown(country) OR c.value IS NOT NULL AS country_ok,
            y.value AS year, q.value AS quantity,
            opt(incident_id) AS incident_id, opt(headstamp) AS headstamp, opt(producer) AS producer
        FROM raw_ammunition a
        LEFT JOIN ammunition_dates d ON d.text = trim(a.recovered_date)
        LEFT JOIN {labels(con, "region", "raw_ammunition", "region")} r ON r.text = a.region
        LEFT JOIN {labels(con, "country", "raw_ammunition", "country")} c ON c.text = a.country
        LEFT JOIN calibres k ON k.text = a.calibre
        LEFT JOIN {per_distinct(con, "raw_ammunition", "year", year)} y ON y.text IS NOT DISTINCT FROM a.year
        LEFT JOIN {per_distinct(con, "raw_ammunition", "quantity", quantity)} q ON q.text IS NOT DISTINCT FROM a.quantity""")
    con.execute("""CREATE VIEW valid_ammunition AS SELECT * EXCLUDE (country_ok) FROM checked_ammunition
        WHERE id IS NOT NULL AND id <> '' AND date IS NOT NULL AND region IS NOT NULL AND calibre IS NOT NULL
          AND country_ok AND year IS NOT NULL AND quantity IS NOT NULL""")
    settle(con, "clean_ammunition", "valid_ammunition", ["id", "date", "region", "calibre", "country", "year", "quantity",
           "incident_id", "headstamp", "producer"])


def figures(con, years):
    first, last = years[0], years[-1]
    cube_rows = con.execute(f"""
        SELECT year(date) AS year, category, party, z.zone, ied_type, count(*) AS n,
            sum(greatest(killed_un_military, 0) + greatest(killed_un_associated, 0) + greatest(killed_security, 0)
                + greatest(killed_civilians, 0))::BIGINT AS killed,
            sum(greatest(injured_un_military, 0) + greatest(injured_un_associated, 0) + greatest(injured_security, 0)
                + greatest(injured_civilians, 0))::BIGINT AS injured,
            sum(greatest(killed_civilians, 0))::BIGINT AS civ,
            sum(greatest(killed_un_military, 0) + greatest(killed_un_associated, 0))::BIGINT AS un_killed
        FROM clean_incidents JOIN zones z USING (region)
        WHERE year(date) BETWEEN {first} AND {last}
        GROUP BY ALL""").fetchall()
    names = ["year", "category", "party", "zone", "ied_type", "n", "killed", "injured", "civ", "un_killed"]
    f = cube.incident_series([dict(zip(names, r)) for r in cube_rows], years)
    # Figure 3's samples; a sample's country is that of its first record naming one.
    con.execute(f"""CREATE TABLE samples AS
        SELECT calibre, coalesce(producer, country) AS maker, year, arg_min(country, row) FILTER (WHERE country IS NOT NULL) AS country
        FROM clean_ammunition
        WHERE year(date) BETWEEN {first} AND {last} AND cartridge AND bore BETWEEN 7.62 AND 14.5 AND year > 0
          AND coalesce(producer, country) IS NOT NULL
        GROUP BY ALL""")
    decades = dict(con.execute("SELECT year // 10 * 10, count(*) FROM samples GROUP BY ALL").fetchall())
    countries = con.execute("SELECT country, count(*) AS n FROM samples WHERE country IS NOT NULL GROUP BY ALL ORDER BY n DESC, country").fetchall()
    total = con.execute("SELECT count(*) FROM samples").fetchone()[0]
    return {**f, **cube.sample_series(decades, countries, total)}


def main():
    started = time.perf_counter()
    a, reference, years = cube.arguments()
    con = connect(reference)
    t = time.perf_counter()
    incidents(con, f"{a.data}/incidents.csv", reference)
    ammunition(con, f"{a.data}/ammunition.csv", reference)
    timings = {"read+clean": time.perf_counter() - t}
    t = time.perf_counter()
    result = figures(con, years)
    timings["figures"] = time.perf_counter() - t
    charts.write(a.out, {k: result[k] for k in cube.ORDER}, timings, started)


if __name__ == "__main__":
    main()
