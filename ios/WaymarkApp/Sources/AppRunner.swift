import Foundation
import Waymark

/// What only the phone can do for the app core: its `Effect`s, performed by `AppRunner` on
/// the main thread (`AppState` in WaymarkApp.swift; a recording fake in the tests).
@MainActor
protocol Platform: AnyObject {
    func dial(_ number: String)
    func sendText(_ number: String)
    func openLink(_ url: String)
    /// Local to this phone; `AppRunner` clears it after `clipboardSeconds`.
    func copy(_ text: String)
    func clearClipboard()
    func speak(_ text: String, locale: String)
    func stopSpeaking()
    func share(fileName: String, mimeType: String, data: Data)
    /// The privacy cover while the screen is recorded, and in the app switcher.
    func setSecure(_ on: Bool)
    func setDisguise(_ icon: String)
    func quickExit()
    func close()
    /// The system's file picker for a content pack; the bytes go back as `.fileChosen`.
    func chooseContentPack()
}

/// The chosen language, kept outside the vault so the PIN screen already speaks it.
protocol ShellHost: AnyObject {
    var savedLanguage: String? { get set }
}

/// What the view draws: the core's screen, and whether a core call is running.
struct Shown: Equatable {
    var screen: Screen
    var words: Words
    var busy = false
    /// Changes when the field must start again from the screen's value (`restartsField`).
    var field = 0
}

/// The few words a view needs beside a `Screen`, from the core's messages.
struct Words: Equatable {
    var checking: String
    var stopReading: String
}

extension WaymarkProtocol {
    /// A message in the current language; its id if missing (`waymark content check` prevents that).
    func localized(_ id: String, _ args: [MessageArg] = []) -> String {
        (try? message(id: id, args: args).text) ?? id
    }
}

/// The app core with what the shell reads beside it. Used on the runner's queue only.
final class Session: @unchecked Sendable {
    let app: AppProtocol
    private let core: WaymarkProtocol
    private let host: ShellHost

    init(app: AppProtocol, core: WaymarkProtocol, host: ShellHost) {
        self.app = app
        self.core = core
        self.host = host
    }

    /// The core in the language chosen last time; on a first run, the language list first.
    static func open(core: Waymark, host: ShellHost) throws -> Session {
        let saved = host.savedLanguage.flatMap { id in
            ((try? core.locales()) ?? []).contains { $0.id == id } ? id : nil
        }
        if let saved { _ = try? core.setLocales(tags: [saved]) }
        let app = try App(waymark: core, askLanguage: saved == nil)
        return Session(app: app, core: core, host: host)
    }

    func handle(_ event: Event) throws -> Update {
        let update = try app.handle(event: event)
        for case let .rememberLanguage(id) in update.effects {
            // An empty id: nothing to keep (everything was deleted).
            host.savedLanguage = id.isEmpty ? nil : id
        }
        return update
    }

    var words: Words {
        Words(checking: core.localized("shell-checking"), stopReading: core.localized("shell-stop-reading"))
    }
}

/// Whether the field starts again: on another screen or field, after an accepted answer,
/// and always after a PIN. A refused answer stays (the core keeps the page and says why).
func restartsField(before: Screen?, after: Screen, event: Event?) -> Bool {
    guard let before, before.id == after.id, before.title == after.title, before.input == after.input else {
        return true
    }
    guard case .submit = event else { return false }
    return after.notice?.error != true || before.input?.kind == .pin
}

/// Runs the app core off the main thread and performs its effects through the `Platform`
/// (the same rules as android/shell-logic's AppRunner.kt, tested there on the JVM).
/// Every core call runs on one serial queue; meanwhile the last screen is `busy` and input
/// is ignored.
///
/// - An answer on the PIN screen takes at least `unlockSeconds`, whatever the PIN was, so
///   the emergency PIN's shred does not show in how long it takes.
/// - Quick exit is performed first, on the main thread; the core forgets afterwards.
/// - A copied number is cleared after `clipboardSeconds` and on quick exit.
@MainActor
final class AppRunner: ObservableObject {
    @Published private(set) var shown: Shown?
    @Published private(set) var startError: String?
    weak var platform: Platform?

    static let unlockSeconds = 2.0
    static let clipboardSeconds = 60.0

    /// The session, touched only on `queue`.
    private final class Box: @unchecked Sendable {
        var session: Session?
    }

    private struct Outcome: @unchecked Sendable {
        let update: Update
        let words: Words
        let event: Event
        var exits = 0
    }

    private let queue: DispatchQueue
    private let box = Box()
    private var running = 0
    private var copies = 0
    /// The copy on the pasteboard that is Waymark's, 0 when there is none.
    private var onClipboard = 0
    /// Quick exits performed so far: an answer to an event sent before the last one is not acted on.
    private var exits = 0

    init(queue: DispatchQueue = DispatchQueue(label: "org.waymark.core"), create: @escaping @Sendable () throws -> Session) {
        self.queue = queue
        running += 1
        let box = self.box
        queue.async {
            var outcome: Outcome?
            var failure: String?
            do {
                let session = try create()
                box.session = session
                let update = try session.handle(.start)
                outcome = Outcome(update: update, words: session.words, event: .start)
            } catch {
                // Before any language is known: the core's English message.
                failure = (error as? WaymarkError)?.localizedMessage ?? "Waymark could not start."
            }
            let result = outcome
            let message = failure
            Task { @MainActor in
                if let message { self.startError = message }
                self.finished(result)
            }
        }
    }

    var busy: Bool { running > 0 }

    /// What the person did, or what the app saw happen.
    func send(_ event: Event) {
        switch event {
        case .quickExit:
            exit()
            enqueue(event, showBusy: false)
        case .lock, .refresh, .packOpened:
            // Leaving and coming back are never dropped, even in the middle of a call; nor a
            // pack opened from another app (it may arrive while the core is still starting).
            enqueue(event, showBusy: false)
        default:
            if running == 0 { enqueue(event, showBusy: true) }
        }
    }

    private func enqueue(_ event: Event, showBusy: Bool) {
        running += 1
        if showBusy, var last = shown {
            last.busy = true
            shown = last
        }
        var hideTime = false
        if case .submit = event, shown?.screen.id == .unlock { hideTime = true }
        let floor = hideTime
        let sentAfter = exits
        let box = self.box
        queue.async {
            var outcome: Outcome?
            if let session = box.session {
                let started = Date()
                // The core turns every failure into a notice; anything else keeps the last screen.
                if let update = try? session.handle(event) {
                    outcome = Outcome(update: update, words: session.words, event: event, exits: sentAfter)
                }
                if floor {
                    let left = AppRunner.unlockSeconds - Date().timeIntervalSince(started)
                    if left > 0 { Thread.sleep(forTimeInterval: left) }
                }
            }
            let result = outcome
            Task { @MainActor in self.finished(result) }
        }
    }

    private func finished(_ outcome: Outcome?) {
        running -= 1
        let before = shown
        if let outcome {
            let screen = outcome.update.screen
            let restart = restartsField(before: before?.screen, after: screen, event: outcome.event)
            shown = Shown(screen: screen, words: outcome.words, field: (before?.field ?? 0) + (restart ? 1 : 0))
            // Reading aloud stops when the screen changes.
            if let before, before.screen.id != screen.id || before.screen.title != screen.title {
                platform?.stopSpeaking()
            }
        }
        if var next = shown {
            next.busy = running > 0
            shown = next
        }
        guard let outcome else { return }
        // The exit was performed before the core was asked to forget, and a call sent before
        // it (a read aloud, a dial) must not act after it: only the secure flag follows the
        // core from then on.
        var exited = outcome.exits != exits
        if case .quickExit = outcome.event { exited = true }
        for effect in outcome.update.effects {
            if exited {
                guard case .setSecure = effect else { continue }
            }
            perform(effect)
        }
    }

    private func perform(_ effect: Effect) {
        guard let platform else { return }
        switch effect {
        case let .dial(number): platform.dial(number)
        case let .sendText(number): platform.sendText(number)
        case let .openLink(url): platform.openLink(url)
        case let .copy(text):
            platform.copy(text)
            copies += 1
            let copy = copies
            onClipboard = copy
            DispatchQueue.main.asyncAfter(deadline: .now() + AppRunner.clipboardSeconds) {
                Task { @MainActor in
                    if self.onClipboard == copy { self.clearClipboard() }
                }
            }
        case let .speak(text, locale): platform.speak(text, locale: locale)
        case let .share(fileName, mimeType, data): platform.share(fileName: fileName, mimeType: mimeType, data: data)
        case let .setSecure(on): platform.setSecure(on)
        case let .setDisguise(icon): platform.setDisguise(icon)
        case .rememberLanguage: break // written by the session on the queue
        case .quickExit: exit()
        case .close: platform.close()
        case .chooseContentPack: platform.chooseContentPack()
        }
    }

    private func exit() {
        exits += 1
        clearClipboard()
        platform?.stopSpeaking()
        platform?.quickExit()
    }

    private func clearClipboard() {
        guard onClipboard != 0 else { return }
        onClipboard = 0
        platform?.clearClipboard()
    }
}

extension WaymarkError {
    /// The localized message the core wrote for this error (never user data).
    var localizedMessage: String {
        switch self {
        case let .InvalidInput(message), let .NotFound(message), let .Content(message),
             let .Integrity(message), let .Locked(message), let .WrongPin(message),
             let .Storage(message), let .KeyStore(message):
            return message
        }
    }
}
