import Foundation
import Waymark

// How ScreenView draws a core `Screen` (the same mapping as android/shell-logic's
// Rendering.kt, tested there on the JVM): each block a `Line`, each action a `Control`, the
// input a `Field`.

enum Look: Equatable {
    case heading, text, note, warning, fact, progress
}

struct Line: Equatable {
    var look: Look
    var text: String
    /// A fact's label ("People"), shown before its value.
    var label: String?
    /// How far along (0...1), for a progress bar.
    var progress: Double?
}

extension Block {
    var line: Line {
        switch self {
        case let .heading(text): return Line(look: .heading, text: text)
        case let .text(text): return Line(look: .text, text: text)
        case let .note(text): return Line(look: .note, text: text)
        case let .warning(text): return Line(look: .warning, text: text)
        case let .fact(label, value): return Line(look: .fact, text: value, label: label)
        case let .progress(done, total, label):
            return Line(look: .progress, text: label, progress: total > 0 ? Double(done) / Double(total) : nil)
        }
    }
}

enum Control: Equatable {
    case row, radio, toggle, primary, danger
}

extension Action {
    var control: Control {
        switch style {
        case .go: return .row
        case .choice: return .radio
        case .toggle: return .toggle
        case .primary: return .primary
        case .danger: return .danger
        }
    }

    /// Whether a choice is selected or a switch is on; nil for rows and buttons.
    var checked: Bool? {
        switch style {
        case let .choice(selected): return selected
        case let .toggle(on): return on
        default: return nil
        }
    }
}

struct Field: Equatable {
    /// Dots instead of what is typed (a PIN).
    var hidden: Bool
    /// The number pad.
    var digits: Bool
    var multiLine: Bool
}

extension Input {
    var field: Field {
        switch kind {
        case .pin: return Field(hidden: true, digits: true, multiLine: false)
        case .number: return Field(hidden: false, digits: true, multiLine: false)
        case .longText: return Field(hidden: false, digits: false, multiLine: true)
        case .text: return Field(hidden: false, digits: false, multiLine: false)
        }
    }
}

extension Screen {
    /// The one screen drawn its own way: the workshop's present view, shown to a group in large text.
    var presenting: Bool { id == .workshopPresent }

    /// Every text the view shows, in reading order (the top bar first).
    var shownText: [String] {
        var out = [title]
        if let back { out.append(back) }
        out.append(quickExit)
        if let reviewNote { out.append(reviewNote) }
        if let notice { out.append(notice.text) }
        for line in blocks.map(\.line) {
            if let label = line.label { out.append(label) }
            out.append(line.text)
        }
        if let input {
            out.append(input.label)
            if let hint = input.hint { out.append(hint) }
            out.append(input.submit)
        }
        for action in actions {
            out.append(action.label)
            if let detail = action.detail { out.append(detail) }
        }
        out.append(readAloud)
        return out
    }
}
