package kg.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.server.CommunityBootstrapper;
import picocli.CommandLine;

/**
 * Runs a local Neo4j Community server (Bolt + HTTP + Browser) in-process for kg development, tests and CI,
 * on machines without Docker or a Neo4j tarball.
 *
 * <p>We use the server bootstrapper instead of the plain embedded DatabaseManagementServiceBuilder because only
 * the bootstrapper starts the Jetty HTTP server (transactional Cypher endpoint, discovery and the Browser that is
 * served from the neo4j-browser jar on the classpath).
 *
 * <p>Settings (system property wins over environment variable of the same name):
 * KG_NEO4J_PASSWORD (kgpassword), KG_NEO4J_BOLT_PORT (7687), KG_NEO4J_HTTP_PORT (7474),
 * KG_NEO4J_HOME (.neo4j), KG_NEO4J_PAGECACHE (128m).
 */
public final class Launcher {
    private static final String USER = "neo4j";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        String password = setting("KG_NEO4J_PASSWORD", "kgpassword");
        int boltPort = port("KG_NEO4J_BOLT_PORT", 7687);
        int httpPort = port("KG_NEO4J_HTTP_PORT", 7474);
        String pageCache = setting("KG_NEO4J_PAGECACHE", "128m");
        Path home = Paths.get(setting("KG_NEO4J_HOME", ".neo4j")).toAbsolutePath().normalize();

        // Neo4j 5 rejects shorter passwords at ALTER USER time; fail early with a clear message instead.
        if (password.length() < 8) {
            die(2, "KG_NEO4J_PASSWORD must be at least 8 characters (Neo4j's minimum)");
        }

        Path confDir = home.resolve("conf");
        Path confFile = confDir.resolve("neo4j.conf");
        Path dataDir = home.resolve("data");
        Files.createDirectories(confDir);
        Files.createDirectories(dataDir);
        Files.createDirectories(home.resolve("run"));
        // Marker for scripts/neo4j.sh: written only once the password is in sync, so the start script never
        // probes with a password the server does not know yet (failed logins trigger Neo4j's auth rate limit).
        Path ready = home.resolve("run").resolve("kg-ready");
        Files.deleteIfExists(ready);
        // Regenerated on every start so the env vars stay the single source of truth.
        // KG_NEO4J_SETTINGS: extra neo4j.conf lines separated by ';' (server tuning experiments), last wins.
        String extra = String.join("\n", setting("KG_NEO4J_SETTINGS", "").split(";")).strip();
        Files.writeString(confFile, config(home, boltPort, httpPort, pageCache) + extra + (extra.isEmpty() ? "" : "\n"),
                StandardCharsets.UTF_8);

        // First start only: seed the initial user with the configured password (what `neo4j-admin dbms
        // set-initial-password` does), so the server never accepts the default neo4j/neo4j login.
        boolean firstStart = !Files.isDirectory(dataDir.resolve("databases").resolve("system"));
        if (firstStart) {
            int rc = new CommandLine(new SetInitialPasswordCommand(new ExecutionContext(home, confDir)))
                    .execute(password);
            if (rc != 0) {
                die(rc, "set-initial-password failed (exit " + rc + ")");
            }
        }

        CommunityBootstrapper boot = new CommunityBootstrapper();
        // The bootstrapper installs its own SIGTERM/SIGINT handlers (-> System.exit) and a JVM shutdown hook that
        // shuts the DBMS down cleanly and removes its pid file; a second hook of ours would race with it.
        // daemonMode=false keeps Neo4j's user log on stdout, which the start script redirects to a file.
        int rc = boot.start(home, confFile, Map.of(), false, false);
        if (rc != 0) {
            die(rc, "Neo4j failed to start (bootstrapper exit " + rc + "), see log above and "
                    + home.resolve("logs").resolve("debug.log"));
        }

        syncPassword(boot.getDatabaseManagementService(), password);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(ready);
            } catch (IOException ignored) {
                // best effort: the script also checks that the process is alive
            }
        }, "kg-ready-cleanup"));
        Files.writeString(ready, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);

        System.out.printf(Locale.ROOT,
                "kg-neo4j ready: bolt://127.0.0.1:%d  http://127.0.0.1:%d/browser/  user=%s  home=%s%n",
                boltPort, httpPort, USER, home);
        System.out.flush();

        // Park the main thread; SIGTERM exits the JVM and the bootstrapper's shutdown hook stops Neo4j.
        new CountDownLatch(1).await();
    }

    /**
     * Makes the configured password authoritative on every start, so changing KG_NEO4J_PASSWORD for an existing
     * data directory does not leave a confusing mismatch. Embedded system-db transactions run with full rights.
     */
    private static void syncPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            System.out.println("kg-neo4j: password of user '" + USER + "' set from KG_NEO4J_PASSWORD");
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            // Neo4j refuses to "change" a password to the same value: that is the normal, already-in-sync case.
            if (!msg.contains("cannot be the same")) {
                System.err.println("kg-neo4j: WARNING could not set password of user '" + USER + "': " + msg);
            }
        }
    }

    private static String config(Path home, int boltPort, int httpPort, String pageCache) {
        String bolt = "127.0.0.1:" + boltPort;
        String http = "127.0.0.1:" + httpPort;
        return String.join("\n",
                "# Generated by kg's neo4j launcher on every start; edits are overwritten.",
                "server.directories.data=" + home.resolve("data"),
                "server.directories.logs=" + home.resolve("logs"),
                "server.directories.run=" + home.resolve("run"),
                "server.directories.plugins=" + home.resolve("plugins"),
                "server.directories.import=" + home.resolve("import"),
                // Loopback only: a dev/CI database with a well-known password must not be reachable from outside.
                "server.default_listen_address=127.0.0.1",
                "server.default_advertised_address=127.0.0.1",
                "server.bolt.enabled=true",
                "server.bolt.listen_address=" + bolt,
                "server.bolt.advertised_address=" + bolt,
                "server.http.enabled=true",
                "server.http.listen_address=" + http,
                "server.http.advertised_address=" + http,
                "server.https.enabled=false",
                "dbms.security.auth_enabled=true",
                // Heap is set by -Xmx in scripts/neo4j.sh; keep the off-heap page cache small for laptops and CI.
                "server.memory.pagecache.size=" + pageCache,
                // Test databases churn a lot; don't keep days of transaction logs on disk, nor preallocate
                // 256 MB log files for each of the two databases.
                "db.tx_log.rotation.retention_policy=100M size",
                "db.tx_log.rotation.size=64M",
                // Server-side guards for analyst queries (kg query also checks them first): LOAD CSV may
                // not read server files nor fetch from any address, and no transaction runs for ever.
                "dbms.security.allow_csv_import_from_file_urls=false",
                "internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0",
                "db.transaction.timeout=300s",
                // No internet here: stop the server and Browser from phoning home.
                "dbms.usage_report.enabled=false",
                "client.allow_telemetry=false",
                // Netty waits 5 s per Bolt event-loop group (10 s total) after the databases are already
                // checkpointed and closed; 1 s makes `stop`/`restart` fast without risking data.
                "internal.dbms.bolt.netty_server_shutdown_quiet_period=1",
                "");
    }

    private static String setting(String name, String def) {
        String v = System.getProperty(name);
        if (v == null || v.isEmpty()) {
            v = System.getenv(name);
        }
        return v == null || v.isEmpty() ? def : v;
    }

    private static int port(String name, int def) {
        String v = setting(name, Integer.toString(def));
        try {
            int p = Integer.parseInt(v.trim());
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the error below
        }
        die(2, name + " must be a TCP port number, got '" + v + "'");
        return -1; // unreachable
    }

    private static void die(int code, String msg) {
        System.err.println("kg-neo4j: ERROR " + msg);
        System.exit(code);
    }
}
