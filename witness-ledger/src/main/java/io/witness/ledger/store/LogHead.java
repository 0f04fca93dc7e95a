package io.witness.ledger.store;

import io.witness.ledger.chain.ChainLink;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.hash.Hash;
import io.witness.ledger.proof.TreeFrontier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A tenant's log as its head row says: how many observations, the last chain link, and the Merkle
 * frontier from which the root is computed. The row is the writers' lock: a writer holds it
 * ({@link #lock}) from reading the head to writing the one after its rows ({@link #write}).
 *
 * @param size the number of observations
 * @param chainHash the chain link of the last one, or 32 zero bytes
 * @param frontier the right border of the Merkle tree of {@code size} leaves
 */
record LogHead(long size, Hash chainHash, TreeFrontier frontier) {

    /** Makes the tenant and its empty log's head row unless they exist. */
    static void ensure(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement insertTenant = connection.prepareStatement(
                        "INSERT INTO tenant (tenant_id) VALUES (?) ON CONFLICT DO NOTHING");
                PreparedStatement insertHead = connection.prepareStatement(
                        "INSERT INTO tenant_log_head (tenant_id, size, chain_hash, frontier) VALUES (?, 0, ?, ?) ON CONFLICT DO NOTHING")) {
            insertTenant.setString(1, tenant.value());
            insertTenant.executeUpdate();
            insertHead.setString(1, tenant.value());
            insertHead.setBytes(2, ChainLink.genesis().bytes());
            insertHead.setBytes(3, new byte[0]);
            insertHead.executeUpdate();
        }
    }

    /** Locks the tenant's head row until the transaction ends, and reads it. */
    static LogHead lock(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT size, chain_hash, frontier FROM tenant_log_head WHERE tenant_id = ? FOR UPDATE")) {
            select.setString(1, tenant.value());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("The log of tenant " + tenant + " has no head row");
                }
                long size = rs.getLong(1);
                return new LogHead(size, Hash.of(rs.getBytes(2)), TreeFrontier.restore(size, rs.getBytes(3)));
            }
        }
    }

    /** Writes this head as the tenant's (whose row the transaction has locked). */
    void write(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE tenant_log_head SET size = ?, chain_hash = ?, frontier = ? WHERE tenant_id = ?")) {
            update.setLong(1, size);
            update.setBytes(2, chainHash.bytes());
            update.setBytes(3, frontier.bytes());
            update.setString(4, tenant.value());
            update.executeUpdate();
        }
    }
}
