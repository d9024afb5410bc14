package cn.jiuzhu.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Runs the operations the front ends ship (frontend-contract/operations), as they are written there. */
public final class Operations {

    public static final Path ROOT = Path.of("frontend-contract", "operations");

    private Operations() {
    }

    public static String document(String name) {
        try {
            return Files.readString(ROOT.resolve(name + ".graphql"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonPath miniapp(String operation, String token, Map<String, Object> variables) {
        return GraphQL.execute(document("miniapp/" + operation), variables, token);
    }

    public static JsonPath hotline(String operation, String token, Map<String, Object> variables) {
        return GraphQL.execute(document("hotline/" + operation), variables, token);
    }

    public static JsonPath admin(String operation, String token, Map<String, Object> variables) {
        return GraphQL.execute(document("admin/" + operation), variables, token);
    }

    public static JsonPath casework(String operation, String token, Map<String, Object> variables) {
        return GraphQL.execute(document("casework/" + operation), variables, token);
    }
}
