import Foundation
import Waymark

// The iOS mirror of android/shell-logic (tested there on the JVM): a back stack of routes,
// the chosen audience, and screen state built from the core's view records. Views render
// `ShellModel.state` and send `ShellEvent`s; the app carries out the returned `ShellEffect`.

/// Where the person is. A feature adds a case, a `HomeSection`, a case in
/// `ShellModel.screen(for:)` and one view.
enum Route: Hashable {
    case languagePicker
    case home
    case settings

    /// Sensitive screens are covered while the screen is recorded or mirrored.
    var sensitive: Bool { self != .languagePicker }
}

/// Ids match the core's audience ids (issue 5).
enum Audience: String, CaseIterable {
    case migrants, students, leaders

    var labelMessage: String {
        switch self {
        case .migrants: return "shell-audience-migrants"
        case .students: return "shell-audience-students"
        case .leaders: return "shell-audience-leaders"
        }
    }
}

/// A neutral home-screen icon. `iconName` is the alternate icon in the asset catalog.
enum Disguise: String, CaseIterable {
    case waymark, notes

    var labelMessage: String {
        switch self {
        case .waymark: return "shell-disguise-waymark"
        case .notes: return "shell-disguise-notes"
        }
    }
    var iconName: String? { self == .waymark ? nil : "AppIconNotes" }

    static func byIconName(_ name: String?) -> Disguise {
        allCases.first { $0.iconName == name } ?? .waymark
    }
}

struct Choice: Identifiable, Hashable {
    let id: String
    let label: String
    var selected = false
    var rightToLeft = false
    /// The language the label is written in, for VoiceOver.
    var localeId: String? = nil
}

struct Entry: Identifiable, Hashable {
    let id: String
    let label: String
    let route: Route
}

struct Chrome: Equatable {
    let localeId: String
    let rightToLeft: Bool
    let reviewNote: String?
    let title: String
    let backLabel: String?
    let quickExitLabel: String
    let quickExitDescription: String
    let readAloudLabel: String
    let stopReadingLabel: String
    let secure: Bool
}

struct HomeState: Equatable {
    let tagline: String
    let offlineNote: String
    let audienceTitle: String
    let audiences: [Choice]
    let entries: [Entry]
}

struct SettingsState: Equatable {
    let languageTitle: String
    let currentLanguage: String
    let changeLanguage: Entry
    let disguiseTitle: String
    let disguiseHint: String
    let disguises: [Choice]
    let aboutTitle: String
    let offlineNote: String
    let contentVersion: String
    let selectedLabel: String
}

enum Screen: Equatable {
    case languagePicker(languages: [Choice], selectedLabel: String)
    case home(HomeState)
    case settings(SettingsState)

    /// What the read-aloud button speaks.
    var speakable: String {
        switch self {
        case let .languagePicker(languages, _):
            return languages.map(\.label).joined(separator: "\n")
        case let .home(home):
            return [home.tagline, home.offlineNote].joined(separator: "\n")
        case let .settings(settings):
            return [settings.disguiseHint, settings.offlineNote, settings.contentVersion].joined(separator: "\n")
        }
    }
}

struct UiState: Equatable {
    let route: Route
    let chrome: Chrome
    let screen: Screen
}

enum ShellEvent {
    case pickLanguage(String)
    case open(Route)
    case selectAudience(String)
    case chooseDisguise(String)
    case back
    case quickExit
}

enum ShellEffect: Equatable {
    case none
    case leave
    case exit
    case applyDisguise(Disguise)
}

/// Every word on screen comes from the core's Fluent messages in the current language.
struct Texts {
    let core: WaymarkProtocol

    subscript(id: String) -> String { format(id, []) }

    func format(_ id: String, _ args: [MessageArg]) -> String {
        // A missing message is a content bug that `waymark content check` catches first.
        (try? core.message(id: id, args: args).text) ?? id
    }
}

/// A group of home-screen entries that a feature offers one audience.
struct HomeSection {
    let entries: (WaymarkProtocol, Texts, Audience) -> [Entry]

    static let app = HomeSection { _, texts, _ in
        [
            Entry(id: "language", label: texts["menu-language"], route: .languagePicker),
            Entry(id: "settings", label: texts["shell-settings"], route: .settings),
        ]
    }

    /// In order on the home screen. Features add their section before `app`.
    static let all: [HomeSection] = [app]
}

/// What the shell keeps outside the core: the chosen language (see `ShellStorage`).
@MainActor
protocol ShellHost: AnyObject {
    var savedLanguage: String? { get set }
    var disguise: Disguise { get }
}

@MainActor
final class ShellModel: ObservableObject {
    @Published private(set) var state: UiState

    private let core: WaymarkProtocol
    private let host: ShellHost
    private let texts: Texts
    private let sections: [HomeSection]
    private var stack: [Route]
    private var audience: Audience = .migrants
    private var disguise: Disguise

    init(core: WaymarkProtocol, host: ShellHost, systemLocales: [String], sections: [HomeSection] = HomeSection.all) {
        self.core = core
        self.host = host
        self.texts = Texts(core: core)
        self.sections = sections
        self.disguise = host.disguise
        if let saved = host.savedLanguage, core.locales().contains(where: { $0.id == saved }) {
            _ = core.setLocales(tags: [saved])
            stack = [.home]
        } else {
            // First run: preselect the phone's language and let the person confirm it.
            _ = core.setLocales(tags: systemLocales)
            stack = [.languagePicker]
        }
        state = UiState(route: .home, chrome: ShellModel.emptyChrome, screen: .languagePicker(languages: [], selectedLabel: ""))
        refresh()
    }

    var route: Route { stack.last ?? .home }

    func send(_ event: ShellEvent) -> ShellEffect {
        defer { refresh() }
        switch event {
        case let .pickLanguage(id):
            _ = core.setLocales(tags: [id])
            host.savedLanguage = core.currentLocale().id
            if stack.count > 1 { stack.removeLast() } else { stack = [.home] }
            return .none
        case let .open(route):
            if self.route != route { stack.append(route) }
            return .none
        case let .selectAudience(id):
            audience = Audience(rawValue: id) ?? audience
            return .none
        case let .chooseDisguise(id):
            let chosen = Disguise(rawValue: id) ?? .waymark
            guard chosen != disguise else { return .none }
            disguise = chosen
            return .applyDisguise(chosen)
        case .back:
            guard stack.count > 1 else { return .leave }
            stack.removeLast()
            return .none
        case .quickExit:
            // Forget where the person was. (When issue 8 lands: also `core.quickExit()`.)
            stack = [host.savedLanguage == nil ? .languagePicker : .home]
            audience = .migrants
            return .exit
        }
    }

    private func refresh() {
        let current = core.currentLocale()
        let chrome = Chrome(
            localeId: current.id,
            rightToLeft: current.direction == .rtl,
            reviewNote: current.reviewNote,
            title: title(for: route),
            backLabel: stack.count > 1 ? texts["menu-back"] : nil,
            quickExitLabel: texts["menu-quick-exit"],
            quickExitDescription: texts["shell-quick-exit-description"],
            readAloudLabel: texts["shell-read-aloud"],
            stopReadingLabel: texts["shell-stop-reading"],
            secure: route.sensitive
        )
        state = UiState(route: route, chrome: chrome, screen: screen(for: route, localeId: current.id))
    }

    private func title(for route: Route) -> String {
        switch route {
        case .languagePicker: return texts["menu-choose-language"]
        case .home: return texts["app-name"]
        case .settings: return texts["shell-settings"]
        }
    }

    private func screen(for route: Route, localeId: String) -> Screen {
        switch route {
        case .languagePicker:
            let languages = core.locales().map {
                Choice(id: $0.id, label: $0.nativeName, selected: $0.id == localeId,
                       rightToLeft: $0.direction == .rtl, localeId: $0.id)
            }
            return .languagePicker(languages: languages, selectedLabel: texts["shell-selected"])
        case .home:
            return .home(HomeState(
                tagline: texts["app-tagline"],
                offlineNote: texts["app-offline-note"],
                audienceTitle: texts["shell-audience-title"],
                audiences: Audience.allCases.map {
                    Choice(id: $0.rawValue, label: texts[$0.labelMessage], selected: $0 == audience)
                },
                entries: sections.flatMap { $0.entries(core, texts, audience) }
            ))
        case .settings:
            let language = core.locales().first { $0.id == localeId }
            return .settings(SettingsState(
                languageTitle: texts["shell-settings-language"],
                currentLanguage: language?.nativeName ?? localeId,
                changeLanguage: Entry(id: "language", label: texts["menu-language"], route: .languagePicker),
                disguiseTitle: texts["shell-disguise-title"],
                disguiseHint: texts["shell-disguise-hint"],
                disguises: Disguise.allCases.map {
                    Choice(id: $0.rawValue, label: texts[$0.labelMessage], selected: $0 == disguise)
                },
                aboutTitle: texts["shell-settings-about"],
                offlineNote: texts["app-offline-note"],
                contentVersion: texts.format("shell-content-version", [.text(name: "version", value: core.contentVersion())]),
                selectedLabel: texts["shell-selected"]
            ))
        }
    }

    private static let emptyChrome = Chrome(
        localeId: "en", rightToLeft: false, reviewNote: nil, title: "", backLabel: nil,
        quickExitLabel: "", quickExitDescription: "", readAloudLabel: "", stopReadingLabel: "", secure: true
    )
}
