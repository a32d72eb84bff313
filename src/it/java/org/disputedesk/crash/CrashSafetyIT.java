package org.disputedesk.crash;

import java.nio.file.Path;
import java.util.List;

/**
 * The crash scenario on H2 in file mode, in a fresh directory under target/, with the URL an
 * operator would write ({@code jdbc:h2:file:/srv/...}, no options): the durability must not
 * depend on the URL's options. {@code -Dcrash.h2.options=...} adds options, e.g. those of
 * application.yaml's own URL.
 */
class CrashSafetyIT extends CrashScenario {

    private final Path dataDir = ServerProcess.freshDir("crash-h2-");

    @Override
    String name() {
        return "crash-h2";
    }

    @Override
    List<String> databaseArgs() {
        String options = System.getProperty("crash.h2.options", "");
        System.out.println("[crash-h2] H2 URL options: " + options);
        return List.of(
                "--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("crash") + (options.isEmpty() ? "" : ";"
                        + options));
    }
}
