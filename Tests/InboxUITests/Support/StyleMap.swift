import ScreenKit

/// A screen's styles as text, for the goldens: a legend naming each style
/// used (bold, reverse, colour…) with a letter, then one row of letters
/// per screen row, one letter per cell. Letters are given in order of
/// first appearance, so the same screen always maps the same way.
enum StyleMap {
    static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    static func describe(_ style: Style) -> String {
        var parts: [String] = []
        if style.bold { parts.append("bold") }
        if style.dim { parts.append("dim") }
        if style.italic { parts.append("italic") }
        if style.underline { parts.append("underline") }
        if style.reverse { parts.append("reverse") }
        if style.fg != .default { parts.append("fg:\(style.fg)") }
        if style.bg != .default { parts.append("bg:\(style.bg)") }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }

    static func text(of screen: Screen) -> String {
        var legend: [Style: Character] = [:]
        var order: [Style] = []
        var rows: [String] = []
        for y in 0..<screen.height {
            var row = ""
            for x in 0..<screen.width {
                let style = screen[x, y].style
                if legend[style] == nil {
                    legend[style] = order.count < letters.count ? letters[order.count] : "?"
                    order.append(style)
                }
                row.append(legend[style] ?? "?")
            }
            rows.append(row)
        }
        let key = order.map { "\(legend[$0] ?? "?") = \(describe($0))" }
        return (["styles:"] + key + ["", "cells:"] + rows).joined(separator: "\n") + "\n"
    }
}
