package org.disputedesk.crash;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * The crash scenario on H2 in file mode, in a fresh directory under target/. The URL carries the
 * same options as the application's own H2 URL in application.yaml (today {@code LOCK_TIMEOUT=10000;WRITE_DELAY=0}),
 * so the test checks the durability the application is configured with; {@code -Dcrash.h2.options=...}
 * replaces them.
 */
class CrashSafetyIT extends CrashScenario {

    private final Path dataDir = ServerProcess.freshDir("crash-h2-");

    @Override
    String name() {
        return "crash-h2";
    }

    @Override
    List<String> databaseArgs() {
        String options = System.getProperty("crash.h2.options", applicationH2Options());
        System.out.println("[crash-h2] H2 URL options: " + options);
        return List.of(
                "--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("crash") + (options.isEmpty() ? "" : ";"
                        + options));
    }

    /** What follows the database name in application.yaml's spring.datasource.url. */
    @SuppressWarnings("unchecked")
    private static String applicationH2Options() {
        try (InputStream in = CrashSafetyIT.class.getResourceAsStream("/application.yaml")) {
            if (in == null) {
                throw new IllegalStateException("application.yaml is not on the test classpath");
            }
            Map<String, Object> yaml = new Yaml().load(in);
            Map<String, Object> datasource = (Map<String, Object>) ((Map<String, Object>) yaml.get("spring"))
                    .get("datasource");
            String url = (String) datasource.get("url");
            if (url == null || !url.startsWith("jdbc:h2:")) {
                throw new IllegalStateException("application.yaml's datasource is no longer H2: " + url);
            }
            int semicolon = url.indexOf(';');
            return semicolon < 0 ? "" : url.substring(semicolon + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
