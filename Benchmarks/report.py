"""The measured table as Markdown, and its place in BENCHMARKS.md (between two markers, so that the
hand-written parts of the file stay as they are)."""
BEGIN, END = "<!-- Benchmarks/run: results begin -->", "<!-- Benchmarks/run: results end -->"
NAMES = {"brief": "brief (build: charts, tables, brief.pdf)", "polars": "Polars lazy + matplotlib",
         "duckdb": "DuckDB SQL + matplotlib", "pandas": "pandas + matplotlib"}


def rows(label, measured):
    tools = measured["tools"]
    ours = tools["brief"]["wall"]
    peers = {k: t for k, t in tools.items() if k != "brief"}
    fastest = min(peers, key=lambda k: peers[k]["wall"])
    lines = []
    for name, t in tools.items():
        ratio = "1" if name == "brief" else f"{t['wall'] / ours:.2f}×"
        stages = " | ".join(f"{s:.2f}" for s in t["stages"])
        lines.append(f"| {label} | {NAMES[name]} | {stages} | **{t['wall']:.2f}** | {t['rss']:,.0f} | {ratio} | {t['runs']} |")
    verdict = (f"brief {ours:.2f} s vs the fastest peer ({fastest}) {peers[fastest]['wall']:.2f} s: "
               f"brief takes {ours / peers[fastest]['wall']:.2f}× its time; peak memory "
               f"{tools['brief']['rss']:,.0f} MB vs {min(p['rss'] for p in peers.values()):,.0f} MB (lowest peer)")
    if "uptodate" in measured:
        verdict += f"; a second build with nothing changed (the up-to-date check) {measured['uptodate'] * 1000:.0f} ms wall"
    return lines, verdict, measured["load"]


def table(results, machine, command):
    out = [f"Measured {results['started']} with `{command}` on {machine}.", "",
           "Seconds (median of the runs); peak resident memory in MB (GNU time, median). The peers' wall time includes "
           "starting Python and importing their libraries; their stage times come from inside the script. "
           "`peer ÷ brief` above 1 means the peer is slower.", "",
           "| size | tool | read + validate | figures | charts (+ publish) | wall | peak MB | peer ÷ brief | runs |",
           "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    verdicts = []
    sections = [("demo", results["demo"])] + list(results["sizes"].items())
    for label, measured in sections:
        if label != "demo":
            label = f"{label} ({measured['incidents']:,} + {measured['ammunition']:,}, {measured['bytes'] / 1e6:.0f} MB)"
        else:
            label = "bundled demo"
        lines, verdict, load = rows(label, measured)
        out += lines
        verdicts.append(f"- {label}: {verdict} (1-minute load {load[0]:.1f}–{load[1]:.1f} during the runs)")
    return "\n".join(out + [""] + verdicts + [""] + targets(results)) + "\n"


def targets(results):
    """Issue 10's targets, each with whether this run met it."""
    def mark(ok):
        return "met" if ok else "**not met**"
    out = ["Targets (issue 10, part 5), in this run:", ""]
    demo = results["demo"]["tools"]
    ours, pandas = demo["brief"]["wall"], demo["pandas"]["wall"]
    out.append(f"- bundled demo at least 15× faster than pandas + matplotlib: {pandas / ours:.1f}× — {mark(pandas / ours >= 15)}")
    out.append(f"- bundled demo under 0.15 s wall: {ours:.2f} s — {mark(ours < 0.15)}")
    big = results["sizes"].get("1M")
    if big:
        tools = big["tools"]
        ours = tools["brief"]["wall"]
        peers = {k: t for k, t in tools.items() if k != "brief"}
        fastest = min(peers, key=lambda k: peers[k]["wall"])
        out.append(f"- 1M + 1M whole build no slower than the fastest peer ({fastest}, {peers[fastest]['wall']:.2f} s): "
                   f"{ours:.2f} s — {mark(ours <= peers[fastest]['wall'])}; aiming for half its time: "
                   f"{mark(ours <= peers[fastest]['wall'] / 2)}")
        rss = tools["brief"]["rss"]
        lowest = min(t["rss"] for t in peers.values())
        out.append(f"- 1M + 1M peak memory under 550 MB and below every peer's ({lowest:,.0f} MB the lowest): "
                   f"{rss:,.0f} MB — {mark(rss < 550 and rss < lowest)}")
    check = max([m.get("uptodate", 0) for m in results["sizes"].values()] + [results["demo"].get("uptodate", 0)])
    out.append(f"- the up-to-date check under 100 ms at every size: the slowest {check * 1000:.0f} ms wall for the "
               f"whole `brief build` process — {mark(check < 0.1)}")
    return out


def write(path, text):
    old = open(path).read()
    start, end = old.index(BEGIN) + len(BEGIN), old.index(END)
    open(path, "w").write(old[:start] + "\n" + text + old[end:])
