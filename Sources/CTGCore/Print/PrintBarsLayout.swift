/// A bar chart: label on the left, a grey track with a dark bar, the value on the right.
struct BarsLayout {
    static let labelWidth = 170.0, valueWidth = 120.0, barHeight = 8.0
    var title: [String]
    var labels: [[String]]
    var bars: [PrintBars.Bar]

    init(_ chart: PrintBars) {
        title = chart.title.isEmpty ? [] : TextWrap.lines(chart.title, width: PrintComposer.width, bold: true, size: PrintComposer.size)
        labels = chart.bars.map { TextWrap.lines($0.label, width: Self.labelWidth - 6, bold: false, size: PrintComposer.size) }
        bars = chart.bars
    }

    func rowHeight(_ index: Int) -> Double { max(Double(labels[index].count) * PrintComposer.leading, 14) + 4 }

    var height: Double {
        Double(title.count) * PrintComposer.leading + bars.indices.map(rowHeight).reduce(0, +) + 8
    }
}

extension PrintComposer {
    mutating func bars(_ chart: PrintBars) {
        let layout = BarsLayout(chart)
        ensure(layout.height)
        for line in layout.title {
            draw(.text(x: Self.left, y: y - Self.size, line, bold: true, size: Self.size))
            y -= Self.leading
        }
        let track = Self.width - BarsLayout.labelWidth - BarsLayout.valueWidth
        for (index, bar) in layout.bars.enumerated() {
            for (number, line) in layout.labels[index].enumerated() {
                draw(.text(x: Self.left, y: y - Self.size - Double(number) * Self.leading, line, bold: false, size: Self.size))
            }
            let barY = y - Self.size - 1
            let x = Self.left + BarsLayout.labelWidth
            draw(.box(x: x, y: barY, width: track, height: BarsLayout.barHeight, gray: 0.88))
            if let fraction = bar.fraction {
                draw(.box(x: x, y: barY, width: track * min(max(fraction, 0), 1), height: BarsLayout.barHeight, gray: 0.25))
            }
            draw(.text(x: x + track + 6, y: y - Self.size, bar.value, bold: false, size: Self.size))
            y -= layout.rowHeight(index)
        }
        y -= 8
    }
}
