package laomo.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded, reachable only over Bolt on 127.0.0.1:PORT.
 *
 * <p>Usage: {@code java -cp target/classes:target/lib/* laomo.neo4j.LocalNeo4jServer
 * --data-dir DIR --port N [--password PW] [--page-cache 256m] [--tx-memory 512m] [--watch-stdin]}
 *
 * <p>Auth is enabled with user {@code neo4j}; the password comes from {@code --password}, else
 * the environment variable {@code NEO4J_PASSWORD}, else {@code laomo-test-pw}. Once Bolt accepts
 * connections the server prints one line starting with {@code NEO4J READY}; a SIGTERM shuts the
 * DBMS down cleanly through a shutdown hook and prints {@code NEO4J STOPPED}.
 */
public final class LocalNeo4jServer {
    static final String DEFAULT_PASSWORD = "laomo-test-pw";
    static final String READY_MARKER = "NEO4J READY";

    private LocalNeo4jServer() {}

    public static void main(String[] args) throws Exception {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("usage: LocalNeo4jServer --data-dir DIR --port N [--password PW]"
                    + " [--page-cache 256m] [--tx-memory 512m] [--watch-stdin]");
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Files.createDirectories(opts.dataDir);

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(opts.dataDir)
                    // Neo4j's own user log (startup, errors) to stdout, which the launcher captures.
                    .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", opts.port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", opts.port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // No outside traffic: the usage-data collector would phone home otherwise.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Small footprint for 2-core CI machines: a modest page cache and no 250 MB
                    // pre-allocated transaction log files in every throwaway data directory.
                    .setConfig(GraphDatabaseSettings.pagecache_memory, opts.pageCacheBytes)
                    // One transaction may hold this much heap: a runaway console query (a 12-hop
                    // path count, a huge UNWIND) fails with MemoryPoolOutOfMemoryError instead of
                    // filling the heap.  Bulk loads commit every 100k rows and stay well below it.
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, opts.txMemoryBytes)
                    .setConfig(GraphDatabaseSettings.memory_tracking, true)
                    // LOAD CSV plans as a read; the server itself refuses file:// URLs (the project never uses them).
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                    // Bolt waits 5 s twice for idle connections and threads when it shuts down, after
                    // the databases have already checkpointed; 1 s keeps test teardown quick.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (RuntimeException e) {
            fail("to start", e);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
                System.out.println("NEO4J STOPPED");
                System.out.flush();
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        try {
            setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), opts.password);
            waitForBolt(opts.port, 60_000);
        } catch (Exception e) {
            fail("after start", e);
            return;
        }

        String version = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally("CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                        Map.of(), r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "?");
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println(READY_MARKER + " bolt://127.0.0.1:" + opts.port + " neo4j=" + version
                + " pid=" + ProcessHandle.current().pid() + " startup_ms=" + ms);
        System.out.flush();

        if (opts.watchStdin) {
            // The Python launcher keeps our stdin open; EOF means it died, so don't outlive it.
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) {
                        // discard
                    }
                } catch (IOException ignored) {
                    // treat a broken pipe like EOF
                }
                System.out.println("NEO4J stdin closed, shutting down");
                System.exit(0);
            }, "stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    /** Prints a short cause chain (what a launcher shows a person) before the stack trace, exits 1. */
    static void fail(String when, Throwable e) {
        System.out.println("NEO4J FAILED " + when + ": " + e);
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            System.out.println("NEO4J FAILED cause: " + c);
        }
        System.out.flush();
        e.printStackTrace();
        System.exit(1);
    }

    /** Sets the {@code neo4j} user's password and clears the forced change on first login. */
    static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (QueryExecutionException e) {
            // A reused data directory may already hold this password; Neo4j refuses a "change" to
            // the same value, which is exactly the state we want.
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("same")) {
                throw e;
            }
        }
    }

    /** Blocks until a TCP connect to the Bolt port succeeds, so READY means "connect now". */
    static void waitForBolt(int port, long timeoutMs) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("Bolt port " + port + " did not open in " + timeoutMs + " ms", e);
                }
                Thread.sleep(100);
            }
        }
    }

    /** Command-line options; kept dependency-free on purpose. */
    record Options(
            Path dataDir, int port, String password, long pageCacheBytes, long txMemoryBytes, boolean watchStdin) {
        static Options parse(String[] args) {
            Path dataDir = null;
            Integer port = null;
            String password = System.getenv("NEO4J_PASSWORD");
            long pageCache = parseBytes("256m");
            long txMemory = parseBytes("512m");
            boolean watchStdin = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--data-dir" -> dataDir = Path.of(value(args, ++i, a)).toAbsolutePath();
                    case "--port" -> port = parsePort(value(args, ++i, a));
                    case "--password" -> password = value(args, ++i, a);
                    case "--page-cache" -> pageCache = parseBytes(value(args, ++i, a));
                    case "--tx-memory" -> txMemory = parseBytes(value(args, ++i, a));
                    case "--watch-stdin" -> watchStdin = true;
                    default -> throw new IllegalArgumentException("unknown argument " + a);
                }
            }
            if (dataDir == null) {
                throw new IllegalArgumentException("--data-dir is required");
            }
            if (port == null) {
                throw new IllegalArgumentException("--port is required");
            }
            if (password == null || password.isEmpty()) {
                password = DEFAULT_PASSWORD;
            }
            if (password.length() < 8) {
                throw new IllegalArgumentException("password must have at least 8 characters (Neo4j's minimum)");
            }
            return new Options(dataDir, port, password, pageCache, txMemory, watchStdin);
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }

        private static int parsePort(String s) {
            try {
                int p = Integer.parseInt(s);
                if (p < 1 || p > 65535) {
                    throw new NumberFormatException();
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port must be 1..65535, got " + s);
            }
        }

        static long parseBytes(String s) {
            String t = s.trim().toLowerCase();
            long mult = 1;
            if (t.endsWith("k")) {
                mult = 1L << 10;
            } else if (t.endsWith("m")) {
                mult = 1L << 20;
            } else if (t.endsWith("g")) {
                mult = 1L << 30;
            }
            if (mult != 1) {
                t = t.substring(0, t.length() - 1);
            }
            try {
                return Long.parseLong(t) * mult;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad size " + s + " (use e.g. 256m)");
            }
        }
    }
}
