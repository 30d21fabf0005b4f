import Foundation
@testable import Plural
import XCTest

/// The circuit's states on a fake clock: threshold, cool-down, one trial, answers close it.
final class CircuitBreakerUnitTests: XCTestCase {
    func testOpensAfterTheThresholdAndLetsOneTrialThroughAfterTheCoolDown() {
        let cb = CircuitBreaker(threshold: 3, cooldown: 10)
        let t0 = Date()
        for _ in 0..<2 { XCTAssertTrue(cb.admit(.api, now: t0)); cb.failed(.api, now: t0) }
        XCTAssertEqual(cb.state(.api), .closed)
        cb.failed(.api, now: t0)
        XCTAssertEqual(cb.state(.api), .open)
        XCTAssertFalse(cb.admit(.api, now: t0.addingTimeInterval(9.9)))
        XCTAssertTrue(cb.admit(.pg, now: t0), "each host has its own circuit")
        XCTAssertTrue(cb.admit(.api, now: t0.addingTimeInterval(10)), "the trial")
        XCTAssertEqual(cb.state(.api), .halfOpen)
        XCTAssertFalse(cb.admit(.api, now: t0.addingTimeInterval(10)), "only one trial at a time")
        cb.failed(.api, now: t0.addingTimeInterval(11))
        XCTAssertEqual(cb.state(.api), .open, "a failed trial opens it again")
        XCTAssertFalse(cb.admit(.api, now: t0.addingTimeInterval(20)))
        XCTAssertTrue(cb.admit(.api, now: t0.addingTimeInterval(21)))
        cb.succeeded(.api)
        XCTAssertEqual(cb.state(.api), .closed)
    }

    func testAnAnswerResetsTheCount() {
        let cb = CircuitBreaker(threshold: 2, cooldown: 10)
        cb.failed(.api)
        cb.succeeded(.api)
        cb.failed(.api)
        XCTAssertEqual(cb.state(.api), .closed, "failures must be consecutive")
    }
}

/// The one settings declaration: every check refuses what it should, and the table lists every name.
final class SettingsUnitTests: XCTestCase {
    func testDeclaredChecks() {
        let inFlight = Setting.byName["PLURAL_MAX_IN_FLIGHT"]!
        XCTAssertNil(inFlight.problem(with: "64"))
        for bad in ["abc", "0", "-3", "1.5", "99999999"] { XCTAssertNotNil(inFlight.problem(with: bad), bad) }
        XCTAssertNotNil(Setting.byName["PLURAL_TIMEOUT"]!.problem(with: "0"))
        XCTAssertNil(Setting.byName["PLURAL_SHUTDOWN_TIMEOUT"]!.problem(with: "0"))
        XCTAssertNotNil(Setting.byName["PLURAL_SOCKET_ALLOW_UIDS"]!.problem(with: "1000,www-data"))
        XCTAssertNil(Setting.byName["PLURAL_SOCKET_ALLOW_UIDS"]!.problem(with: "1000, 33"))
        XCTAssertEqual(PluralConfig(values: [:]).problems().map(\.setting), ["PLURAL_CLIENT_ID", "PLURAL_CLIENT_SECRET"])
        XCTAssertEqual(try PluralConfig(values: [:]).seconds("PLURAL_IDEMPOTENCY_TTL"), 86400)
        let table = Setting.markdownTable()
        for s in Setting.all { XCTAssertTrue(table.contains("`\(s.name)`"), s.name) }
        XCTAssertEqual(Set(PluralConfig.names).count, Setting.all.count, "a name declared twice")
    }
}
