import Foundation

/// Keeps secrets that live in this process's memory out of places they could leak from.
public enum ProcessHardening {
    /// No core dumps (a dump would hold the client secret and the access token), and no ptrace or
    /// /proc/PID/{mem,environ} access by other processes of the same user.
    public static func apply() {
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &none)
        // prctl(2) is not in the Glibc module map (it lives in <sys/prctl.h>); look it up at run time.
        typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        let PR_SET_DUMPABLE: Int32 = 4
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") {
            _ = unsafeBitCast(symbol, to: Prctl.self)(PR_SET_DUMPABLE, 0, 0, 0, 0)
        }
        // Foundation's networking debug switches print whole requests and answers (client secret, bearer
        // token, card data) to stderr. They are cleared before URLSession can read them, whatever the
        // environment says.
        for name in debugVariables { unsetenv(name) }
    }

    /// swift-corelibs-foundation's URLSession debug switches.
    static let debugVariables = ["URLSessionDebugLibcurl", "URLSessionDebug"]
}

