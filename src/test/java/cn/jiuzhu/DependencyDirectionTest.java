package cn.jiuzhu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The capabilities are floors, and code only looks down: a class of one capability names a class of another only if
 * that one stands on a lower floor. Effects that must run upwards (an approval gives a benefit amount; a filing moves
 * amounts in payment) go through a seam the lower capability owns and the higher one implements. Read from the source
 * files themselves (imports and fully qualified names), so a new upward arrow fails here before a reviewer sees it.
 */
class DependencyDirectionTest {

    /** Lowest first. Capabilities on the same floor do not know each other. */
    static final List<Set<String>> FLOORS = List.of(
            Set.of("common", "programme"),
            Set.of("region"),
            Set.of("office"),
            Set.of("identity"),
            Set.of("audit", "calendar", "notification", "routing", "servicelist", "standard", "workflow"),
            Set.of("casework"),
            Set.of("application"),
            Set.of("attachment"),
            Set.of("benefit", "referral", "hotline", "charity"),
            Set.of("casefile"),
            Set.of("monitoring"));

    /** API classes (graphql, rest) of any capability ask identity who is calling, as the door of every room. */
    static final String DOOR = "identity";

    private static final Path SOURCES = Path.of("src", "main", "java", "cn", "jiuzhu");
    private static final Pattern REFERENCE = Pattern.compile("\\bcn\\.jiuzhu\\.([a-z]+)\\.");

    @Test
    void everyCapabilityStandsOnAFloor() {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(packages).allSatisfy(p -> assertThat(floor(p)).as("floor of %s (add it to FLOORS)", p).isNotNegative());
    }

    @Test
    void noClassNamesACapabilityAboveItsOwn() {
        List<String> upward = new ArrayList<>();
        references().forEach((file, names) -> {
            String from = capabilityOf(file);
            for (String to : names) {
                if (!allowed(from, isApi(file), to)) {
                    upward.add(SOURCES.relativize(file) + " -> " + to);
                }
            }
        });
        assertThat(upward).as("classes naming a capability on a floor above or beside their own").isEmpty();
    }

    @Test
    void theApprovalAndFilingPathsRunDownwards() {
        assertThat(allowed("casework", false, "benefit")).as("casework must not call benefit on approval").isFalse();
        assertThat(allowed("standard", false, "benefit")).as("a filing must not call benefit").isFalse();
        assertThat(allowed("standard", false, "casework")).isFalse();
        assertThat(allowed("benefit", false, "standard")).isTrue();
        assertThat(allowed("benefit", false, "casework")).isTrue();
        assertThat(allowed("casework", true, "application")).as("the case view is composed above casework").isFalse();
        assertThat(allowed("office", true, DOOR)).isTrue();
        assertThat(allowed("office", false, DOOR)).as("only API classes use the door from below it").isFalse();
    }

    static boolean allowed(String from, boolean api, String to) {
        if (from.equals(to)) {
            return true;
        }
        if (api && to.equals(DOOR)) {
            return true;
        }
        return floor(to) >= 0 && floor(to) < floor(from);
    }

    private static int floor(String capability) {
        for (int i = 0; i < FLOORS.size(); i++) {
            if (FLOORS.get(i).contains(capability)) {
                return i;
            }
        }
        return -1;
    }

    private static String capabilityOf(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }

    private static boolean isApi(Path file) {
        Path inCapability = SOURCES.relativize(file);
        return inCapability.getNameCount() > 2 && Set.of("graphql", "rest").contains(inCapability.getName(1).toString());
    }

    /** Each source file with the capabilities it names, its own package line aside. */
    private static Map<Path, Set<String>> references() {
        Map<Path, Set<String>> result = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Set<String> names = new TreeSet<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("package ")) {
                        continue;
                    }
                    Matcher m = REFERENCE.matcher(line);
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                }
                result.put(file, names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
