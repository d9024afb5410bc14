package cn.jiuzhu.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Standard is a floor below benefit and casework: benefit computes amounts with standards, and a filing reaches the
 * households in payment only through {@code HouseholdsInPayment}, which benefit implements. Nothing in standard
 * names a type of either, imported or written out in full.
 */
class StandardFloorTest {

    private static final Path STANDARD = Path.of("src/main/java/cn/jiuzhu/standard");

    @Test
    void standardNamesNothingOfBenefitOrCasework() throws IOException {
        try (Stream<Path> files = Files.walk(STANDARD)) {
            List<String> upward = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> lines(p).filter(l -> l.contains("cn.jiuzhu.benefit.") || l.contains("cn.jiuzhu.casework."))
                            .map(l -> STANDARD.relativize(p) + ": " + l.strip()))
                    .toList();
            assertThat(upward).isEmpty();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
