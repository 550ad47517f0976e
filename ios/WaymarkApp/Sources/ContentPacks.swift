import Foundation
import SwiftUI
import UniformTypeIdentifiers
import Waymark

// Opening a signed content pack (`.wmpack`): from the Files app or AirDrop ("Open in
// Waymark", the document type in project.yml) or from the file picker (`fileImporter`).
// The core verifies and installs it; this reads at most `maxBytes` and shows the outcome.
// The iOS mirror of android/shell-logic ContentPacks.kt (tested there on the JVM).
// (Picking a pack from inside the app needs a core effect that asks for a file; none yet.)
// An installed pack is used from the next start.

extension UTType {
    /// Declared in project.yml (UTExportedTypeDeclarations).
    static let waymarkPack = UTType(exportedAs: "org.waymark.pack", conformingTo: .data)
}

struct ContentPackImport {
    let core: WaymarkProtocol

    /// The core refuses larger packs; reading stops one byte past this.
    static let maxBytes = 8 * 1024 * 1024

    enum Outcome: Equatable {
        case installed(ContentPackView, message: String)
        case refused(message: String)

        var message: String {
            switch self {
            case let .installed(_, message), let .refused(message): return message
            }
        }
    }

    static func looksLikePack(_ url: URL) -> Bool {
        url.pathExtension.lowercased() == "wmpack"
    }

    /// A picked file's bytes, up to one byte past the limit (the core refuses larger
    /// packs and says so); nil when it cannot be read.
    static func read(_ url: URL) -> Data? {
        let scoped = url.startAccessingSecurityScopedResource()
        defer { if scoped { url.stopAccessingSecurityScopedResource() } }
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        return try? handle.read(upToCount: maxBytes + 1)
    }

    /// Reads a picked or shared file and installs it; nothing changes on any refusal.
    func open(_ url: URL) -> Outcome {
        // Files from the picker or another app are security-scoped.
        let scoped = url.startAccessingSecurityScopedResource()
        defer { if scoped { url.stopAccessingSecurityScopedResource() } }
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            return .refused(message: core.localized("error-pack-file"))
        }
        defer { try? handle.close() }
        let bytes = (try? handle.read(upToCount: ContentPackImport.maxBytes + 1)) ?? Data()
        if bytes.count > ContentPackImport.maxBytes {
            return .refused(message: core.localized("error-pack-too-large"))
        }
        return install(bytes)
    }

    func install(_ bytes: Data) -> Outcome {
        do {
            let pack = try core.installContentPack(bytes: bytes)
            let message = core.localized("pack-installed", [
                .text(name: "id", value: pack.id),
                .text(name: "kind", value: pack.kind),
                .number(name: "version", value: Double(pack.version)),
                .number(name: "files", value: Double(pack.files)),
            ])
            return .installed(pack, message: message)
        } catch {
            return .refused(message: (error as? WaymarkError)?.localizedMessage ?? core.localized("error-storage"))
        }
    }
}

extension ContentPackImport {
    /// Removes an installed pack (its files return to the built-in content from the next start).
    func remove(_ id: String) -> String {
        do {
            try core.removeContentPack(id: id)
            return core.localized("pack-removed", [.text(name: "id", value: id)])
        } catch {
            return (error as? WaymarkError)?.localizedMessage ?? core.localized("error-storage")
        }
    }
}

/// Attaches pack opening to the app's window: documents opened in Waymark (Files, AirDrop).
struct ContentPackOpening: ViewModifier {
    let core: WaymarkProtocol?
    @State private var outcome: ContentPackImport.Outcome?

    func body(content: Content) -> some View {
        content
            .onOpenURL { url in
                guard let core, ContentPackImport.looksLikePack(url) else { return }
                outcome = ContentPackImport(core: core).open(url)
            }
            .alert(
                outcome?.message ?? "",
                isPresented: Binding(get: { outcome != nil }, set: { if !$0 { outcome = nil } })
            ) {
                Button(core?.localized("pack-ok") ?? "OK", role: .cancel) { outcome = nil }
            }
    }
}

extension View {
    func contentPackOpening(core: WaymarkProtocol?) -> some View {
        modifier(ContentPackOpening(core: core))
    }
}
