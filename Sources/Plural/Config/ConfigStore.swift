import Support

/// The settings in force, replaceable while serving (SIGHUP). A call reads them once when it starts and keeps
/// that snapshot to the end, so a call in flight finishes with what it started with.
public final class ConfigStore: Sendable {
    private let state: Locked<(generation: Int, config: PluralConfig)>

    public init(_ config: PluralConfig) {
        state = Locked((0, config))
    }

    public var current: PluralConfig { state.withLock { $0.config } }

    /// Replaces the settings for calls that start from now on.
    public func replace(_ config: PluralConfig) {
        state.withLock { $0 = ($0.generation + 1, config) }
    }

    /// A value built from the settings named (a verifier's keys), rebuilt only when one of them changes: a
    /// reload that rotates something else keeps the value and its state (the webhook replay memory).
    public func derived<T: Sendable>(from names: [String], _ make: @escaping @Sendable (PluralConfig) -> T) -> Derived<T> {
        Derived(store: self, names: names, make: make)
    }

    var snapshot: (generation: Int, config: PluralConfig) { state.current }
}

public final class Derived<T: Sendable>: Sendable {
    private let store: ConfigStore
    private let names: [String]
    private let make: @Sendable (PluralConfig) -> T
    /// The value, the generation it was last checked at, and the inputs it was built from.
    private let cache = Locked<(generation: Int, inputs: [String?], value: T)?>(nil)

    init(store: ConfigStore, names: [String], make: @escaping @Sendable (PluralConfig) -> T) {
        self.store = store
        self.names = names
        self.make = make
    }

    public var value: T {
        let (generation, config) = store.snapshot
        if let c = cache.current, c.generation == generation { return c.value }
        let inputs = names.map { config.values[$0] }
        if let c = cache.current, c.inputs == inputs {
            cache.withLock { $0?.generation = generation }
            return c.value
        }
        let v = make(config)
        cache.withLock { $0 = (generation, inputs, v) }
        return v
    }
}
