import Foundation
import SwiftUI
import UniformTypeIdentifiers
import Waymark

// Opening a signed content pack (`.wmpack`): from the Files app or AirDrop ("Open in
// Waymark", the document type in project.yml, `onOpenURL`) or from the file picker the
// settings ask for (`fileImporter`, WaymarkApp.swift). Only the file is read here, at most
// `maxBytes`; the app core verifies, installs and says the outcome on the screen shown
// (`Event.packOpened`, `Event.fileChosen`). The iOS mirror of android/shell-logic
// ContentPacks.kt (tested there on the JVM). An installed pack is used from the next start.

extension UTType {
    /// Declared in project.yml (UTExportedTypeDeclarations).
    static let waymarkPack = UTType(exportedAs: "org.waymark.pack", conformingTo: .data)
}

enum ContentPackImport {
    /// The core refuses larger packs; reading stops one byte past this.
    static let maxBytes = 8 * 1024 * 1024

    static func looksLikePack(_ url: URL) -> Bool {
        url.pathExtension.lowercased() == "wmpack"
    }

    /// A picked or opened file's bytes, up to one byte past the limit (the core refuses
    /// larger packs and says so); nil when it cannot be read.
    static func read(_ url: URL) -> Data? {
        // Files from the picker or another app are security-scoped.
        let scoped = url.startAccessingSecurityScopedResource()
        defer { if scoped { url.stopAccessingSecurityScopedResource() } }
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        return try? handle.read(upToCount: maxBytes + 1)
    }
}

/// Attaches pack opening to the app's window: documents opened in Waymark (Files, AirDrop)
/// go to the app core, which shows the outcome on whatever screen is shown.
struct ContentPackOpening: ViewModifier {
    let runner: AppRunner

    func body(content: Content) -> some View {
        content
            .onOpenURL { url in
                guard ContentPackImport.looksLikePack(url) else { return }
                // Unreadable: an empty file, which the core refuses as not a pack (and says so).
                runner.send(.packOpened(data: ContentPackImport.read(url) ?? Data()))
            }
    }
}

extension View {
    func contentPackOpening(runner: AppRunner) -> some View {
        modifier(ContentPackOpening(runner: runner))
    }
}
