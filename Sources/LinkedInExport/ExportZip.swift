import Foundation
import InboxModel
import ZIPFoundation

/// Builds a ZIP archive in memory (synthetic exports, and the hostile
/// archives the tests feed the reader).
public enum ExportZip {
    /// Each file deflated under its name as given (any name: tests need
    /// the unsafe ones too), dated `at` so the same files give the same bytes.
    public static func make(_ files: [(name: String, bytes: [UInt8])], at: Timestamp) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: TimeInterval(at.seconds))
        for (name, bytes) in files {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date, compressionMethod: .deflate
            ) { position, size in
                let lo = Int(position)
                return Data(bytes[lo..<min(bytes.count, lo + size)])
            }
        }
        return [UInt8](archive.data ?? Data())
    }
}
