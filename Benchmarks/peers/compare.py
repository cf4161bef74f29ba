#!/usr/bin/env python3
"""Checks that a peer's series.json holds exactly brief's numbers (figures.json): same categories,
same counts, shares equal to brief's six decimals. Exit 1 naming every figure and series that differs.

    compare.py REPORT/figures.json PEER_OUT/series.json PEER_NAME
"""
import json
import sys

ELEVEN = ["attacks-per-year", "victims-per-year", "ammunition-samples-by-decade", "minusma-attacks-per-year",
          "minusma-attack-types", "minusma-attack-types-per-year", "minusma-fatalities-by-type",
          "minusma-fatalities-per-year", "minusma-ied-attacks-vs-finds", "rcied-share-per-year",
          "ammunition-samples-by-country"]


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 5e-7 * max(1, abs(a))


def differences(ours, theirs):
    found = []
    for fid in ELEVEN:
        mine, peer = ours.get(fid), theirs.get(fid)
        if peer is None:
            found.append(f"{fid}: missing")
            continue
        if mine["categories"] != peer["categories"]:
            found.append(f"{fid}: categories {mine['categories'][:12]} vs {peer['categories'][:12]}")
            continue
        for series in mine["series"]:
            values = peer["series"].get(series["name"])
            if values is None:
                found.append(f"{fid}/{series['name']}: missing")
                continue
            bad = [(c, a, b) for c, a, b in zip(mine["categories"], series["values"], values) if not same(a, b)]
            if bad or len(values) != len(series["values"]):
                found.append(f"{fid}/{series['name']}: " + "; ".join(f"{c}: brief {a} vs {b}" for c, a, b in bad[:5]))
    return found


def main():
    report, series, name = sys.argv[1:4]
    ours = {f["id"]: f for f in json.load(open(report))["figures"]}
    found = differences(ours, json.load(open(series)))
    if found:
        print(f"compare: {name} DISAGREES with brief in {len(found)} series:", *found, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print(f"compare: {name} agrees with brief on all {len(ELEVEN)} figures")


if __name__ == "__main__":
    main()
