import Foundation
import Waymark

// The pasted-text scan, the iOS mirror of android/shell-logic's TextScan.kt (tested there on
// the JVM): the person pastes a job offer, the core's `screenText` finds the warning signs,
// and the view shows each one highlighted in the text with the risk and next steps. The text
// lives in memory only and is dropped when the screen is left (or on quick exit and lock).

enum TextScanEvent {
    /// Carries the pasted text: passed to the core, never logged.
    case scan(String)
    case clear
}

/// A piece of the pasted text; `flag` is the index of the sign it shows in `ScanResult.flags`, or nil.
struct ScanSegment: Identifiable, Equatable {
    let id: Int
    let text: String
    let flag: Int?
}

struct ScanFlag: Identifiable, Equatable {
    let id: Int
    let sign: String
    let title: String
    let explanation: String
    /// "Next step: …"
    let nextStep: String
    let excerpt: String
}

struct ScanResult: Equatable {
    let title: String
    let risk: String
    let headline: String
    let notAFinding: String
    let flagsTitle: String
    let noFlags: String?
    let flags: [ScanFlag]
    /// The pasted text cut at the signs, for highlighting.
    let segments: [ScanSegment]
    let nextStepsTitle: String
    /// The full job-offer check and find help.
    let nextSteps: [Entry]
}

struct TextScanState: Equatable, CustomStringConvertible {
    let privacyNote: String
    let fieldLabel: String
    let scanLabel: String
    let clearLabel: String
    /// What the person pasted (memory only), to refill the field.
    let text: String
    let result: ScanResult?
    let feedback: Feedback?

    /// Never the pasted text: a crash report or log line must not contain it.
    var description: String { "TextScanState(result: \(result != nil))" }

    var speakable: String {
        guard let r = result else { return privacyNote }
        return ([r.headline, r.notAFinding, r.noFlags].compactMap { $0 } + r.flags.flatMap { [$0.title, $0.nextStep] })
            .joined(separator: "\n")
    }
}

// Used only on ShellRunner's serial queue, with the ShellModel that owns it.
final class TextScanFlow {
    private let core: WaymarkProtocol
    private let texts: Texts
    private var text = ""
    private var scanned = false

    init(core: WaymarkProtocol, texts: Texts) {
        self.core = core
        self.texts = texts
    }

    func forget() {
        text = ""
        scanned = false
    }

    func handle(_ event: TextScanEvent) {
        switch event {
        case let .scan(pasted):
            text = pasted
            scanned = true
        case .clear:
            forget()
        }
    }

    /// Scans at each render, so the result is always in the current language.
    func screen() -> TextScanState {
        var feedback: Feedback?
        var view: TextScanView?
        if scanned && !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            do {
                view = try core.screenText(text: text)
            } catch {
                feedback = Feedback(text: texts.error(error), error: true)
            }
        }
        return TextScanState(
            privacyNote: texts["shell-scan-privacy"],
            fieldLabel: texts["shell-scan-label"],
            scanLabel: texts["shell-scan-button"],
            clearLabel: texts["shell-scan-clear"],
            text: text,
            result: view.map(result),
            feedback: feedback
        )
    }

    private func result(_ view: TextScanView) -> ScanResult {
        let flags = view.flags.enumerated().map { i, f in
            ScanFlag(
                id: i,
                sign: f.id,
                title: f.title,
                explanation: f.explanation,
                nextStep: texts.format("screening-next-step", [.text(name: "step", value: f.nextStep)]),
                excerpt: f.excerpt
            )
        }
        return ScanResult(
            title: texts["screening-report-title"],
            risk: view.risk,
            headline: view.headline,
            notAFinding: texts["screening-not-a-finding"],
            flagsTitle: texts["screening-text-flags-title"],
            noFlags: flags.isEmpty ? texts["screening-text-no-flags"] : nil,
            flags: flags,
            segments: TextScanFlow.segments(text, view.flags.map { (Int(clamping: $0.start), Int(clamping: $0.end)) }),
            nextStepsTitle: texts["shell-scan-next-steps"],
            nextSteps: [
                Entry(id: "check_job_offer", label: texts["screening-kind-job-offer"], route: .check("job_offer")),
                Entry(id: "find_help", label: texts["directory-menu"], route: .findHelp),
            ]
        )
    }

    /// The core counts UTF-8 bytes; cutting the text's UTF-8 bytes at those offsets and
    /// decoding each piece gives the right pieces whatever the script (accents, emoji).
    /// Overlapping signs are merged into the first.
    static func segments(_ text: String, _ ranges: [(Int, Int)]) -> [ScanSegment] {
        let bytes = Array(text.utf8)
        var out: [ScanSegment] = []
        var at = 0
        let ordered = ranges.enumerated().sorted { $0.element.0 < $1.element.0 }
        for (i, range) in ordered {
            let start = min(max(range.0, at), bytes.count)
            let end = min(max(range.1, start), bytes.count)
            if end == start { continue }
            if start > at {
                out.append(ScanSegment(id: out.count, text: String(decoding: bytes[at..<start], as: UTF8.self), flag: nil))
            }
            out.append(ScanSegment(id: out.count, text: String(decoding: bytes[start..<end], as: UTF8.self), flag: i))
            at = end
        }
        if at < bytes.count {
            out.append(ScanSegment(id: out.count, text: String(decoding: bytes[at...], as: UTF8.self), flag: nil))
        }
        return out
    }
}
