import Foundation
import Plural

/// Who may talk to the socket server, checked with `SO_PEERCRED` on every connection. The socket file is
/// already 0600; this also holds when someone loosens its mode or passes the descriptor on.
public struct PeerPolicy: Sendable {
    public let allowedUIDs: Set<uid_t>

    public init(allowedUIDs: Set<uid_t>) { self.allowedUIDs = allowedUIDs }

    /// The sidecar's own user, plus any listed in `PLURAL_SOCKET_ALLOW_UIDS` (comma-separated; the settings
    /// reader has refused anything else at start).
    public static func from(_ config: PluralConfig) -> PeerPolicy {
        var uids: Set<uid_t> = [getuid()]
        for part in (config.values["PLURAL_SOCKET_ALLOW_UIDS"] ?? "").split(separator: ",") {
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
