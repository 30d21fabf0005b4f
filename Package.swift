// swift-tools-version:6.0
// plural-sidecar: Foundation, Dispatch and Glibc only (no package dependencies, by the product owner's choice).
import PackageDescription

let package = Package(
    name: "plural-sidecar",
    products: [
        .executable(name: "plural-sidecar", targets: ["plural-sidecar"]),
    ],
    targets: [
        // JSON values that keep numbers exactly as written, a strict parser, a writer, logging, locks.
        .target(name: "Support"),
        // JSON-RPC 2.0: messages, framing, dispatch. Knows nothing of payments.
        .target(name: "JSONRPC", dependencies: ["Support"]),
        // The system libcurl (already what FoundationNetworking loads): the transport drives it directly. Its
        // headers at build time (libcurl4-openssl-dev); the library itself is loaded with dlopen once the
        // termination signals are blocked (Sources/CCurl/curl_library.c says why).
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl")]),
        // The Plural gateway layer: config, transport, token cache, v3 and legacy APIs, signatures.
        .target(name: "Plural", dependencies: ["CCurl", "Support"]),
        // A stateful fake of the Plural gateway, in-process or over loopback HTTP.
        .target(name: "PluralSimulator", dependencies: ["Plural", "Support"]),
        // The method table and the stdio / Unix-socket servers.
        .target(name: "Sidecar", dependencies: ["JSONRPC", "Plural", "PluralSimulator", "Support"]),
        // Blocks the termination signals in a constructor, before main (the orderly way out from the start).
        .target(name: "CEarlySignals"),
        .executableTarget(name: "plural-sidecar", dependencies: ["CEarlySignals", "Sidecar"]),

        .testTarget(name: "SupportTests", dependencies: ["Support"]),
        .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC", "Support"]),
        .testTarget(name: "PluralTests", dependencies: ["Plural", "PluralSimulator", "Support"]),
        // Spawns the built binary and drives it over real pipes, sockets and loopback HTTP. It does not link the
        // executable: its constructor would block SIGTERM in the test runner and so in every process it spawns
        // (a signal mask survives exec), hiding start-up defects. `swift build --build-tests` builds the binary.
        .testTarget(name: "EndToEndTests", dependencies: ["Plural", "Support"]),
    ]
)
