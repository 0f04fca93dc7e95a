package io.witness.sources.timeline;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.Side;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.format.ImportContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Import contexts for the format tests: a fixed tenant and receipt time, the side and options varying. */
public final class Imports {

    /** When the test files were "received". */
    public static final Instant RECEIVED = Instant.parse("2026-11-26T10:00:00Z");

    private Imports() {
    }

    /** The provider's evidence from {@code system}, no contract, no zone, no mapping. */
    public static ImportContext provider(String system) {
        return new ImportContext(TenantId.of("acme"), Side.PROVIDER, new SourceRef(system, "test"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), RECEIVED);
    }

    /** The client's evidence from {@code system}, no contract, no zone, no mapping. */
    public static ImportContext client(String system) {
        return new ImportContext(TenantId.of("acme"), Side.CLIENT, new SourceRef(system, "test"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), RECEIVED);
    }

    /** The same context with times without an offset read in {@code zone}. */
    public static ImportContext inZone(ImportContext context, String zone) {
        return new ImportContext(context.tenant(), context.side(), context.source(), context.contract(),
                context.contractSource(), Optional.of(ZoneId.of(zone)), context.mapping(), context.receivedAt());
    }

    /** The same context under a contract. */
    public static ImportContext under(ImportContext context, Contract contract) {
        return new ImportContext(context.tenant(), context.side(), context.source(), Optional.of(contract),
                context.contractSource(), context.zone(), context.mapping(), context.receivedAt());
    }

    /** The same context with a mapping file. */
    public static ImportContext mapped(ImportContext context, String name, String text) {
        return new ImportContext(context.tenant(), context.side(), context.source(), context.contract(),
                context.contractSource(), context.zone(), Optional.of(new ImportContext.TextFile(name, text)),
                context.receivedAt());
    }

    /** A contract from the test resources. */
    public static Contract contract(Class<?> near, String resource) {
        return ContractYaml.parse(text(near, resource), resource);
    }

    /** A test resource as text (UTF-8). */
    public static String text(Class<?> near, String resource) {
        return new String(bytes(near, resource), StandardCharsets.UTF_8);
    }

    /** A test resource's bytes. */
    public static byte[] bytes(Class<?> near, String resource) {
        try (InputStream in = near.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource + " beside " + near.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
