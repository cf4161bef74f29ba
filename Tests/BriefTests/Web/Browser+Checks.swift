import Testing

extension Browser.Report {
    /// What must hold of every report page in a real browser, at phone and laptop width and with
    /// scripts off: every chart drawn at a size, its smallest text at least 11 CSS px, every table
    /// header in sight, every link resolving inside the folder, nothing
    /// fetched from outside, one outline of headings, a text alternative for every image, nothing
    /// wider than the screen, data tables one click away, and a clean console.
    func expectSound(availableFigures: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(console.isEmpty, "console: \(console)", sourceLocation: sourceLocation)
        for (name, frame, width) in [("390 px", narrow, 390.0), ("1280 px", wide, 1280.0), ("scripts off", noscript, 1280.0)] {
            #expect(frame.viewport == width, "\(name): viewport", sourceLocation: sourceLocation)
            let drawn = frame.charts.filter(\.hasChart)
            #expect(drawn.count == availableFigures, "\(name): \(drawn.count) charts", sourceLocation: sourceLocation)
            for chart in frame.charts where !chart.unavailable {
                #expect(
                    chart.hasChart && chart.width > 100 && chart.height > 50 && chart.drawnWidth > 0 && chart.drawnHeight > 0
                        && chart.glyphs > 0, "\(name): chart \(chart.id) not drawn: \(chart)", sourceLocation: sourceLocation)
                #expect(chart.width <= width, "\(name): chart \(chart.id) wider than the screen", sourceLocation: sourceLocation)
                #expect(
                    (chart.smallestText ?? 0) >= 11, "\(name): chart \(chart.id) text at \(chart.smallestText ?? 0) px",
                    sourceLocation: sourceLocation)
            }
            #expect(
                frame.scrollWidth <= width, "\(name): the page scrolls sideways (\(frame.scrollWidth))",
                sourceLocation: sourceLocation)
            #expect(frame.overflowing.isEmpty, "\(name): overflowing \(frame.overflowing)", sourceLocation: sourceLocation)
            #expect(
                frame.links.count > 10 && frame.links.broken.isEmpty, "\(name): broken links \(frame.links.broken)",
                sourceLocation: sourceLocation)
            #expect(
                frame.links.external.isEmpty, "\(name): outside the folder: \(frame.links.external)",
                sourceLocation: sourceLocation)
            #expect(
                frame.images.isEmpty, "\(name): images without a text alternative: \(frame.images)",
                sourceLocation: sourceLocation)
            expectOneOutline(frame.headings, name, sourceLocation)
            #expect(frame.bodyFontSize >= 16, "\(name): body text \(frame.bodyFontSize) px", sourceLocation: sourceLocation)
            #expect(frame.scripts == 1 && !frame.injected, "\(name): scripts \(frame.scripts)", sourceLocation: sourceLocation)
            #expect(
                frame.tableHiddenBefore == true && frame.tableShownAfterClick == true, "\(name): data table not one click away",
                sourceLocation: sourceLocation)
            #expect(
                frame.sections.starts(with: ["findings", "figures"]) && frame.sections.suffix(2) == ["quality", "build"],
                "\(name): sections \(frame.sections)", sourceLocation: sourceLocation)
            #expect(!frame.findings.isEmpty, "\(name): no key findings", sourceLocation: sourceLocation)
            #expect(
                frame.hiddenHeaders.isEmpty, "\(name): table headers out of sight: \(frame.hiddenHeaders)",
                sourceLocation: sourceLocation)
        }
        #expect(wide.sortButtons > 0 && narrow.sortButtons > 0, "the page's script did not run", sourceLocation: sourceLocation)
        #expect(noscript.sortButtons == 0, "scripts were not off in the third frame", sourceLocation: sourceLocation)
    }

    /// One h1 first, and no level skipped on the way down (h2 → h4).
    private func expectOneOutline(_ headings: [Browser.Frame.Heading], _ name: String, _ sourceLocation: SourceLocation) {
        #expect(
            headings.first?.level == 1 && headings.filter { $0.level == 1 }.count == 1, "\(name): one h1 first",
            sourceLocation: sourceLocation)
        for (previous, next) in zip(headings, headings.dropFirst()) {
            #expect(next.level <= previous.level + 1, "\(name): \"\(next.text)\" skips a level", sourceLocation: sourceLocation)
        }
        #expect(headings.allSatisfy { !$0.text.isEmpty }, "\(name): an empty heading", sourceLocation: sourceLocation)
    }
}
