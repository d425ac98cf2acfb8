package kg.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Starts Neo4j Community embedded with only the Bolt connector on 127.0.0.1, so kg's tests
 * run against a real server without a Neo4j install. Prints exactly one line on stdout,
 * the Bolt URI, once the server accepts connections; it then runs until killed (SIGTERM
 * shuts it down cleanly) or, with --stop-on-eof, until its stdin closes.
 *
 * Options: --home DIR (required; data and logs go there), --import-dir DIR (LOAD CSV
 * file:/// root; default HOME/import), --port N (0 = any free port), --password PW
 * (user neo4j; "none" disables auth; default kg-test-password), --conf KEY=VALUE (any
 * neo4j.conf setting, repeatable), --stop-on-eof.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Path home = null;
        Path importDir = null;
        int port = 0;
        String password = "kg-test-password";
        boolean stopOnEof = false;
        Map<String, String> raw = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[++i]);
                case "--import-dir" -> importDir = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--password" -> password = args[++i];
                case "--stop-on-eof" -> stopOnEof = true;
                case "--conf" -> {
                    String kv = args[++i];
                    int eq = kv.indexOf('=');
                    if (eq < 1) {
                        System.err.println("neo4j-launcher: --conf needs KEY=VALUE, got " + kv);
                        System.exit(2);
                    }
                    raw.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                default -> {
                    System.err.println("neo4j-launcher: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (home == null) {
            System.err.println("neo4j-launcher: --home DIR is required");
            System.exit(2);
        }
        home = home.toAbsolutePath();
        importDir = (importDir == null ? home.resolve("import") : importDir).toAbsolutePath();
        Files.createDirectories(importDir);
        boolean auth = !"none".equals(password);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.allow_file_urls, true)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.udc_enabled, false);
        Config parsed = Config.newBuilder().setRaw(raw).build(); // validates names and values
        for (String key : raw.keySet()) {
            Setting<Object> setting = parsed.getSetting(key);
            builder.setConfig(setting, parsed.get(setting));
        }
        DatabaseManagementService dbms = builder.build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (auth) {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        }
        int boltPort = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        System.out.println("bolt://127.0.0.1:" + boltPort);
        System.out.flush();

        if (stopOnEof) {
            waitForEof(System.in);
            System.exit(0);
        }
        Thread.currentThread().join();
    }

    private static void waitForEof(InputStream in) {
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // discard: only the end of the stream matters
            }
        } catch (IOException e) {
            // a broken pipe means the parent is gone: stop as well
        }
    }
}
