import SwiftUI

/// Find help: the country from the core's list, where the person comes from, "in danger now",
/// kinds of help and safety filters; then the country's sourced warnings, emergency numbers
/// and services with what each does with a call (before its number), when it was last checked
/// and whether it tells the police or immigration. Services whose safety answer is not known
/// are a group apart, never mixed with the matches. Call and text open the phone's own apps.
struct FindHelpView: View {
    let help: FindHelpState
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                FeedbackText(feedback: help.feedback)
                OnOffRow(onOff: help.danger) { send(.dangerNow($0)) }

                SectionTitle(text: help.countryTitle)
                Menu {
                    ForEach(help.countries) { country in
                        Button(country.label) { send(.helpCountry(country.id)) }
                    }
                } label: {
                    Text(help.countries.first(where: \.selected)?.label ?? help.countryTitle)
                        .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
                }
                .buttonStyle(.bordered)

                SectionTitle(text: help.fromTitle)
                Menu {
                    ForEach(help.fromCountries) { country in
                        Button(country.label) { send(.helpFrom(country.id)) }
                    }
                } label: {
                    Text(help.fromCountries.first(where: \.selected)?.label ?? help.fromTitle)
                        .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
                }
                .buttonStyle(.bordered)

                if !help.notes.isEmpty {
                    SectionTitle(text: help.notesTitle)
                    ForEach(help.notes, id: \.self) { note in
                        Text(note).foregroundStyle(.red)
                    }
                }

                if !help.emergency.isEmpty {
                    SectionTitle(text: help.emergencyTitle)
                    ForEach(Array(zip(help.emergency, help.emergencyChecked)), id: \.0.id) { action, checked in
                        ContactRow(action: action, copyLabel: help.copyLabel, send: send)
                        Text(checked).font(.footnote)
                    }
                }

                SectionTitle(text: help.needsTitle)
                ChipList(choices: help.needs, selectedLabel: help.selectedLabel) { send(.toggleNeed($0)) }
                ChipList(choices: help.filters, selectedLabel: help.selectedLabel) { send(.toggleFilter($0)) }

                if !help.services.isEmpty || help.noServices != nil {
                    SectionTitle(text: help.servicesTitle)
                    if let none = help.noServices {
                        Text(none)
                    }
                    ForEach(help.services) { service in
                        ServiceCard(service: service, copyLabel: help.copyLabel, send: send)
                    }
                }
                if !help.notConfirmed.isEmpty {
                    SectionTitle(text: help.notConfirmedTitle)
                    ForEach(help.notConfirmed) { service in
                        ServiceCard(service: service, copyLabel: help.copyLabel, send: send)
                    }
                }
                if !help.otherServices.isEmpty {
                    SectionTitle(text: help.otherTitle)
                    ForEach(help.otherServices) { service in
                        ServiceCard(service: service, copyLabel: help.copyLabel, send: send)
                    }
                }
                if let title = help.fromHomeTitle {
                    SectionTitle(text: title)
                    if let none = help.fromHomeNone {
                        Text(none)
                    }
                    ForEach(help.fromHome) { service in
                        ServiceCard(service: service, copyLabel: help.copyLabel, send: send)
                    }
                }
                if !help.fallbacks.isEmpty {
                    SectionTitle(text: help.fallbacksTitle)
                    ForEach(help.fallbacks) { service in
                        ServiceCard(service: service, copyLabel: help.copyLabel, send: send)
                    }
                }
            }
        }
    }
}

/// Several-choice list: one toggle button per choice, VoiceOver hears "Selected".
private struct ChipList: View {
    let choices: [Choice]
    let selectedLabel: String
    let toggle: (String) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            ForEach(choices) { choice in
                Button {
                    toggle(choice.id)
                } label: {
                    HStack {
                        Image(systemName: choice.selected ? "checkmark.circle.fill" : "circle")
                            .accessibilityHidden(true)
                        Text(choice.label)
                    }
                    .frame(minHeight: 44)
                }
                .buttonStyle(.plain)
                .accessibilityAddTraits(choice.selected ? .isSelected : [])
            }
        }
    }
}

private struct ServiceCard: View {
    let service: HelpService
    let copyLabel: String
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(service.name).font(.headline)
            Text(service.description).font(.callout)
            Text(service.hours).font(.footnote)
            // What the line does with a call, before its number.
            if let warning = service.warning {
                Text(warning).foregroundStyle(.red)
            }
            Text(service.police).foregroundStyle(service.reportsWarning ? Color.red : Color.primary)
            Text(service.immigration).foregroundStyle(service.reportsWarning ? Color.red : Color.primary)
            ForEach(service.actions) { action in
                ContactRow(action: action, copyLabel: copyLabel, send: send)
            }
            Text(service.lastVerified).font(.footnote)
            if let outOfDate = service.outOfDate {
                Text(outOfDate).font(.footnote).foregroundStyle(.red)
            }
            if let warning = service.statusWarning {
                Text(warning).font(.footnote).foregroundStyle(.red)
            }
            Text(service.source).font(.footnote)
            if let why = service.why {
                Text(why).font(.footnote)
            }
        }
        .padding(12)
        .background(RoundedRectangle(cornerRadius: 12).stroke(Color.secondary.opacity(0.4)))
    }
}

/// One way to reach help: the number or address, the call/text/open button and copy.
struct ContactRow: View {
    let action: ContactAction
    let copyLabel: String
    let send: @MainActor (ShellEvent) -> Void

    var body: some View {
        HStack {
            if action.uri != nil {
                Button("\(action.label) \(action.display)") { send(.contact(action)) }
                    .buttonStyle(.borderedProminent)
            } else {
                Text("\(action.label) \(action.display)")
            }
            Button(copyLabel) { send(.copy(action)) }
                .buttonStyle(.bordered)
        }
    }
}
