package cn.jiuzhu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One data-access style (decision 0019), read from the sources: statements run only in repositories, nobody waits for
 * the database except at start-up and shutdown, and no second persistence stack comes back.
 */
class DataAccessStyleTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "cn", "jiuzhu");

    @Test
    void onlyRepositoriesRunStatements() {
        // graphql-java's schema builder sets the root query type with builder.query(…): not a statement.
        assertThat(filesWhere(text -> text.contains(".preparedQuery(") || text.replace("builder.query(", "").contains(".query(")))
                .allSatisfy(file -> assertThat(file.getFileName().toString()).as(file.toString()).endsWith("Repository.java"))
                .isNotEmpty();
    }

    @Test
    void nothingWaitsForTheDatabaseOutsideStartUpAndShutdown() {
        assertThat(filesWhere(text -> text.contains(".await()") || text.contains("AndAwait(")))
                .allSatisfy(file -> assertThat(read(file)).as(file.toString())
                        .containsPattern("@Observes (StartupEvent|ShutdownEvent)"));
    }

    @Test
    void noEntityOrSessionStackBesideTheSqlClient() {
        assertThat(filesWhere(text -> text.contains("jakarta.persistence") || text.contains("io.quarkus.hibernate")
                || text.contains("org.hibernate.reactive"))).isEmpty();
    }

    private static List<Path> filesWhere(Predicate<String> condition) {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> condition.test(read(f))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
