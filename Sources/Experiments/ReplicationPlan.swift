import PretrialModel

/// The work of an experiment: every variant's model, run for the same replications with
/// the same master seed (common random numbers across variants).
public struct ReplicationPlan: Sendable {
    /// One variant to run.
    public struct Variant: Sendable {
        /// Its name ("baseline" first).
        public var name: String
        /// What it changes, in words.
        public var description: String
        /// The model it runs.
        public var configuration: ModelConfiguration

        /// Creates a variant.
        public init(name: String, description: String, configuration: ModelConfiguration) {
            self.name = name
            self.description = description
            self.configuration = configuration
        }
    }

    /// The variants, baseline first.
    public var variants: [Variant]
    /// Replications per variant.
    public var replications: Int
    /// The master seed.
    public var seed: UInt64

    /// Creates a plan.
    public init(variants: [Variant], replications: Int, seed: UInt64) {
        self.variants = variants
        self.replications = replications
        self.seed = seed
    }
}
