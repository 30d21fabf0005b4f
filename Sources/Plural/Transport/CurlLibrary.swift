import CCurl
import Foundation
import Support

/// The system libcurl, loaded with dlopen (Sources/CCurl/curl_library.c) rather than linked: a linked libcurl and
/// its thirty-odd dependencies load before any code of ours runs, a window in which SIGTERM kills the sidecar.
/// main starts the load on a thread of its own once the termination signals are blocked (`preload`), so its
/// ~5 ms overlap the rest of start-up instead of adding to it; the first gateway call waits for it if needed.
public enum CurlLibrary {
    /// Loads it (once; a caller arriving while it loads waits): nil when loaded, else why not.
    public static func load() -> String? {
        guard let problem = plural_curl_load() else { return nil }
        return String(cString: problem)
    }

    /// Starts loading it in the background; a failure is logged once (and every gateway call then fails as not
    /// sent, naming it), since a sidecar that only verifies signatures does not need it.
    public static func preload(log: Logger = .shared) {
        let thread = Thread {
            if let problem = load() {
                log.error("libcurl could not be loaded (libcurl.so.4, Debian's libcurl4): gateway calls will fail", ["reason": .string(problem)])
            }
        }
        thread.name = "plural-curl-load"
        thread.start()
    }
}
