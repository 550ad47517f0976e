import SwiftUI

/// A job-offer or situation check: every question with yes / no / not sure (any may be
/// skipped), the country for help contacts, then the core's report. Nothing is saved.
struct CheckView: View {
    let check: CheckState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                Text(check.privacyNote).font(.callout)
                FeedbackText(feedback: check.feedback)
                ForEach(check.questions) { question in
                    VStack(alignment: .leading, spacing: 4) {
                        Text(question.text).font(.headline)
                        Text(question.help).font(.footnote)
                        HStack {
                            ForEach(question.answers) { answer in
                                Button(answer.label) { send(.answer(question: question.id, answer: answer.id)) }
                                    .buttonStyle(.bordered)
                                    .tint(answer.selected ? .accentColor : .secondary)
                                    .accessibilityAddTraits(answer.selected ? .isSelected : [])
                            }
                        }
                        Divider()
                    }
                }
                SectionTitle(text: check.countryTitle)
                Menu {
                    ForEach(check.countries) { country in
                        Button(country.label) { send(.helpCountry(country.id)) }
                    }
                } label: {
                    Text(check.countries.first(where: \.selected)?.label ?? check.countryTitle)
                        .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
                }
                .buttonStyle(.bordered)
                Button(check.showReport) { send(.showReport) }
                    .buttonStyle(.borderedProminent)
                if let report = check.report {
                    SectionTitle(text: report.title)
                    Text(report.headline)
                    Text(report.notAFinding).font(.footnote)
                    ForEach(report.signals, id: \.title) { signal in
                        Text(signal.title).font(.headline)
                        Text(signal.explanation).font(.callout)
                        Text(signal.nextStep).font(.callout)
                    }
                    if !report.findOut.isEmpty {
                        SectionTitle(text: report.findOutTitle)
                        ForEach(report.findOut, id: \.self) { Text($0).font(.callout) }
                    }
                    if !report.help.isEmpty {
                        SectionTitle(text: report.helpTitle)
                        ForEach(report.help) { action in
                            ContactRow(action: action, copyLabel: check.copyLabel, send: send)
                        }
                    }
                }
            }
        }
    }
}
