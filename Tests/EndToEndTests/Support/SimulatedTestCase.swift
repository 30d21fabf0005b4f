import XCTest

/// A test case with a simulator served over loopback and a sidecar pointed at it, fresh for each test.
class SimulatedTestCase: XCTestCase {
    var simulator: SimulatorProcess!
    var sidecar: SidecarProcess!

    override func setUpWithError() throws {
        simulator = try SimulatorProcess()
        sidecar = try simulator.sidecar()
    }

    override func tearDown() { sidecar = nil; simulator = nil }
}
