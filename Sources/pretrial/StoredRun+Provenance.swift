import Reports
import Results

extension StoredRun {
    /// The provenance of the run's tables: its identity, the replications the tables cover
    /// (see ``StoredRun/replicationsCovered``), when it finished (or started, if it has not),
    /// and the store's notes on its replications.
    var provenance: Provenance {
        Provenance(
            run: record.identity, replications: replicationsCovered, date: record.finished ?? record.started,
            notes: notes)
    }
}
