// swift-tools-version:5.9
// The Waymark core for iOS, as a Swift package:
//   Sources/Waymark/Waymark.swift   the generated UniFFI bindings (module `Waymark`)
//   WaymarkFFI.xcframework          libwaymark.a for devices and simulators + the C module `WaymarkFFI`
// Both are produced by `bindings/build-ios` (macOS + Xcode) and are not committed.
import PackageDescription

let package = Package(
    name: "Waymark",
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "Waymark", targets: ["Waymark"]),
    ],
    targets: [
        .binaryTarget(name: "WaymarkFFI", path: "WaymarkFFI.xcframework"),
        .target(
            name: "Waymark",
            dependencies: ["WaymarkFFI"],
            path: "Sources/Waymark",
            exclude: ["README.md"]
        ),
    ]
)
