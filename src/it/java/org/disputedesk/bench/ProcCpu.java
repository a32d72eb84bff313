package org.disputedesk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time that the JVM's own figures do not split out, read from Linux's {@code /proc}: this
 * process's JIT compiler threads and garbage collector's threads, and the processes of a
 * PostgreSQL server on this machine, which share the two cores with the benchmark. Zero where
 * there is no {@code /proc}. A backend that ends during a measurement takes its CPU with it; the
 * pool's connections stay open throughout.
 */
final class ProcCpu {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ), 100 on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcCpu() {
    }

    /** CPU seconds so far of the compiler threads, the collector's and the PostgreSQL server's processes. */
    record Sample(double compilerSeconds, double gcSeconds, double postgresSeconds) {
        Sample minus(Sample earlier) {
            return new Sample(compilerSeconds - earlier.compilerSeconds, gcSeconds - earlier.gcSeconds,
                    postgresSeconds - earlier.postgresSeconds);
        }

        Sample plus(Sample other) {
            return new Sample(compilerSeconds + other.compilerSeconds, gcSeconds + other.gcSeconds,
                    postgresSeconds + other.postgresSeconds);
        }
    }

    static Sample now() {
        Map<String, Long> threads = ticksByName(Path.of("/proc/self/task"));
        // The kernel keeps the first 15 characters of a thread's name: "C2 CompilerThre". The
        // collector's are "GC Thread#N" and G1's own ("G1 Conc#0", "G1 Refine#0", ...); the VM
        // Thread runs the safepoints, and every collection of the serial collector.
        return new Sample(seconds(threads, name -> name.matches("C[12] CompilerThre.*")),
                seconds(threads, name -> name.startsWith("GC Thread") || name.startsWith("G1 ")
                        || name.equals("VM Thread")),
                seconds(ticksByName(Path.of("/proc")), "postgres"::equals));
    }

    /** The processor's model as Linux names it, to tell runs on different machines apart; "" without it. */
    static String model() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static double seconds(Map<String, Long> ticksByName, Predicate<String> command) {
        return ticksByName.entrySet().stream().filter(e -> command.test(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum() / TICKS_PER_SECOND;
    }

    /** User and system clock ticks of the tasks (threads or processes) under {@code dir}, summed by name. */
    private static Map<String, Long> ticksByName(Path dir) {
        Map<String, Long> ticks = new HashMap<>();
        File[] entries = dir.toFile().listFiles((d, name) -> name.chars().allMatch(Character::isDigit));
        if (entries == null) {
            return ticks;
        }
        for (File entry : entries) {
            try {
                String stat = Files.readString(entry.toPath().resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum); // utime + stime
            } catch (IOException e) {
                // it ended between the listing and the read
            }
        }
        return ticks;
    }
}
