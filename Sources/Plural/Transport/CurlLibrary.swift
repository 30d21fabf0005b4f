import CCurl

/// The system libcurl, loaded with dlopen (Sources/CCurl/curl_library.c): the process starts without it, and
/// main loads it once the termination signals are blocked, so the time its thirty-odd dependencies take to load
/// and initialise is no longer a window in which SIGTERM kills the sidecar.
public enum CurlLibrary {
    /// Loads it (once): nil when loaded, else why not.
    public static func load() -> String? {
        guard let problem = plural_curl_load() else { return nil }
        return String(cString: problem)
    }
}
