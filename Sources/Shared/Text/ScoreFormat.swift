/// A policy score as every screen and report shows it: rounded to one
/// decimal, half away from zero, always with that decimal ("6.0", "2.3",
/// "-1.5"), the same on every platform and locale. The hundredths are
/// rounded first so binary noise (2.2499999…) cannot tip a tenth.
public func formatScore(_ x: Double) -> String {
    guard x.isFinite, x.magnitude < 1e15 else { return String(x) }
    let hundredths = Int64((x * 100).rounded())
    let tenths = (hundredths.magnitude + 5) / 10
    let sign = hundredths < 0 && tenths > 0 ? "-" : ""
    return "\(sign)\(tenths / 10).\(tenths % 10)"
}

/// `0.968`: a ratio or a measurement with a fixed number of decimals,
/// locale-free. Not finite (only a division by zero makes one) shows as 0.
public func fixed(_ x: Double, digits: Int = 3) -> String {
    guard x.isFinite else { return "0" }
    guard x.magnitude < 1e15 else { return String(x) }
    var scale: Int64 = 1
    for _ in 0..<max(digits, 0) { scale *= 10 }
    let n = Int64((x * Double(scale)).rounded())
    let sign = n < 0 ? "-" : ""
    let whole = n.magnitude / UInt64(scale), frac = n.magnitude % UInt64(scale)
    guard digits > 0 else { return "\(sign)\(whole)" }
    let f = String(frac)
    return "\(sign)\(whole)." + String(repeating: "0", count: digits - f.count) + f
}
