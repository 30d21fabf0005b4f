import Foundation

/// Thin wrappers over the socket calls the servers need, so the servers read as policy, not plumbing.
enum UnixSocket {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func address(_ path: String) throws(Failure) -> sockaddr_un {
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: addr.sun_path)
        guard bytes.count < capacity else {
            throw Failure(description: "socket path is too long (\(bytes.count) bytes; the limit is \(capacity - 1))")
        }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return addr
    }

    static func withSockaddr<R>(_ addr: inout sockaddr_un, _ body: (UnsafePointer<sockaddr>, socklen_t) -> R) -> R {
        withUnsafePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }

    /// Takes `PATH.lock` (flock, held until the process exits) so only one sidecar serves a path. The file is
    /// never removed: unlinking a lock file lets a late opener lock a file nobody else sees.
    static func lockPath(_ path: String) -> Bool {
        let fd = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return true }  // a directory we cannot write a lock into: bind() will say more
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return true }
        close(fd)
        return false
    }

    /// True when something is accepting connections at `path`.
    static func isLive(_ path: String) -> Bool {
        guard var addr = try? address(path) else { return false }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return withSockaddr(&addr) { connect(fd, $0, $1) } == 0
    }

    /// Creates, binds (owner-only, 0600) and listens.
    ///
    /// A stale socket (a socket file nobody answers on) is replaced. Anything else at the path, a live
    /// socket or any other kind of file, is left alone and reported.
    static func listen(path: String, backlog: Int32 = 512) throws(Failure) -> Int32 {
        var st = stat()
        if lstat(path, &st) == 0 {
            guard (st.st_mode & S_IFMT) == S_IFSOCK else {
                throw Failure(description: "\(path) exists and is not a socket; refusing to replace it")
            }
            if isLive(path) {
                throw Failure(description: "\(path) is in use by another running server")
            }
            unlink(path)
        }
        var addr = try address(path)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket(): \(String(cString: strerror(errno)))") }
        // The umask makes the file owner-only from the moment it exists; chmod afterwards would leave a window.
        let old = umask(0o177)
        let rc = withSockaddr(&addr) { bind(fd, $0, $1) }
        let bindErrno = errno
        umask(old)
        guard rc == 0 else {
            close(fd)
            throw Failure(description: "cannot bind \(path): \(String(cString: strerror(bindErrno)))")
        }
        chmod(path, 0o600)
        guard Glibc.listen(fd, backlog) == 0 else {
            close(fd)
            unlink(path)
            throw Failure(description: "listen(): \(String(cString: strerror(errno)))")
        }
        return fd
    }
}

/// systemd socket activation (sd_listen_fds(3)): the listening socket a `.socket` unit (or
/// `systemd-socket-activate`) passed as descriptor 3.
public enum SocketActivation {
    /// The inherited listening socket when `LISTEN_PID` names this process and `LISTEN_FDS` ≥ 1. The
    /// variables are removed, as sd_listen_fds does, so nothing this process starts would take them as its own.
    public static func inheritedSocket() -> Int32? {
        guard let pid = getenv("LISTEN_PID").flatMap({ Int32(String(cString: $0)) }), pid == getpid(),
              let count = getenv("LISTEN_FDS").flatMap({ Int(String(cString: $0)) }), count >= 1 else { return nil }
        for name in ["LISTEN_PID", "LISTEN_FDS", "LISTEN_FDNAMES"] { unsetenv(name) }
        let fd: Int32 = 3
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFSOCK else { return nil }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        return fd
    }
}
