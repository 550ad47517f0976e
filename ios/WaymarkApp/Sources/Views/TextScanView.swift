import SwiftUI

/// Paste a job offer, check it, see each warning sign highlighted in the text with what it
/// means and what to do next. The text lives in `@State` and the shell's memory only; leaving
/// the screen drops it. The screen is sensitive (covered while recorded, like the checks).
struct TextScanView: View {
    let scan: TextScanState
    let send: @MainActor (ShellEvent) -> Void
    @State private var text = ""

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                Text(scan.privacyNote).font(.callout)
                FeedbackText(feedback: scan.feedback)
                TextField(scan.fieldLabel, text: $text, axis: .vertical)
                    .lineLimit(5...12)
                    .textFieldStyle(.roundedBorder)
                    .autocorrectionDisabled()
                    .privacySensitive()
                    .accessibilityLabel(Text(scan.fieldLabel))
                HStack {
                    Button(scan.scanLabel) { send(.textScan(.scan(text))) }
                        .buttonStyle(.borderedProminent)
                    Button(scan.clearLabel) { send(.textScan(.clear)) }
                        .buttonStyle(.bordered)
                }
                if let result = scan.result {
                    ScanResultView(result: result, send: send)
                }
            }
        }
        .onAppear { text = scan.text }
        .onChange(of: scan.text) { text = $0 }
    }
}

private struct ScanResultView: View {
    let result: ScanResult
    let send: @MainActor (ShellEvent) -> Void

    /// The pasted text with each sign marked: bold, underlined and red (not by colour alone).
    private var highlighted: Text {
        result.segments.reduce(Text(verbatim: "")) { text, segment in
            segment.flag == nil
                ? text + Text(verbatim: segment.text)
                : text + Text(verbatim: segment.text).bold().underline().foregroundColor(.red)
        }
    }

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            SectionTitle(text: result.title)
            Text(result.headline)
            Text(result.notAFinding).font(.footnote)
            if let none = result.noFlags {
                Text(none).font(.callout)
            }
            if !result.flags.isEmpty {
                highlighted
                    .privacySensitive()
                SectionTitle(text: result.flagsTitle)
                ForEach(result.flags) { flag in
                    // One VoiceOver item per sign: its name, the words found, what it means, the next step.
                    VStack(alignment: .leading, spacing: 2) {
                        Text(flag.title).font(.headline)
                        Text("“\(flag.excerpt)”").bold().privacySensitive()
                        Text(flag.explanation).font(.callout)
                        Text(flag.nextStep).font(.callout)
                    }
                    .accessibilityElement(children: .combine)
                }
            }
            SectionTitle(text: result.nextStepsTitle)
            ForEach(result.nextSteps) { entry in
                Button(entry.label) { send(.open(entry.route)) }
                    .buttonStyle(.bordered)
                    .frame(minHeight: 44)
            }
        }
    }
}
