import CCurl
import Foundation

/// The transport's event loop: one thread that drives every transfer through one curl multi handle.
///
/// The thread sleeps in `curl_multi_poll`, which waits on exactly the sockets and directions curl needs at
/// that moment (recomputed every round, so a socket that no longer needs writing is no longer watched for
/// it) and on curl's next timer. While calls wait for a slow gateway, the loop costs no CPU. The multi
/// handle owns the connection cache, so connections are kept alive and reused across calls.
final class CurlLoop: @unchecked Sendable {
    private let multi: UnsafeMutableRawPointer
    private let lock = NSLock()
    /// Transfers handed over by callers, added to the multi handle by the loop thread.
    private var submitted: [CurlTransfer] = []
    /// Easy handles of finished transfers, reset and ready for the next call.
    private var spare: [UnsafeMutableRawPointer] = []
    /// Loop thread only: the transfers curl is running, by easy handle.
    private var running: [UnsafeMutableRawPointer: CurlTransfer] = [:]

    init(maxConnectionsPerHost: Int) {
        Self.globalInit
        multi = pcurl_multi_init()
        plural_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, maxConnectionsPerHost)
        plural_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, maxConnectionsPerHost)
        let thread = Thread { [self] in run() }
        thread.name = "plural-curl"
        thread.start()
    }

    /// curl_global_init, once per process, before the first handle (the library is loaded: `CurlTransport`
    /// makes no loop before it is).
    private static let globalInit: Void = { _ = pcurl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

    /// An easy handle for a new transfer: a recycled one (curl_easy_reset keeps nothing of the last request
    /// but its caches) or a new one.
    func easyHandle() -> UnsafeMutableRawPointer? {
        lock.withLock { spare.popLast() } ?? pcurl_easy_init()
    }

    func submit(_ transfer: CurlTransfer) {
        lock.withLock { submitted.append(transfer) }
        pcurl_multi_wakeup(multi)
    }

    private func run() {
        var stillRunning: Int32 = 0
        var queued: Int32 = 0
        while true {
            for transfer in lock.withLock({ () -> [CurlTransfer] in defer { submitted.removeAll() }; return submitted }) {
                running[transfer.easy] = transfer
                if pcurl_multi_add_handle(multi, transfer.easy) != CURLM_OK {
                    running[transfer.easy] = nil
                    transfer.complete(CURLE_FAILED_INIT)
                    recycle(transfer.easy)
                }
            }
            pcurl_multi_perform(multi, &stillRunning)
            while let message = pcurl_multi_info_read(multi, &queued) {
                guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
                // Read before remove_handle: the message does not outlive it.
                let code = message.pointee.data.result
                pcurl_multi_remove_handle(multi, easy)
                running.removeValue(forKey: easy)?.complete(code)
                recycle(easy)
            }
            // Sleeps until a socket curl watches is ready, curl's next timeout, or curl_multi_wakeup. Should the
            // poll itself fail (out of memory), pause rather than spin.
            if pcurl_multi_poll(multi, nil, 0, 60_000, nil) != CURLM_OK { usleep(10_000) }
        }
    }

    private func recycle(_ easy: UnsafeMutableRawPointer) {
        pcurl_easy_reset(easy)
        let kept = lock.withLock { () -> Bool in
            guard spare.count < 64 else { return false }
            spare.append(easy)
            return true
        }
        if !kept { pcurl_easy_cleanup(easy) }
    }
}
