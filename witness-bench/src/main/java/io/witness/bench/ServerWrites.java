package io.witness.bench;

import io.witness.ledger.store.LedgerDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * What the PostgreSQL server wrote since it started, from its own statistics ({@code pg_stat_wal},
 * {@code pg_stat_io}): the WAL's bytes and how often it was written and flushed, and the table and
 * index blocks the client backends had to write or evict themselves (which they do when shared buffers run
 * out, flushing the WAL first). Counts that say where the import's time goes even on a busy machine, where
 * wall and CPU time do not.
 */
final class ServerWrites {

    private ServerWrites() {
    }

    /** One line of the counts, or why there is none. */
    static String of(LedgerDatabase database) {
        try (Connection connection = database.ownerConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_force_next_flush()");
            String wal;
            try (ResultSet rs = statement.executeQuery("SELECT wal_bytes, wal_fpi, wal_buffers_full, wal_write, wal_sync FROM pg_stat_wal")) {
                rs.next();
                wal = String.format(Locale.ROOT, "WAL %.0f MB (%,d full-page images; buffers full %,d times; %,d writes, %,d syncs)",
                        rs.getDouble(1) / 1e6, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
            try (ResultSet rs = statement.executeQuery("SELECT coalesce(sum(writes), 0), coalesce(sum(evictions), 0), coalesce(sum(fsyncs), 0) "
                    + "FROM pg_stat_io WHERE backend_type = 'client backend'")) {
                rs.next();
                return wal + String.format(Locale.ROOT, "; client backends wrote %,d blocks, evicted %,d, %,d fsyncs", rs.getLong(1),
                        rs.getLong(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            return "server statistics not read: " + e.getMessage();
        }
    }
}
