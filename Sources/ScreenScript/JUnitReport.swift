import Foundation

/// A JUnit XML report of script runs, for CI systems (`kiosk script --junit FILE`).
public enum JUnitReport {
    /// The outcome of one script.
    public struct Case: Equatable, Sendable {
        /// The script file; it names the test case.
        public var path: String
        public var passed: Bool
        /// What went wrong, in full (expected text, last screen, diff); ignored when passed.
        public var failure: String?
        /// Seconds the script took.
        public var duration: TimeInterval

        public init(path: String, passed: Bool, failure: String? = nil, duration: TimeInterval) {
            self.path = path
            self.passed = passed
            self.failure = failure
            self.duration = duration
        }
    }

    /// One `<testsuite>` with a `<testcase>` per script; a failed one holds a `<failure>` whose
    /// `message` is the failure's first line and whose body is the whole text.
    public static func xml(_ results: [Case], suiteName: String) -> String {
        let failures = results.filter { !$0.passed }.count
        let total = results.reduce(0) { $0 + seconds($1.duration) }
        let suite = attribute(suiteName)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"\(suite)\" tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"0\" time=\"\(time(total))\">\n"
        xml += "  <testsuite name=\"\(suite)\" tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"\(time(total))\">\n"
        for result in results {
            let opening = "    <testcase name=\"\(attribute(result.path))\" classname=\"\(suite)\" time=\"\(time(result.duration))\""
            if result.passed {
                xml += opening + "/>\n"
                continue
            }
            let text = result.failure ?? "failed"
            let summary = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "failed"
            xml += opening + ">\n"
            xml += "      <failure message=\"\(attribute(summary))\" type=\"failure\">\(content(text))</failure>\n"
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    /// Text for an attribute value: markup escaped, and line breaks and tabs as character
    /// references so parsers do not fold them into spaces.
    static func attribute(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "\n": "&#10;"
            case "\r": "&#13;"
            case "\t": "&#9;"
            default: nil
            }
        }
    }

    /// Text for element content: markup escaped; a carriage return as a reference.
    static func content(_ text: String) -> String {
        escape(text) { $0 == "\r" ? "&#13;" : nil }
    }

    /// Escapes `& < > " '` and replaces characters XML 1.0 forbids (C0 controls other than tab,
    /// line feed and carriage return, and U+FFFE/U+FFFF) with their Unicode control pictures
    /// (ESC becomes ␛) or U+FFFD, so the document stays well-formed and the text readable.
    private static func escape(_ text: String, special: (Unicode.Scalar) -> String?) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let replacement = special(scalar) {
                output += replacement
                continue
            }
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            case "\u{7F}": output += "\u{2421}"
            default:
                if scalar.value < 0x20 {
                    output.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
                } else if scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    private static func seconds(_ duration: TimeInterval) -> TimeInterval {
        duration.isFinite && duration > 0 ? duration : 0
    }

    /// Seconds with three decimals and a dot, whatever the locale.
    private static func time(_ duration: TimeInterval) -> String {
        let millis = Int((seconds(duration) * 1000).rounded())
        let fraction = String(millis % 1000)
        return "\(millis / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
