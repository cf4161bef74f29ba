import BriefModel
import Localization

extension ReportPage {
    /// One figure: its number and title as the brief's caption has them, the chart inline, the data
    /// table of `data/<id>.csv`, and links to the files the folder holds for it.
    func figureContext(_ figure: FigureResult, marker: ChartMarker) throws(LanguageError) -> [String: Any] {
        var f: [String: Any] = [
            "id": figure.id, "number": try FigureText.number(figure.brief, in: language),
            "title": figure.title,
        ]
        if let reason = figure.unavailableReason {
            f["unavailable"] = reason
        } else {
            f["source"] = figure.chart.source
            f["svg"] = charts[figure.id] == nil ? nil : marker.text(figure.id)
            let narrow = Self.narrowChartID(figure.id)
            f["svg_narrow"] = charts[narrow] == nil ? nil : marker.text(narrow)
        }
        f["table"] = try table(figure)
        var links: [String: Any] = [:]
        // Keys no other level of the context has: Mustache would otherwise fall back to the figure's `svg`.
        for (key, path) in [
            ("pdf_href", ReportLayout.chart(figure.id, folder: "pdf", fileExtension: "pdf")),
            ("svg_href", ReportLayout.chart(figure.id, folder: "svg", fileExtension: "svg")),
            ("csv_href", ReportLayout.dataTable(figure.id)),
            ("gnuplot_href", ReportLayout.chart(figure.id, folder: "gnuplot", fileExtension: "gp")),
        ] where files.contains(path) {
            links[key] = path
        }
        f["links"] = links
        return f
    }

    /// The key of a figure's narrow drawing among the page's charts (shown on phones instead of the
    /// standard one); also the prefix of its ids, apart from the standard drawing's.
    public static func narrowChartID(_ figureID: String) -> String { figureID + "--narrow" }

    /// The figure's numbers as its CSV has them, written for reading: the axis, series and categories
    /// by name in the edition's language (the CSV keeps the canonical keys), counts with the
    /// language's thousands separator, shares as percentages; an unknown value has no `text`, and
    /// the template says so.
    private func table(_ figure: FigureResult) throws(LanguageError) -> [String: Any] {
        let words = FigureText(language: language, parameters: [:])
        var names: [String] = []
        for s in figure.series { names.append(try words.seriesName(s.name)) }
        var rows: [[String: Any]] = []
        for (i, category) in figure.categories.enumerated() {
            rows.append([
                "category": try words.category(category, axis: figure.axis), "sort": String(i),
                // `label`: the column's header, which a phone shows beside each value (a stacked table).
                "cells": zip(figure.series, names).map { series, name -> [String: Any] in
                    guard i < series.values.count, let value = series.values[i] else { return ["sort": "", "label": name] }
                    return ["text": text(value, series.kind), "sort": Self.sortKey(value), "label": name]
                },
            ])
        }
        // Tables of more than three columns, or of long row names (Map 3's samples), are stacked on
        // phones: each row a block of labelled values.
        let longNames = figure.categories.contains { $0.count > 24 }
        return [
            "axis": try words.axisName(figure.axis), "series": names.map { ["name": $0] }, "rows": rows,
            "stacked": figure.series.count > 2 || longNames,
        ]
    }

    /// A value as the edition writes it: `1,080` or `1 080`, `8.3%` or `8,3 %`.
    func text(_ value: Double, _ kind: Series.Kind) -> String { language.numbers.value(value, kind: kind) }

    /// A plain number the page's script sorts by (it never reads the formatted text).
    static func sortKey(_ value: Double) -> String { String(format4: value) }
}
