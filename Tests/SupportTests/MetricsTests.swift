import Foundation
@testable import Support
import XCTest

/// The exposition format's details: escaping, cumulative buckets, per-thread shards added up.
final class MetricsTests: XCTestCase {
    func testCountsFromEveryShardAndTheSharedOneAddUp() {
        let calls = CallMetrics()
        calls.configure(methods: ["ping", "createOrder"], codes: [-32602, -32003], enabled: true)
        let a = calls.newShard()!, b = calls.newShard()!
        a.record(slot: 0, outcome: 0, nanoseconds: 1_000)
        b.record(slot: 0, outcome: 0, nanoseconds: 7_000_000)
        calls.recordShared(slot: 1, outcome: calls.outcomeSlot(code: -32003), nanoseconds: 2_000_000_000)
        calls.retire(b)
        let counts = calls.countSamples().map { ($0.labels, $0.value) }
        XCTAssertEqual(counts.count, 2)
        XCTAssertEqual(counts[0].0, ["ping", "ok"])
        XCTAssertEqual(counts[1].0, ["createOrder", "-32003"])
        guard case .histogram(let buckets, let sum, let count) = calls.durationSamples()[0].value else { return XCTFail() }
        XCTAssertEqual(count, 2)
        XCTAssertEqual(buckets[0], 1, "1 µs is in le=0.005")
        XCTAssertEqual(buckets[1], 1, "7 ms is in le=0.01")
        XCTAssertEqual(sum, 0.007001, accuracy: 1e-9)
        XCTAssertEqual(calls.outcomeSlot(code: -1), 3, "a code outside the catalogue is other")
        calls.configure(methods: ["ping"], codes: [], enabled: false)
        XCTAssertNil(calls.newShard(), "PLURAL_METRICS=off counts nothing")
    }

    func testExpositionEscapesLabelsAndAccumulatesBuckets() {
        let h = LabeledHistogram()
        h.observe(["a\"b\\c\nd"], seconds: 0.02)
        h.observe(["a\"b\\c\nd"], seconds: 100)
        let metrics = Metrics()
        metrics.provide(.gatewayLatency) { h.samples }
        let text = metrics.exposition()
        XCTAssertTrue(text.contains(#"plural_gateway_request_duration_seconds_bucket{operation="a\"b\\c\nd",le="0.01"} 0"#), text)
        XCTAssertTrue(text.contains(#"plural_gateway_request_duration_seconds_bucket{operation="a\"b\\c\nd",le="0.025"} 1"#), text)
        XCTAssertTrue(text.contains(#"plural_gateway_request_duration_seconds_bucket{operation="a\"b\\c\nd",le="+Inf"} 2"#), text)
        XCTAssertTrue(text.contains(#"plural_gateway_request_duration_seconds_count{operation="a\"b\\c\nd"} 2"#), text)
        for family in MetricFamily.all { XCTAssertTrue(text.contains("# TYPE \(family.name) \(family.kind.rawValue)\n"), family.name) }
    }
}
