import XCTest
import Waymark
@testable import WaymarkApp

/// The runner and the rendering mapping on a simulator (the same rules are tested on the
/// JVM in android/shell-logic): each effect reaches the platform, quick exit comes first,
/// and a screen's parts map to what ScreenView draws. Flows are tested in Rust.
@MainActor
final class AppRunnerTests: XCTestCase {
    private final class FakePlatform: Platform {
        var calls: [String] = []
        func dial(_ number: String) { calls.append("dial \(number)") }
        func sendText(_ number: String) { calls.append("text \(number)") }
        func openLink(_ url: String) { calls.append("open \(url)") }
        func copy(_ text: String) { calls.append("copy \(text)") }
        func clearClipboard() { calls.append("clear clipboard") }
        func speak(_ text: String, locale: String) { calls.append("speak \(locale)") }
        func stopSpeaking() { calls.append("stop speaking") }
        func share(fileName: String, mimeType: String, data: Data) { calls.append("share \(fileName) \(data.count)") }
        func setSecure(_ on: Bool) { calls.append("secure \(on)") }
        func setDisguise(_ icon: String) { calls.append("disguise \(icon)") }
        func quickExit() { calls.append("quick exit") }
        func close() { calls.append("close") }
        func chooseContentPack() { calls.append("choose content pack") }
    }

    private final class Host: ShellHost, @unchecked Sendable {
        var savedLanguage: String?
    }

    /// Answers every event with the same screen and the next scripted effects.
    private final class Scripted: AppProtocol, @unchecked Sendable {
        var effects: [[Effect]]
        init(_ effects: [[Effect]]) { self.effects = effects }
        func handle(event: Event) throws -> Update {
            Update(screen: AppRunnerTests.screen(), effects: effects.isEmpty ? [] : effects.removeFirst())
        }
    }

    nonisolated static func screen(_ id: ScreenId = .home) -> Screen {
        Screen(id: id, title: "Waymark", blocks: [], actions: [], input: nil, back: nil, quickExit: "Quick exit",
               readAloud: "Read aloud", secure: true, notice: nil, locale: "en", direction: .ltr, reviewNote: nil)
    }

    private func core() throws -> Waymark {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        return try Waymark(
            config: WaymarkConfig(preferredLocales: ["en"], dataDir: dir.path, contentDir: nil, developerMode: false),
            keyStore: KeychainKeyStore()
        )
    }

    private func settle(_ runner: AppRunner) async {
        for _ in 0..<500 where runner.busy || runner.shown == nil {
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
    }

    func testEachEffectReachesThePlatform() async throws {
        let core = try core()
        let app = Scripted([[], [.dial(number: "+254 999")], [.sendText(number: "1195")], [.openLink(url: "https://example.org")],
                            [.speak(text: "Find help", locale: "sw")], [.share(fileName: "w.csv", mimeType: "text/csv", data: Data([1, 2]))],
                            [.setSecure(on: false), .setDisguise(id: "calculator")], [.close]])
        let platform = FakePlatform()
        let runner = AppRunner { Session(app: app, core: core, host: Host()) }
        runner.platform = platform
        await settle(runner)
        for _ in 0..<7 {
            runner.send(.choose(action: "next"))
            await settle(runner)
        }
        XCTAssertEqual(platform.calls, ["dial +254 999", "text 1195", "open https://example.org", "speak sw",
                                        "share w.csv 2", "secure false", "disguise calculator", "close"])
    }

    func testQuickExitHidesTheAppFirstAndEmptiesTheClipboard() async throws {
        let core = try core()
        let app = Scripted([[], [.copy(text: "999")], [.quickExit]])
        let platform = FakePlatform()
        let runner = AppRunner { Session(app: app, core: core, host: Host()) }
        runner.platform = platform
        await settle(runner)
        runner.send(.choose(action: "copy"))
        await settle(runner)
        runner.send(.quickExit)
        XCTAssertEqual(platform.calls, ["copy 999", "clear clipboard", "stop speaking", "quick exit"])
        await settle(runner)
        // The core's own QuickExit effect is not performed a second time.
        XCTAssertEqual(platform.calls.filter { $0 == "quick exit" }.count, 1)
    }

    func testTheLanguageIsKeptOnlyWhenTheCoreSays() async throws {
        let core = try core()
        let host = Host()
        let app = Scripted([[], [.rememberLanguage(id: "sw")], [.rememberLanguage(id: "")]])
        let runner = AppRunner { Session(app: app, core: core, host: host) }
        await settle(runner)
        runner.send(.choose(action: "next"))
        await settle(runner)
        XCTAssertEqual(host.savedLanguage, "sw")
        runner.send(.choose(action: "next"))
        await settle(runner)
        XCTAssertNil(host.savedLanguage)
    }

    func testAFirstRunStartsOnTheLanguageListWhichIsNotSecure() async throws {
        let core = try core()
        let platform = FakePlatform()
        let runner = AppRunner { try Session.open(core: core, host: Host()) }
        runner.platform = platform
        await settle(runner)
        XCTAssertEqual(runner.shown?.screen.id, .language)
        XCTAssertNil(runner.shown?.screen.back)
        XCTAssertEqual(platform.calls, ["secure false"])
        XCTAssertEqual(runner.shown?.words.checking, "Checking…")
    }

    func testAScreensPartsMapToWhatTheViewDraws() {
        XCTAssertEqual(Block.fact(label: "People", value: "12").line, Line(look: .fact, text: "12", label: "People"))
        XCTAssertEqual(Block.progress(done: 3, total: 10, label: "3 of 10").line.progress ?? 0, 0.3, accuracy: 0.0001)
        XCTAssertNil(Block.progress(done: 0, total: 0, label: "none").line.progress)
        XCTAssertEqual(Block.warning(text: "Call now.").line.look, .warning)
        let choice = Action(id: "locale.fr", label: "Français", detail: nil, style: .choice(selected: true))
        XCTAssertEqual(choice.control, .radio)
        XCTAssertEqual(choice.checked, true)
        XCTAssertEqual(Action(id: "wipe", label: "Delete", detail: nil, style: .danger).control, .danger)
        XCTAssertEqual(Input(kind: .pin, label: "PIN", hint: nil, value: "", submit: "Unlock").field,
                       Field(hidden: true, digits: true, multiLine: false))
        XCTAssertEqual(Input(kind: .longText, label: "Advert", hint: nil, value: "", submit: "Check").field,
                       Field(hidden: false, digits: false, multiLine: true))
        var screen = AppRunnerTests.screen()
        screen.notice = Notice(text: "Saved.", error: false)
        screen.actions = [choice]
        XCTAssertEqual(screen.shownText, ["Waymark", "Quick exit", "Saved.", "Français", "Read aloud"])
    }

    func testARefusedAnswerStaysInItsFieldButARefusedPinDoesNot() {
        var note = AppRunnerTests.screen(.checklistAdd)
        note.input = Input(kind: .text, label: "Item", hint: nil, value: "", submit: "Add")
        var refused = note
        refused.notice = Notice(text: "Too long.", error: true)
        XCTAssertFalse(restartsField(before: note, after: refused, event: .submit(text: "x")))
        XCTAssertTrue(restartsField(before: note, after: note, event: .submit(text: "x")))
        XCTAssertFalse(restartsField(before: note, after: note, event: .readAloud))
        var pin = AppRunnerTests.screen(.unlock)
        pin.input = Input(kind: .pin, label: "PIN", hint: nil, value: "", submit: "Unlock")
        var wrong = pin
        wrong.notice = Notice(text: "Wrong PIN.", error: true)
        XCTAssertTrue(restartsField(before: pin, after: wrong, event: .submit(text: "0000")))
    }
}
