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
    }
}

/// Who may talk to the socket server, checked with `SO_PEERCRED` on every connection. The socket file is
/// already 0600; this also holds when someone loosens its mode or passes the descriptor on.
public struct PeerPolicy: Sendable {
    public let allowedUIDs: Set<uid_t>

    /// The sidecar's own user, plus any listed in `PLURAL_SOCKET_ALLOW_UIDS` (comma-separated).
    public static func fromEnvironment(_ env: [String: String]) -> PeerPolicy {
        var uids: Set<uid_t> = [getuid()]
        for part in (env["PLURAL_SOCKET_ALLOW_UIDS"] ?? "").split(separator: ",") {
            if let u = uid_t(part.trimmingCharacters(in: .whitespaces)) { uids.insert(u) }
        }
        return PeerPolicy(allowedUIDs: uids)
    }

    /// The connecting process's uid, or nil if the kernel would not say.
    static func peerUID(_ fd: Int32) -> uid_t? {
        // struct ucred { pid_t pid; uid_t uid; gid_t gid; } (hidden behind _GNU_SOURCE in the Glibc module).
        var cred: (pid: Int32, uid: UInt32, gid: UInt32) = (0, 0, 0)
        var len = socklen_t(MemoryLayout<(Int32, UInt32, UInt32)>.size)
        let SO_PEERCRED: Int32 = 17
        guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0 else { return nil }
        return cred.uid
    }

    func admits(_ fd: Int32) -> (Bool, uid_t?) {
        guard let uid = Self.peerUID(fd) else { return (false, nil) }
        return (allowedUIDs.contains(uid), uid)
    }
}
