import Foundation
import Waymark

// The iOS mirror of android/shell-logic (tested there on the JVM): a back stack of routes,
// the chosen audience, and screen state built from the core's view records. Views render
// `ShellRunner.state` and send `ShellEvent`s; the runner calls `ShellModel.send` on its one
// serial queue (never the main thread) and the app carries out the returned `ShellEffect`.

/// Where the person is. A feature adds a case, a `HomeSection`, a case in
/// `ShellModel.screen(for:)` and one view.
enum Route: Hashable {
    case languagePicker
    case unlock
    /// The Keychain lost the vault's key: nothing saved can be read again.
    case startAgain
    case home
    case settings
    case checklist
    case findHelp
    /// A job-offer or situation check (`job_offer`, `my_situation`). Answers are kept in memory only.
    case check(String)
    /// The learning screens (Learn.swift).
    case learn(LearnRoute)
    /// Workshop mode for leaders (Workshop.swift).
    case workshop(WorkshopRoute)
    /// The pasted-text scan (TextScan.swift). The text is kept in memory only.
    case textScan

    /// What the core is told is on screen (`setCurrentScreen`): an id, never user text.
    var id: String {
        switch self {
        case .languagePicker: return "language"
        case .unlock: return "unlock"
        case .startAgain: return "start_again"
        case .home: return "home"
        case .settings: return "settings"
        case .checklist: return "checklist"
        case .findHelp: return "find_help"
        case .check: return "screening"
        case let .learn(route): return route.id
        case let .workshop(route): return route.id
        case .textScan: return "screening_text"
        }
    }

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

/// The safety filters of find help, each a flag of the core's `HelpQuery`.
enum HelpFilter: String, CaseIterable {
    case noImmigrationReporting = "no_immigration_reporting"
    case anonymous
    case noId = "no_id"

    var labelMessage: String {
        switch self {
        case .noImmigrationReporting: return "directory-filter-no-immigration"
        case .anonymous: return "directory-filter-anonymous"
        case .noId: return "directory-filter-no-id"
        }
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
    /// "Checking…", shown while a core call runs (`UiState.busy`).
    let checkingLabel: String
    /// The one-line warning before a call, text or link leaves the app; nil when none is pending.
    var handoff: Handoff? = nil
}

/// Asked before a call, text or link goes to another app (which keeps a call log, a message
/// thread or a browser history): go on, copy the number instead, or cancel.
struct Handoff: Equatable {
    let warning: String
    let continueLabel: String
    let copyInsteadLabel: String
    let cancelLabel: String
}

/// The key store lost the vault's key: nothing saved can be opened; start again, or find help.
struct StartAgainState: Equatable {
    let message: String
    let startAgainLabel: String
    let findHelp: Entry
}

struct HomeState: Equatable {
    let tagline: String
    let offlineNote: String
    let audienceTitle: String
    let audiences: [Choice]
    let entries: [Entry]
}

struct OnOff: Equatable {
    let label: String
    let help: String?
    let on: Bool
}

struct Feedback: Equatable {
    let text: String
    let error: Bool
}

struct PinSection: Equatable {
    let title: String
    let status: String
    let hasPin: Bool
    let pinLabel: String
    let currentPinLabel: String
    let newPinLabel: String
    let repeatPinLabel: String
    let setPin: String
    let changePin: String
    let removePin: String
    let lockNow: String
    let duressTitle: String
    /// What the emergency PIN does, in plain words, before anyone opts in.
    let duressExplain: String
    /// Nil when no PIN is set (the emergency PIN needs one): then `duressNeedsPin` is shown.
    let setDuress: String?
    let duressNeedsPin: String
    let duressStatus: String?
}

struct WipeConfirm: Equatable {
    let question: String
    let yes: String
    let cancel: String
}

struct UnlockState: Equatable {
    let hint: String
    let pinLabel: String
    let unlockLabel: String
    /// The core's localized message (wrong PIN, with the back-off wait when there is one).
    let error: String?
    /// Find help works without the PIN.
    let findHelp: Entry
}

struct SettingsState: Equatable {
    let languageTitle: String
    let currentLanguage: String
    let changeLanguage: Entry
    let pin: PinSection
    let privacyTitle: String
    let leaveNoTrace: OnOff
    let notificationsOff: OnOff
    let disguiseTitle: String
    let disguiseHint: String
    /// The core's disguises (`disguises()`), the one in use selected.
    let disguises: [Choice]
    let wipeLabel: String
    /// Non-nil after the first tap on "Delete everything".
    let wipeConfirm: WipeConfirm?
    let aboutTitle: String
    let offlineNote: String
    let contentVersion: String
    let selectedLabel: String
    let feedback: Feedback?
}

struct ChecklistItem: Identifiable, Equatable {
    let id: String
    let title: String
    let done: Bool
    let custom: Bool
    /// The person's private note (kept in the vault only).
    let note: String?
}

struct ChecklistStage: Identifiable, Equatable {
    let id: String
    let title: String
    let items: [ChecklistItem]
}

struct ChecklistState: Equatable {
    let stages: [ChecklistStage]
    let doneLabel: String
    let notDoneLabel: String
    let addLabel: String
    let addHint: String
    let noteLabel: String
    let noteHint: String
    let saveLabel: String
    let removeLabel: String
    let damaged: String?
    let feedback: Feedback?
}

/// Call, text, open or copy one way of reaching help.
struct ContactAction: Identifiable, Equatable {
    /// `call`, `text` or `open`.
    let kind: String
    let label: String
    /// What is shown and copied: the number or address.
    let display: String
    /// `tel:`, `sms:`, `mailto:` or `https:`; nil for walk-in.
    let uri: String?
    var id: String { kind + display }
}

struct HelpService: Identifiable, Equatable {
    let id: String
    let name: String
    let description: String
    let hours: String
    /// "Before you call: …" — what the line does with a call, shown before its number.
    let warning: String?
    let lastVerified: String
    /// "May be out of date: …" when last checked more than a year ago.
    let outOfDate: String?
    /// "Source: a government page of this country: https://…"
    let source: String
    let statusWarning: String?
    let police: String
    let immigration: String
    /// The service says it reports to police or immigration: shown as a warning.
    let reportsWarning: Bool
    let why: String?
    let actions: [ContactAction]
}

/// One question of a check, its help line and the three answers (the chosen one selected).
struct CheckQuestion: Identifiable, Equatable {
    let id: String
    let text: String
    let help: String
    let answers: [Choice]
}

struct CheckSignal: Equatable {
    let title: String
    let explanation: String
    let nextStep: String
}

/// The core's report: a calm headline, never a legal finding.
struct CheckReport: Equatable {
    let title: String
    let risk: String
    let headline: String
    let notAFinding: String
    let signals: [CheckSignal]
    let findOutTitle: String
    let findOut: [String]
    let helpTitle: String
    let help: [ContactAction]
}

struct CheckState: Equatable {
    let kind: String
    let privacyNote: String
    let questions: [CheckQuestion]
    let countryTitle: String
    let countries: [Choice]
    let selectedLabel: String
    let showReport: String
    let report: CheckReport?
    let copyLabel: String
    let feedback: Feedback?
}

struct FindHelpState: Equatable {
    let countryTitle: String
    let countries: [Choice]
    let dangerQuestion: String
    let danger: OnOff
    let needsTitle: String
    let needs: [Choice]
    let filters: [Choice]
    /// "Which country do you come from?"; the country the core used is selected.
    let fromTitle: String
    let fromCountries: [Choice]
    /// The country's sourced warnings, shown before its numbers.
    let notesTitle: String
    let notes: [String]
    let emergencyTitle: String
    let emergency: [ContactAction]
    /// One line per emergency number, same order: "Last checked: …", out of date, not confirmed.
    let emergencyChecked: [String]
    let servicesTitle: String
    /// Only services that meet every filter (all of them when none is set).
    let services: [HelpService]
    let noServices: String?
    /// Services whose answer to a safety filter is not known: shown apart, never as matches.
    let notConfirmedTitle: String
    let notConfirmed: [HelpService]
    /// Services that fail a filter on a confirmed fact: listed last.
    let otherTitle: String
    let otherServices: [HelpService]
    /// "What Kenya offers its citizens here", when the person comes from another country.
    let fromHomeTitle: String?
    let fromHome: [HelpService]
    let fromHomeNone: String?
    let fallbacksTitle: String
    let fallbacks: [HelpService]
    let selectedLabel: String
    let copyLabel: String
    let feedback: Feedback?
}

enum Screen: Equatable {
    case languagePicker(languages: [Choice], selectedLabel: String)
    case unlock(UnlockState)
    case startAgain(StartAgainState)
    case home(HomeState)
    case settings(SettingsState)
    case checklist(ChecklistState)
    case findHelp(FindHelpState)
    case check(CheckState)
    case learn(LearnScreen)
    case workshop(WorkshopScreen)
    case textScan(TextScanState)

    /// What the read-aloud button speaks.
    var speakable: String {
        switch self {
        case let .languagePicker(languages, _):
            return languages.map(\.label).joined(separator: "\n")
        case let .unlock(unlock):
            return [unlock.hint, unlock.error].compactMap { $0 }.joined(separator: "\n")
        case let .startAgain(again):
            return again.message
        case let .home(home):
            return [home.tagline, home.offlineNote].joined(separator: "\n")
        case let .settings(settings):
            return [settings.feedback?.text, settings.pin.status, settings.pin.duressExplain, settings.leaveNoTrace.help,
                    settings.disguiseHint, settings.offlineNote, settings.contentVersion]
                .compactMap { $0 }.joined(separator: "\n")
        case let .checklist(checklist):
            return checklist.stages.map { stage in
                // The person's own items are never spoken: a read-aloud voice carries across a room.
                ([stage.title] + stage.items.filter { !$0.custom }
                    .map { "\($0.title): \($0.done ? checklist.doneLabel : checklist.notDoneLabel)" })
                    .joined(separator: "\n")
            }.joined(separator: "\n")
        case let .check(check):
            if let report = check.report {
                return ([report.headline, report.notAFinding] + report.signals.map(\.title)).joined(separator: "\n")
            }
            return ([check.privacyNote] + check.questions.map(\.text)).joined(separator: "\n")
        case let .findHelp(help):
            return ([help.danger.help].compactMap { $0 } + help.emergency.map { "\($0.label) \($0.display)" }
                    + (help.services + help.fallbacks).map(\.name)).joined(separator: "\n")
        case let .learn(learn):
            return learn.speakable
        case let .workshop(workshop):
            return workshop.speakable
        case let .textScan(scan):
            return scan.speakable
        }
    }
}

struct UiState: Equatable {
    let route: Route
    let chrome: Chrome
    let screen: Screen
    /// A core call is running (`ShellRunner`): the screen shows `chrome.checkingLabel` and takes no input.
    var busy = false
}

/// What a person does on a screen. Cases that carry what the person typed (PINs, notes,
/// their own items) are never logged or kept: the model passes them straight to the core.
enum ShellEvent {
    case pickLanguage(String)
    case open(Route)
    case selectAudience(String)
    case back
    case quickExit
    /// The app went to the background: the core locks (always; see `ShellModel`).
    case backgrounded
    /// The app came back: an unlock screen shown only because the vault could not be read is re-checked.
    case resumed
    /// The key store lost the vault's key: delete the unreadable vault and start with an empty app.
    case startAgain

    case unlock(pin: String)
    case lock
    case setPin(pin: String, again: String)
    case changePin(old: String, new: String, again: String)
    case removePin(pin: String)
    case setDuressPin(pin: String, again: String)

    case chooseDisguise(String)
    case setLeaveNoTrace(Bool)
    case setNotificationsOff(Bool)
    case askWipe
    case cancelWipe
    case confirmWipe

    case tick(item: String, done: Bool)
    case addItem(stage: String, text: String)
    case setNote(item: String, note: String)
    case removeItem(String)

    /// What the person says about their life: passed to the core, never kept or logged.
    case answer(question: String, answer: String)
    case showReport

    case helpCountry(String?)
    /// The country the person comes from (nil: the core suggests it from the language's region).
    case helpFrom(String?)
    case toggleNeed(String)
    case toggleFilter(String)
    case dangerNow(Bool)
    /// Asks first (`Chrome.handoff`); `confirmHandoff` then opens the other app.
    case contact(ContactAction)
    case copy(ContactAction)
    case confirmHandoff
    case copyInstead
    case cancelHandoff

    case learn(LearnEvent)
    case workshop(WorkshopEvent)
    case textScan(TextScanEvent)
}

enum ShellEffect: Equatable {
    case none
    case leave
    case exit
    /// Switch the app icon to the core's disguise icon id.
    case applyDisguise(icon: String)
    /// Open `tel:`/`sms:`/`mailto:`/`https:` with `UIApplication.open`.
    case openUri(String)
    /// Put the number or address on the pasteboard (local only, expiring after a minute).
    case copyText(String)
    /// Empty the pasteboard if it still holds what Waymark copied.
    case clearClipboard
}

/// Every word on screen comes from the core's Fluent messages in the current language.
struct Texts {
    let core: WaymarkProtocol

    subscript(id: String) -> String { format(id, []) }

    func format(_ id: String, _ args: [MessageArg]) -> String {
        // A missing message is a content bug that `waymark content check` catches first.
        (try? core.message(id: id, args: args).text) ?? id
    }

    /// The core's localized message for a refused call (it never holds user data). Anything
    /// else (a Rust panic arrives as UniFFI's internal error, whose text could quote data) is
    /// one general message.
    func error(_ error: Error) -> String {
        (error as? WaymarkError)?.localizedMessage ?? self["shell-error-internal"]
    }
}

/// A group of home-screen entries that a feature offers one audience.
struct HomeSection {
    let entries: (WaymarkProtocol, Texts, Audience) -> [Entry]

    /// Find help, for everyone, first.
    static let help = HomeSection { _, texts, _ in
        [Entry(id: "find_help", label: texts["directory-menu"], route: .findHelp)]
    }

    /// The safe-travel checklist, for people working or travelling abroad.
    static let checklist = HomeSection { _, texts, audience in
        audience == .migrants ? [Entry(id: "checklist", label: texts["menu-checklist"], route: .checklist)] : []
    }

    /// The job-offer and situation checks, for people working or travelling abroad.
    static let screening = HomeSection { _, texts, audience in
        guard audience == .migrants else { return [] }
        return [
            Entry(id: "check_job_offer", label: texts["screening-kind-job-offer"], route: .check("job_offer")),
            Entry(id: "check_text", label: texts["screening-kind-text"], route: .textScan),
            Entry(id: "check_my_situation", label: texts["screening-kind-my-situation"], route: .check("my_situation")),
        ]
    }

    static let app = HomeSection { _, texts, _ in
        [
            Entry(id: "language", label: texts["menu-language"], route: .languagePicker),
            Entry(id: "settings", label: texts["shell-settings"], route: .settings),
        ]
    }

    /// In order on the home screen. Features add their section before `app`.
    static let all: [HomeSection] = [help, screening, checklist, learn, workshop, app]
}

/// What the shell keeps outside the core: the chosen language (see `ShellStorage`). It stays
/// outside the vault: the unlock screen must speak the person's language before the vault
/// can be read. Disguise, notifications and leave no trace are the core's settings.
protocol ShellHost: AnyObject {
    var savedLanguage: String? { get set }
    /// The platform key store lost the key that wraps the vault's: nothing saved can be read again.
    func vaultKeyLost() -> Bool
}


/// The find-help form, in memory only (what someone looks for is never written).
struct HelpForm: Equatable {
    var country: String? = nil
    var from: String? = nil
    var needs: [String] = []
    var filters: Set<String> = []
    var dangerNow = false
}

/// Used only on `ShellRunner`'s serial queue, never the main thread.
final class ShellModel {
    private(set) var state: UiState

    private let core: WaymarkProtocol
    private let host: ShellHost
    private let texts: Texts
    private let sections: [HomeSection]
    private var stack: [Route]
    private var audience: Audience = .migrants
    private var help = HelpForm()
    private var feedback: Feedback?
    private var unlockError: String?
    private var confirmingWipe = false
    private var answers: [String: String] = [:]
    private var report: ScreenReportView?
    private let learn: LearnModel
    private let workshop: WorkshopFlow
    private let textScan: TextScanFlow
    /// A call, text or link waiting for the person to read the warning (`Chrome.handoff`).
    private var handoff: ContactAction?

    init(core: WaymarkProtocol, host: ShellHost, systemLocales: [String], sections: [HomeSection] = HomeSection.all) {
        self.core = core
        self.host = host
        self.texts = Texts(core: core)
        self.learn = LearnModel(core: core, texts: Texts(core: core))
        self.sections = sections
        workshop = WorkshopFlow(core: core, texts: Texts(core: core))
        textScan = TextScanFlow(core: core, texts: Texts(core: core))
        stack = [.languagePicker]
        state = UiState(route: .home, chrome: ShellModel.emptyChrome, screen: .languagePicker(languages: [], selectedLabel: ""))
        if let saved = host.savedLanguage, ((try? core.locales()) ?? []).contains(where: { $0.id == saved }) {
            _ = try? core.setLocales(tags: [saved])
            stack = [start()]
        } else {
            // First run: preselect the phone's language and let the person confirm it.
            _ = try? core.setLocales(tags: systemLocales)
        }
        try? core.setCurrentScreen(screen: route.id)
        refresh()
    }

    var route: Route { stack.last ?? .home }

    /// The icon id the core's settings hold; nil while locked.
    func disguiseIcon() -> String? { discretion()?.disguise.icon }

    func send(_ event: ShellEvent) -> ShellEffect {
        let before = route
        let effect = handle(event)
        if route != before {
            feedback = nil
            confirmingWipe = false
            handoff = nil
            // A check's answers live only while its screen is open.
            if case .check = before { forgetCheck() }
            learn.moved(stack)
            if before == .textScan { textScan.forget() }
            workshop.routeChanged(from: before, to: route)
        }
        // The core knows which screen is up (an id), so its quick exit can forget it.
        if effect != .exit { try? core.setCurrentScreen(screen: route.id) }
        refresh()
        return effect
    }

    /// The query the find-help screen sends: the form mapped onto the core's `HelpQuery`.
    func helpQuery() -> HelpQuery {
        HelpQuery(
            country: help.country,
            from: help.from,
            needs: help.needs,
            noImmigrationReporting: help.filters.contains(HelpFilter.noImmigrationReporting.rawValue),
            anonymous: help.filters.contains(HelpFilter.anonymous.rawValue),
            noId: help.filters.contains(HelpFilter.noId.rawValue),
            dangerNow: help.dangerNow
        )
    }

    private func handle(_ event: ShellEvent) -> ShellEffect {
        switch event {
        case let .pickLanguage(id):
            _ = try? core.setLocales(tags: [id])
            // Leave no trace: not even the language choice is written.
            if discretion()?.leaveNoTrace != true, let current = try? core.currentLocale() {
                host.savedLanguage = current.id
            }
            if stack.count > 1 { stack.removeLast() } else { stack = [start()] }
            return .none
        case let .open(route):
            if self.route != route { stack.append(route) }
            return .none
        case let .selectAudience(id):
            audience = Audience(rawValue: id) ?? audience
            return .none
        case .back:
            guard stack.count > 1 else { return .leave }
            stack.removeLast()
            return .none
        case .quickExit:
            // Forget where the person was, in the shell and in the core (which also locks the
            // vault). The app has already covered the screen (ShellRunner performs the exit
            // first); nothing here can stop it.
            try? core.quickExit()
            forget()
            stack = [host.savedLanguage == nil ? .languagePicker : start()]
            return .exit
        case .backgrounded:
            lockNow()
            return .none
        case .resumed:
            // An unlock screen shown because the vault could not be read (the phone was
            // locked), or a lost key: ask again now the phone is open.
            if route == .unlock || route == .startAgain {
                let next = start()
                if next != route { stack = [next] }
            }
            return .none
        case .startAgain:
            do {
                try core.wipe()
                try? core.quickExit()
                forget()
                stack = [start()]
            } catch {
                feedback = Feedback(text: texts.error(error), error: true)
            }
            return .none

        case let .unlock(pin):
            do {
                try core.unlock(pin: pin)
                unlockError = nil
                stack = [.home]
                // Restores leave no trace after a restart. The icon is not touched: after an
                // emergency PIN the settings are gone, and an icon that switches back to
                // "Waymark" in front of the person forcing it open would give the app away.
                _ = discretion()
            } catch {
                unlockError = texts.error(error)
            }
            return .none
        case .lock:
            lockNow()
            return .none
        case let .setPin(pin, again):
            return withRepeat(pin, again) { try self.core.setPin(pin: pin); return "vault-pin-set" }
        case let .changePin(old, new, again):
            return withRepeat(new, again) { try self.core.changePin(oldPin: old, newPin: new); return "vault-pin-changed" }
        case let .removePin(pin):
            return act { try self.core.removePin(pin: pin); return "vault-pin-removed" }
        case let .setDuressPin(pin, again):
            return withRepeat(pin, again) { try self.core.setDuressPin(pin: pin); return "vault-duress-set" }

        case let .chooseDisguise(id):
            let before = discretion()?.disguise.icon
            var effect = ShellEffect.none
            _ = act {
                let after = try self.core.setDisguise(id: id)
                if after.disguise.icon != before { effect = .applyDisguise(icon: after.disguise.icon) }
                return "discretion-saved"
            }
            return effect
        case let .setLeaveNoTrace(on):
            return act { _ = try self.core.setLeaveNoTrace(on: on); return "discretion-saved" }
        case let .setNotificationsOff(off):
            return act { _ = try self.core.setNotificationsOff(off: off); return "discretion-saved" }
        case .askWipe:
            confirmingWipe = true
            return .none
        case .cancelWipe:
            confirmingWipe = false
            feedback = Feedback(text: texts["vault-not-wiped"], error: false)
            return .none
        case .confirmWipe:
            return wipe()

        case let .tick(item, done):
            return act { try self.core.checklistSetDone(item: item, done: done); return nil }
        case let .addItem(stage, text):
            return act { _ = try self.core.checklistAdd(stage: stage, text: text); return "checklist-added" }
        case let .setNote(item, note):
            return act { try self.core.checklistSetNote(item: item, note: note); return "checklist-saved" }
        case let .removeItem(item):
            return act { try self.core.checklistRemove(item: item); return "checklist-removed" }

        case let .answer(question, answer):
            answers[question] = answers[question] == answer ? nil : answer
            report = nil
            return .none
        case .showReport:
            guard case let .check(kind) = route else { return .none }
            return act {
                self.report = try self.core.screenAnswer(kind: kind, answers: self.answers, country: self.help.country)
                return nil
            }
        case let .helpCountry(id):
            help.country = id
            return .none
        case let .helpFrom(id):
            help.from = id
            return .none
        case let .toggleNeed(id):
            if let index = help.needs.firstIndex(of: id) { help.needs.remove(at: index) } else { help.needs.append(id) }
            return .none
        case let .toggleFilter(id):
            if help.filters.contains(id) { help.filters.remove(id) } else { help.filters.insert(id) }
            return .none
        case let .dangerNow(on):
            help.dangerNow = on
            return .none
        case let .contact(action):
            // The phone app, messages or browser keeps its own history: say so first.
            if action.uri != nil { handoff = action }
            return .none
        case .confirmHandoff:
            let uri = handoff?.uri
            handoff = nil
            return uri.map { .openUri($0) } ?? .none
        case .copyInstead:
            guard let action = handoff else { return .none }
            return copy(action)
        case .cancelHandoff:
            handoff = nil
            return .none
        case let .copy(action):
            return copy(action)
        case let .learn(event):
            return learn.handle(event, stack: &stack)

        case let .workshop(event):
            let step = workshop.handle(event, route: route)
            if let next = step.open {
                if step.replace { stack.removeLast() }
                stack.append(.workshop(next))
            }
            return step.effect
        case let .textScan(event):
            textScan.handle(event)
            return .none
        }
    }

    private func copy(_ action: ContactAction) -> ShellEffect {
        handoff = nil
        feedback = Feedback(text: texts["shell-copied"], error: false)
        return .copyText(action.display)
    }

    /// Where a session starts once the language is known: the unlock screen if a PIN guards
    /// the vault, or if its status cannot be read (the Keychain refuses while the phone is
    /// locked): never an open home screen over a vault the shell knows nothing about. A key
    /// the Keychain has lost: the start-again screen.
    private func start() -> Route {
        guard let status = try? core.vaultStatus() else {
            return host.vaultKeyLost() ? .startAgain : .unlock
        }
        if status.locked { return .unlock }
        _ = discretion()
        return .home
    }

    /// Locks the core first, unconditionally (it never fails and needs no key), then asks
    /// where to go: the unlock screen when a PIN guards the vault or its status cannot be
    /// read, the start-again screen for a lost key. With no PIN the person keeps their place.
    private func lockNow() {
        try? core.lock()
        let next = start()
        if next == .home { return }
        forget()
        stack = [next]
    }

    /// Everything the shell holds about the person's session (never written anywhere).
    private func forgetCheck() {
        answers = [:]
        report = nil
    }

    private func forget() {
        forgetCheck()
        workshop.forget()
        textScan.forget()
        audience = .migrants
        help = HelpForm()
        learn.forget()
        feedback = nil
        unlockError = nil
        confirmingWipe = false
    }

    /// Delete everything. The icon keeps its current look: the disguise changes only when
    /// the person chooses one (an icon that switches on its own draws attention).
    private func wipe() -> ShellEffect {
        do {
            try core.wipe()
            try? core.quickExit()
            host.savedLanguage = nil
            forget()
            stack = [.languagePicker]
        } catch {
            confirmingWipe = false
            feedback = Feedback(text: texts.error(error), error: true)
        }
        return .none
    }

    /// The discretion settings (the first call after start restores leave no trace); nil while locked.
    private func discretion() -> DiscretionView? { try? core.discretionSettings() }

    /// Runs a core call; shows its confirmation message id (if any) or the core's localized error.
    private func act(_ call: () throws -> String?) -> ShellEffect {
        do {
            feedback = try call().map { Feedback(text: texts[$0], error: false) }
        } catch {
            feedback = Feedback(text: texts.error(error), error: true)
        }
        return .none
    }

    /// A new PIN is typed twice; the two must match before the core sees it.
    private func withRepeat(_ pin: String, _ again: String, _ call: () throws -> String?) -> ShellEffect {
        guard pin == again else {
            feedback = Feedback(text: texts["shell-pin-mismatch"], error: true)
            return .none
        }
        return act(call)
    }

    private func refresh() {
        let current = (try? core.currentLocale())
            ?? CurrentLocaleView(id: "en", direction: .ltr, chain: ["en"], region: nil, reviewNote: nil)
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
            secure: route.sensitive,
            checkingLabel: texts["shell-checking"],
            handoff: handoff.map { action in
                let warning: String
                switch action.kind {
                case "call": warning = texts["shell-handoff-call"]
                case "text": warning = texts["shell-handoff-text"]
                default: warning = texts["shell-handoff-open"]
                }
                return Handoff(warning: warning, continueLabel: texts["shell-handoff-continue"],
                               copyInsteadLabel: texts["shell-handoff-copy"], cancelLabel: texts["shell-cancel"])
            }
        )
        state = UiState(route: route, chrome: chrome, screen: screen(for: route, localeId: current.id))
    }

    private func title(for route: Route) -> String {
        switch route {
        case .languagePicker: return texts["menu-choose-language"]
        case .unlock: return texts["app-name"]
        case .startAgain: return texts["shell-start-again-title"]
        case .home: return texts["app-name"]
        case .settings: return texts["shell-settings"]
        case .checklist: return texts["checklist-title"]
        case .findHelp: return texts["directory-title"]
        case let .check(kind):
            return kind == "job_offer" ? texts["screening-title-job-offer"] : texts["screening-title-my-situation"]
        case let .learn(route):
            return learn.title(route)
        case let .workshop(route): return workshop.title(route)
        case .textScan: return texts["shell-scan-title"]
        }
    }

    private func screen(for route: Route, localeId: String) -> Screen {
        switch route {
        case .languagePicker:
            let languages = ((try? core.locales()) ?? []).map {
                Choice(id: $0.id, label: $0.nativeName, selected: $0.id == localeId,
                       rightToLeft: $0.direction == .rtl, localeId: $0.id)
            }
            return .languagePicker(languages: languages, selectedLabel: texts["shell-selected"])
        case .unlock:
            return .unlock(UnlockState(
                hint: texts["shell-unlock-hint"],
                pinLabel: texts["shell-pin"],
                unlockLabel: texts["shell-unlock"],
                error: unlockError,
                findHelp: Entry(id: "find_help", label: texts["directory-menu"], route: .findHelp)
            ))
        case .startAgain:
            return .startAgain(StartAgainState(
                message: texts["shell-start-again"],
                startAgainLabel: texts["shell-start-again-yes"],
                findHelp: Entry(id: "find_help", label: texts["directory-menu"], route: .findHelp)
            ))
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
            return .settings(settingsState(localeId: localeId))
        case .checklist:
            return .checklist(checklistState())
        case .findHelp:
            return .findHelp(findHelpState())
        case let .check(kind):
            return .check(checkState(kind: kind))
        case let .learn(route):
            return .learn(learn.screen(route))
        case let .workshop(route):
            return .workshop(workshop.screen(route))
        case .textScan:
            return .textScan(textScan.screen())
        }
    }

    private func checkState(kind: String) -> CheckState {
        var error: Feedback?
        var questions: [QuestionView] = []
        do {
            questions = try core.screenQuestions(kind: kind).questions
        } catch let failure {
            error = Feedback(text: texts.error(failure), error: true)
        }
        let countries = (try? core.helpChoices().countries) ?? []
        let labels = [("yes", texts["screening-answer-yes"]), ("no", texts["screening-answer-no"]), ("unsure", texts["screening-answer-unsure"])]
        let country = help.country?.uppercased()
        return CheckState(
            kind: kind,
            privacyNote: texts["shell-check-privacy"],
            questions: questions.map { q in
                CheckQuestion(id: q.id, text: q.text, help: q.help,
                              answers: labels.map { Choice(id: $0.0, label: $0.1, selected: answers[q.id] == $0.0) })
            },
            countryTitle: texts["shell-help-country"],
            countries: countries.map { Choice(id: $0.id, label: $0.label, selected: $0.id.uppercased() == country) },
            selectedLabel: texts["shell-selected"],
            showReport: texts["screening-report-title"],
            report: report.map { r in
                CheckReport(
                    title: texts["screening-report-title"],
                    risk: r.risk,
                    headline: r.headline,
                    notAFinding: texts["screening-not-a-finding"],
                    signals: r.signals.map { CheckSignal(title: $0.title, explanation: $0.explanation, nextStep: $0.nextStep) },
                    findOutTitle: texts["screening-find-out-title"],
                    findOut: r.findOut.map(\.text),
                    helpTitle: texts["screening-help-title"],
                    help: r.help.map { h in
                        ContactAction(kind: h.uri?.hasPrefix("tel:") == true ? "call" : "open", label: h.name,
                                      display: h.contact, uri: h.uri)
                    }
                )
            },
            copyLabel: texts["shell-copy"],
            feedback: error ?? feedback
        )
    }

    private func settingsState(localeId: String) -> SettingsState {
        let language = ((try? core.locales()) ?? []).first { $0.id == localeId }
        let status = try? core.vaultStatus()
        let hasPin = status?.hasPin == true
        let settings = discretion()
        return SettingsState(
            languageTitle: texts["shell-settings-language"],
            currentLanguage: language?.nativeName ?? localeId,
            changeLanguage: Entry(id: "language", label: texts["menu-language"], route: .languagePicker),
            pin: PinSection(
                title: texts["shell-pin"],
                status: hasPin ? texts["shell-pin-on"] : texts["vault-error-no-pin"],
                hasPin: hasPin,
                pinLabel: texts["shell-pin"],
                currentPinLabel: texts["shell-pin-current"],
                newPinLabel: texts["shell-pin-new"],
                repeatPinLabel: texts["shell-pin-repeat"],
                setPin: texts["vault-set-pin"],
                changePin: texts["vault-change-pin"],
                removePin: texts["vault-remove-pin"],
                lockNow: texts["shell-lock-now"],
                duressTitle: texts["vault-set-duress"],
                duressExplain: texts["vault-duress-explain"],
                setDuress: hasPin ? texts["vault-set-duress"] : nil,
                duressNeedsPin: texts["shell-duress-needs-pin"],
                duressStatus: status?.hasDuressPin == true ? texts["vault-duress-set"] : nil
            ),
            privacyTitle: texts["discretion-title"],
            leaveNoTrace: OnOff(label: texts["shell-leave-no-trace"], help: texts["discretion-leave-no-trace-help"],
                                 on: settings?.leaveNoTrace == true),
            notificationsOff: OnOff(label: texts["shell-notifications-off"], help: texts["shell-notifications-off-help"],
                                     on: settings?.notificationsOff == true),
            disguiseTitle: texts["shell-disguise-title"],
            disguiseHint: texts["shell-disguise-hint"],
            disguises: ((try? core.disguises()) ?? []).map { Choice(id: $0.id, label: $0.name, selected: $0.id == settings?.disguise.id) },
            wipeLabel: texts["vault-wipe"],
            wipeConfirm: confirmingWipe
                ? WipeConfirm(question: texts["shell-wipe-question"], yes: texts["shell-wipe-yes"], cancel: texts["shell-cancel"])
                : nil,
            aboutTitle: texts["shell-settings-about"],
            offlineNote: texts["app-offline-note"],
            contentVersion: texts.format("shell-content-version",
                                         [.text(name: "version", value: (try? core.contentVersion()) ?? "")]),
            selectedLabel: texts["shell-selected"],
            feedback: feedback
        )
    }

    private func checklistState() -> ChecklistState {
        var error: Feedback?
        var view: ChecklistView?
        do {
            view = try core.checklist()
        } catch let failure {
            error = Feedback(text: texts.error(failure), error: true)
        }
        return ChecklistState(
            stages: (view?.stages ?? []).map { stage in
                ChecklistStage(id: stage.id, title: stage.title, items: stage.items.map {
                    ChecklistItem(id: $0.id, title: $0.title, done: $0.done, custom: $0.custom, note: $0.note)
                })
            },
            doneLabel: texts["checklist-done"],
            notDoneLabel: texts["checklist-not-done"],
            addLabel: texts["checklist-menu-add"],
            addHint: texts["shell-checklist-add-hint"],
            noteLabel: texts["shell-note"],
            noteHint: texts["shell-note-hint"],
            saveLabel: texts["shell-save"],
            removeLabel: texts["shell-remove"],
            damaged: (view?.damaged ?? 0) > 0 ? texts["shell-checklist-damaged"] : nil,
            feedback: error ?? feedback
        )
    }

    private func findHelpState() -> FindHelpState {
        var error: Feedback?
        var choices: HelpChoicesView?
        var answer: HelpView?
        do {
            choices = try core.helpChoices()
            answer = try core.findHelp(query: helpQuery())
        } catch let failure {
            error = Feedback(text: texts.error(failure), error: true)
        }
        let country = help.country?.uppercased()
        return FindHelpState(
            countryTitle: texts["shell-help-country"],
            countries: (choices?.countries ?? []).map { Choice(id: $0.id, label: $0.label, selected: $0.id.uppercased() == country) },
            dangerQuestion: texts["directory-ask-danger"],
            danger: OnOff(label: texts["shell-help-danger-now"], help: help.dangerNow ? texts["directory-danger-note"] : nil,
                           on: help.dangerNow),
            needsTitle: texts["directory-filter-need"],
            needs: (choices?.kinds ?? []).map { Choice(id: $0.id, label: $0.label, selected: help.needs.contains($0.id)) },
            filters: HelpFilter.allCases.map {
                Choice(id: $0.rawValue, label: texts[$0.labelMessage], selected: help.filters.contains($0.rawValue))
            },
            fromTitle: texts["directory-ask-from"],
            fromCountries: (choices?.countries ?? []).map { Choice(id: $0.id, label: $0.label, selected: $0.id == answer?.from) },
            notesTitle: texts["directory-notes-heading"],
            notes: (answer?.notes ?? []).map(\.text) + (answer?.emergency ?? []).compactMap { $0.warning.map(warning) },
            emergencyTitle: texts["directory-emergency-heading"],
            emergency: (answer?.emergency ?? []).map {
                ContactAction(kind: "call", label: "\(texts["directory-call"]): \($0.label)", display: $0.number, uri: $0.uri)
            },
            emergencyChecked: (answer?.emergency ?? []).map { e in
                [
                    texts.format("directory-last-verified", [.text(name: "date", value: e.lastVerified)]),
                    e.outOfDate ? texts["directory-out-of-date"] : nil,
                    e.status == "verified" ? nil : texts["directory-status-unconfirmed"],
                ].compactMap { $0 }.joined(separator: " ")
            },
            servicesTitle: texts["directory-services-heading"],
            services: (answer?.services ?? []).map(helpService),
            noServices: answer.map {
                $0.country != nil && $0.services.isEmpty && $0.notConfirmed.isEmpty && $0.otherServices.isEmpty
            } == true ? texts["directory-no-services"] : nil,
            notConfirmedTitle: texts["directory-not-confirmed-heading"],
            notConfirmed: (answer?.notConfirmed ?? []).map(helpService),
            otherTitle: texts["directory-other-heading"],
            otherServices: (answer?.otherServices ?? []).map(helpService),
            fromHomeTitle: answer?.fromTitle,
            fromHome: (answer?.fromHome ?? []).map(helpService),
            fromHomeNone: (answer?.fromTitle != nil && (answer?.fromHome ?? []).isEmpty)
                ? texts.format("directory-from-none", [.text(name: "country", value: answer?.fromName ?? "")]) : nil,
            fallbacksTitle: texts["directory-fallbacks-heading"],
            fallbacks: (answer?.fallbacks ?? []).map(helpService),
            selectedLabel: texts["shell-selected"],
            copyLabel: texts["shell-copy"],
            feedback: error ?? feedback
        )
    }

    private func warning(_ text: String) -> String {
        texts.format("directory-warning", [.text(name: "text", value: text)])
    }

    private func helpService(_ s: ServiceView) -> HelpService {
        func answer(_ value: String) -> String {
            texts["directory-answer-" + value.replacingOccurrences(of: "_", with: "-")]
        }
        return HelpService(
            id: s.id,
            name: s.name,
            description: s.description,
            hours: s.hours,
            warning: s.warning.map(warning),
            lastVerified: texts.format("directory-last-verified", [.text(name: "date", value: s.lastVerified)]),
            outOfDate: s.outOfDate ? texts["directory-out-of-date"] : nil,
            source: "\(s.confidenceText): \(s.source)",
            statusWarning: s.status == "verified" ? nil : texts["directory-status-unconfirmed"],
            police: texts.format("directory-safety-police", [.text(name: "answer", value: answer(s.safety.reportsToPolice))]),
            immigration: texts.format("directory-safety-immigration",
                                      [.text(name: "answer", value: answer(s.safety.reportsToImmigration))]),
            reportsWarning: s.safety.reportsToPolice == "yes" || s.safety.reportsToImmigration == "yes",
            why: s.why.isEmpty ? nil
                : texts.format("directory-matched", [.text(name: "reasons", value: s.why.joined(separator: ", "))]),
            actions: s.channels.map { c in
                let kind = c.kind == "phone" ? "call" : (c.kind == "sms" ? "text" : "open")
                let verb = kind == "call" ? texts["directory-call"] : (kind == "text" ? texts["directory-text"] : texts["directory-open"])
                return ContactAction(kind: kind, label: "\(verb): \(texts["directory-channel-" + c.kind])", display: c.display, uri: c.uri)
            }
        )
    }

    private static let emptyChrome = Chrome(
        localeId: "en", rightToLeft: false, reviewNote: nil, title: "", backLabel: nil,
        quickExitLabel: "", quickExitDescription: "", readAloudLabel: "", stopReadingLabel: "", secure: true,
        checkingLabel: ""
    )
}
