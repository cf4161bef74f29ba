import BriefModel

extension ReportPage {
    /// One figure: its number and title as the brief's caption has them, the chart inline, the data
    /// table of `data/<id>.csv`, and links to the files the folder holds for it.
    func figureContext(_ figure: FigureResult) -> [String: Any] {
        var f: [String: Any] = ["id": figure.id, "number": figure.brief, "title": figure.title]
        if let reason = figure.unavailableReason {
            f["unavailable"] = reason
        } else {
            f["source"] = figure.chart.source
            f["svg"] = charts[figure.id].map { InlineSVG.html($0, prefix: figure.id) }
        }
        f["table"] = table(figure)
        var links: [String: Any] = [:]
        // Keys no other level of the context has: Mustache would otherwise fall back to the figure's `svg`.
        for (key, path) in [("pdf_href", "pdf/\(figure.id).pdf"), ("svg_href", "svg/\(figure.id).svg"),
            ("csv_href", "data/\(figure.id).csv"), ("gnuplot_href", "gnuplot/\(figure.id).gp")] where files.contains(path)
        {
            links[key] = path
        }
        f["links"] = links
        return f
    }

    /// The figure's numbers as its CSV has them, written for reading: counts with thousands
    /// separators, shares as percentages; an unknown value has no `text`, and the template says so.
    private func table(_ figure: FigureResult) -> [String: Any] {
        let rows = figure.categories.enumerated().map { i, category -> [String: Any] in
            ["category": category, "sort": String(i), "cells": figure.series.map { series -> [String: Any] in
                guard i < series.values.count, let value = series.values[i] else { return ["sort": ""] }
                return ["text": Self.text(value, series.kind), "sort": Self.sortKey(value)]
            }]
        }
        return ["axis": figure.axis.rawValue, "series": figure.series.map { ["name": $0.name] }, "rows": rows]
    }

    static func text(_ value: Double, _ kind: Series.Kind) -> String {
        switch kind {
        case .share: NumberText.percent(value, decimals: 1)
        case .count: value == value.rounded() && abs(value) < 1e15 ? NumberText.count(Int(value)) : String(format4: value)
        }
    }

    /// A plain number the page's script sorts by (it never reads the formatted text).
    static func sortKey(_ value: Double) -> String { String(format4: value) }
}
