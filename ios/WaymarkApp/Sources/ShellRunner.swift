import Foundation
import Waymark

/// The iOS mirror of android/shell-logic's ShellRunner (tested there on the JVM with a fake
/// clock and executor). Every core call (the Argon2id unlock, PIN changes, the emergency
/// PIN's shred, wipe) runs on one serial queue, never the main thread; meanwhile the last
/// state is shown `busy` ("Checking…") and input is ignored.
///
/// - An unlock takes at least `unlockSeconds`, whatever the PIN was (real, emergency or
///   wrong), so the emergency PIN's shred does not show in how long it takes.
/// - Quick exit is performed first, on the main thread; the core forgets afterwards
///   (queued behind any running call), so nothing can delay or stop it.
/// - A copied number is cleared from the pasteboard after `clipboardSeconds` and on quick exit.
@MainActor
final class ShellRunner: ObservableObject {
    @Published private(set) var state: UiState?
    @Published private(set) var startError: String?
    /// Carries out the effects on the main thread (`AppState.handle`).
    var perform: (ShellEffect) -> Void = { _ in }

    static let unlockSeconds = 2.0
    static let clipboardSeconds = 60.0

    /// The shell, touched only on `queue`.
    private final class Box: @unchecked Sendable {
        var shell: ShellModel?
    }

    private let queue = DispatchQueue(label: "org.waymark.core")
    private let box = Box()
    private var running = 0
    private var copies = 0
    /// The copy on the pasteboard that is Waymark's, 0 when there is none.
    private var onClipboard = 0

    init(create: @escaping @Sendable () throws -> ShellModel) {
        running += 1
        let box = self.box
        queue.async {
            var state: UiState?
            var failure: String?
            do {
                let shell = try create()
                box.shell = shell
                state = shell.state
            } catch {
                failure = Texts.startFailure(error)
            }
            let result = state
            let message = failure
            Task { @MainActor in
                if let message { self.startError = message }
                self.finished(result, .none)
            }
        }
    }

    var busy: Bool { running > 0 }

    /// What the person did, or what the app saw happen.
    func send(_ event: ShellEvent) {
        switch event {
        case .quickExit:
            clearClipboard()
            perform(.exit)
            enqueue(event, showBusy: false)
        case .backgrounded, .resumed:
            // Leaving and coming back are never dropped, even in the middle of a call.
            enqueue(event, showBusy: false)
        default:
            if running == 0 { enqueue(event, showBusy: true) }
        }
    }

    private func enqueue(_ event: ShellEvent, showBusy: Bool) {
        running += 1
        if showBusy, var last = state {
            last.busy = true
            state = last
        }
        let box = self.box
        var isUnlock = false
        if case .unlock = event { isUnlock = true }
        var isQuickExit = false
        if case .quickExit = event { isQuickExit = true }
        let unlockFloor = isUnlock
        let exitDone = isQuickExit
        queue.async {
            var effect = ShellEffect.none
            var state: UiState?
            if let shell = box.shell {
                let started = Date()
                effect = shell.send(event)
                state = shell.state
                if unlockFloor {
                    let left = ShellRunner.unlockSeconds - Date().timeIntervalSince(started)
                    if left > 0 { Thread.sleep(forTimeInterval: left) }
                }
            }
            let result = state
            // The exit was performed before the core was asked to forget.
            let after = exitDone ? ShellEffect.none : effect
            Task { @MainActor in self.finished(result, after) }
        }
    }

    private func finished(_ newState: UiState?, _ effect: ShellEffect) {
        running -= 1
        if var next = newState ?? state {
            next.busy = running > 0
            state = next
        }
        switch effect {
        case .none:
            break
        case .copyText:
            perform(effect)
            copies += 1
            let copy = copies
            onClipboard = copy
            DispatchQueue.main.asyncAfter(deadline: .now() + ShellRunner.clipboardSeconds) {
                Task { @MainActor in
                    if self.onClipboard == copy { self.clearClipboard() }
                }
            }
        default:
            perform(effect)
        }
    }

    private func clearClipboard() {
        guard onClipboard != 0 else { return }
        onClipboard = 0
        perform(.clearClipboard)
    }
}

extension Texts {
    /// Why the core could not start, before any language is known (English, from the core).
    static func startFailure(_ error: Error) -> String {
        (error as? WaymarkError)?.localizedMessage ?? "Waymark could not start."
    }
}
