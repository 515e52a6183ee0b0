import SimKernel

/// The process as the scheduler runs it when the run keeps a daily series
/// (``ModelConfiguration/keepsDailySeries``): before each event it closes the days that have
/// ended (``PretrialProcess/closeSeriesDays(until:)``), then hands the event on.
///
/// A wrapper rather than a check in ``PretrialProcess/handle(_:scheduler:)``: a call before the
/// dispatch made every event of every run save three more registers (2.6% of R1's
/// instructions, Benchmarks/README.md), series or not.
struct SeriesKeepingProcess: DiscreteEventModel {
    /// The process, moved in for the run and out after it.
    var process: PretrialProcess

    @inline(__always)
    mutating func handle(_ event: ModelEvent, scheduler: inout Scheduler<ModelEvent>) {
        if scheduler.now >= process.nextSeriesDay { process.closeSeriesDays(until: scheduler.now) }
        process.handle(event, scheduler: &scheduler)
    }
}

extension Scheduler where Event == ModelEvent {
    /// Runs `process` until `condition`, through ``SeriesKeepingProcess`` when it keeps a
    /// daily series. Inlined, so that the loop of a run without one is where it was before.
    @inline(__always)
    mutating func run(process: inout PretrialProcess, until condition: StopCondition) -> StopReason {
        guard process.keepsSeries else { return run(&process, until: condition) }
        var keeping = SeriesKeepingProcess(process: process)
        let reason = run(&keeping, until: condition)
        process = keeping.process
        return reason
    }
}
