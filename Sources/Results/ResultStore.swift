import GRDB

/// A SQLite file of run results in long, tidy form: one row per (run, variant, replication,
/// metric, breakdown, value), so analysts can pivot it with any tool. A rate or a mean also
/// has its numerator and denominator in the row (`SUM(numerator) / SUM(denominator)` pools
/// it over replications).
///
/// Each replication is written in its own transaction as soon as it finishes, so a run that
/// is interrupted keeps every replication it finished and can be resumed. The file is in
/// WAL mode with `synchronous = NORMAL`: a commit survives the process being killed, and
/// costs no disk flush of its own.
///
/// Tables: `runs` (with each run's plugins as JSON), `variants`, `replications`,
/// `metrics`, `steady_state` (each complete run's steady-state flag by variant) and `series`
/// (each replication's daily series, when the run kept them; `ResultStore+Series.swift`); see
/// ``ResultStore/migrator``.
/// A NaN figure (no denominator) is stored as NULL.
public struct ResultStore: Sendable {
    /// The connection; it serialises every access, from any thread.
    let queue: DatabaseQueue

    /// Opens the store at `path`, creating it (and its tables) if needed.
    /// - Parameters:
    ///   - path: the SQLite file.
    ///   - readOnly: open without writing (the file must exist) and without migrating it: an
    ///     old store is read as it is.
    ///   - immutable: with `readOnly`, open the file as SQLite's `immutable` URI parameter
    ///     does: no lock, no `-wal` or `-shm` file, so a store in a folder one cannot write is
    ///     read (a `-wal` file beside it is ignored). ``openForReading(path:)`` falls back on it.
    /// - Throws: ``ResultStoreError`` if the file is not an SQLite database, or is one with
    ///   tables of its own and none of a store's (it is then left unchanged); a
    ///   `DatabaseError` if it cannot be opened.
    public static func open(path: String, readOnly: Bool = false, immutable: Bool = false) throws -> ResultStore {
        precondition(readOnly || !immutable, "an immutable store is opened read-only")
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        // Another process (`pretrial runs` while a run writes) waits for the lock instead of
        // failing at once.
        configuration.busyMode = .timeout(10)
        if !readOnly {
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: immutable ? immutableURI(path) : path, configuration: configuration)
            let tables = try queue.read { db in
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            }
            if !tables.isEmpty && !tables.contains("grdb_migrations") {
                throw ResultStoreError.foreignDatabase(path: path, tables: tables.sorted())
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw ResultStoreError.notADatabase(path: path)
        }
        if !readOnly { try migrator.migrate(queue) }
        return ResultStore(queue: queue)
    }

    /// Opens the store at `path` to read it, as `runs`, `report` and `export` do: read-only, never
    /// migrated, and, when SQLite cannot make the `-wal` and `-shm` files it needs beside a
    /// store in WAL mode (the folder is read-only), as an immutable file.
    /// - Throws: as ``open(path:readOnly:immutable:)``.
    public static func openForReading(path: String) throws -> ResultStore {
        do {
            return try open(path: path, readOnly: true)
        } catch let error as DatabaseError
            where error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY
        {
            return try open(path: path, readOnly: true, immutable: true)
        }
    }

    /// `path` as an SQLite URI with `immutable=1` (the path's `%`, `?` and `#` escaped).
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for character in path {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return "file:\(escaped)?immutable=1"
    }

    /// Folds the write-ahead log into the `.sqlite` file and empties it
    /// (`PRAGMA wal_checkpoint(TRUNCATE)`), so the file alone holds every replication written
    /// so far, as a copy of it made now would; the store stays open. Waits (up to the busy
    /// timeout) for readers that hold the log.
    public func checkpoint() throws {
        try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    }

    /// Closes the file, folding the write-ahead log into it, so the `.sqlite` file alone
    /// holds everything (to copy or send it). The store cannot be used afterwards.
    public func close() throws {
        try queue.close()
    }

    /// The schema, one migration per version of it.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE runs (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        scenario_name TEXT NOT NULL,
                        scenario_path TEXT NOT NULL,
                        scenario_sha256 TEXT NOT NULL,
                        seed INTEGER NOT NULL,
                        replications INTEGER NOT NULL,
                        reference_group TEXT,
                        tool_version TEXT NOT NULL,
                        started TEXT NOT NULL,
                        finished TEXT,
                        status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'incomplete'))
                    );
                    CREATE INDEX runs_by_scenario ON runs(scenario_sha256, seed);
                    CREATE TABLE variants (
                        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                        variant_index INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        description TEXT NOT NULL,
                        PRIMARY KEY (run_id, variant_index)
                    );
                    CREATE TABLE replications (
                        run_id INTEGER NOT NULL,
                        variant_index INTEGER NOT NULL,
                        replication INTEGER NOT NULL,
                        seed INTEGER NOT NULL,
                        model_events INTEGER NOT NULL,
                        wall_seconds REAL NOT NULL,
                        end_time REAL NOT NULL,
                        PRIMARY KEY (run_id, variant_index, replication),
                        FOREIGN KEY (run_id, variant_index) REFERENCES variants(run_id, variant_index) ON DELETE CASCADE
                    );
                    CREATE TABLE metrics (
                        run_id INTEGER NOT NULL,
                        variant_index INTEGER NOT NULL,
                        replication INTEGER NOT NULL,
                        metric TEXT NOT NULL,
                        breakdown TEXT NOT NULL,
                        value REAL,
                        UNIQUE (run_id, variant_index, replication, metric, breakdown),
                        FOREIGN KEY (run_id, variant_index, replication)
                            REFERENCES replications(run_id, variant_index, replication) ON DELETE CASCADE
                    );
                    """)
        }
        // v2: metric rows without the UNIQUE index over (run, variant, replication, metric,
        // breakdown), which cost a text-keyed B-tree insert per row. The replication's
        // primary key, written in the same transaction, already keeps a replication from
        // being stored twice; a plain index on the replication serves lookups and cascades.
        migrator.registerMigration("v2-metrics-index") { db in
            try db.execute(
                sql: """
                    CREATE TABLE metrics_v2 (
                        run_id INTEGER NOT NULL,
                        variant_index INTEGER NOT NULL,
                        replication INTEGER NOT NULL,
                        metric TEXT NOT NULL,
                        breakdown TEXT NOT NULL,
                        value REAL,
                        FOREIGN KEY (run_id, variant_index, replication)
                            REFERENCES replications(run_id, variant_index, replication) ON DELETE CASCADE
                    );
                    INSERT INTO metrics_v2 (run_id, variant_index, replication, metric, breakdown, value)
                        SELECT run_id, variant_index, replication, metric, breakdown, value FROM metrics ORDER BY rowid;
                    DROP TABLE metrics;
                    ALTER TABLE metrics_v2 RENAME TO metrics;
                    CREATE INDEX metrics_by_replication ON metrics(run_id, variant_index, replication);
                    """)
        }
        // v3: the shard a run holds (`pretrial run --shard k/N`); NULL for every replication.
        migrator.registerMigration("v3-shards") { db in
            try db.execute(sql: "ALTER TABLE runs ADD COLUMN shard TEXT")
        }
        // v4: the policy plugins a run loaded, as a JSON array of {path, sha256, modules}
        // (see `PluginColumn`); `[]` for none, and for every run stored before.
        migrator.registerMigration("v4-plugins") { db in
            try db.execute(sql: "ALTER TABLE runs ADD COLUMN plugins TEXT NOT NULL DEFAULT '[]'")
        }
        // v5: a rate's (or mean's) numerator and denominator beside its value, so that rates
        // can be pooled over replications and cells with small denominators found; NULL for
        // other figures and in rows written before v5.
        migrator.registerMigration("v5-metric-parts") { db in
            try db.execute(
                sql: """
                    ALTER TABLE metrics ADD COLUMN numerator REAL;
                    ALTER TABLE metrics ADD COLUMN denominator REAL;
                    """)
        }
        // v6: whether each variant of a complete run was in a steady state
        // (`Experiments.SteadyStateCheck`, the flag every report shows), with the figures behind
        // it, written when the run completes (`finish`) or a merge completes it; see
        // `ResultStore+SteadyState.swift`.
        migrator.registerMigration("v6-steady-state") { db in
            try db.execute(
                sql: """
                    CREATE TABLE steady_state (
                        run_id INTEGER NOT NULL,
                        variant_index INTEGER NOT NULL,
                        steady INTEGER NOT NULL,
                        backlog_grows INTEGER NOT NULL,
                        littles_law_fails INTEGER NOT NULL,
                        counted_days REAL,
                        backlog_growth_per_year REAL,
                        backlog_growth_ci95_low REAL,
                        backlog_growth_ci95_high REAL,
                        backlog_at_window_end REAL,
                        littles_law_ratio REAL,
                        littles_law_ci95_low REAL,
                        littles_law_ci95_high REAL,
                        PRIMARY KEY (run_id, variant_index),
                        FOREIGN KEY (run_id, variant_index) REFERENCES variants(run_id, variant_index) ON DELETE CASCADE
                    );
                    """)
        }
        // v7: each replication's daily series, when the run kept one (`ResultStore+Series.swift`),
        // and the warm-up and arrest window it was counted with; no rows, and NULL, for runs
        // stored before or without a series.
        migrator.registerMigration("v7-series") { db in
            try db.execute(
                sql: """
                    CREATE TABLE series (
                        run_id INTEGER NOT NULL,
                        variant_index INTEGER NOT NULL,
                        replication INTEGER NOT NULL,
                        day INTEGER NOT NULL,
                        measure TEXT NOT NULL,
                        breakdown TEXT NOT NULL,
                        value REAL,
                        FOREIGN KEY (run_id, variant_index, replication)
                            REFERENCES replications(run_id, variant_index, replication) ON DELETE CASCADE
                    );
                    CREATE INDEX series_by_replication ON series(run_id, variant_index, replication);
                    ALTER TABLE replications ADD COLUMN series_warm_up_days REAL;
                    ALTER TABLE replications ADD COLUMN series_arrest_window_days REAL;
                    """)
        }
        return migrator
    }
}
