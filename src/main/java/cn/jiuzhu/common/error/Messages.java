package cn.jiuzhu.common.error;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resident-facing Chinese texts: each {@link ErrorCode}'s message ({@code messages/errors.properties})
 * and the other things a resident reads ({@code messages/resident.properties}), both UTF-8. {@code {name}} placeholders are filled from the
 * error's details, so "请选择{expectedLevelName}" reads naturally without string building in services.
 */
public final class Messages {

    private static final String BUNDLE = "messages/errors.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final String RESIDENT_BUNDLE = "messages/resident.properties";
    private static final Properties TEXTS = load(BUNDLE);
    private static final Properties RESIDENT_TEXTS = load(RESIDENT_BUNDLE);

    private Messages() {
    }

    public static String of(ErrorCode code, Map<String, ?> details) {
        String template = TEXTS.getProperty(code.name());
        if (template == null) {
            throw new IllegalStateException("No message for error code " + code + " in " + BUNDLE);
        }
        return fill(template, details);
    }

    /** A resident-facing text that is not an error (notifications, next steps), by key. */
    public static String text(String key, Map<String, ?> details) {
        String template = RESIDENT_TEXTS.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("No text " + key + " in " + RESIDENT_BUNDLE);
        }
        return fill(template, details);
    }

    private static String fill(String template, Map<String, ?> details) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = details == null ? null : details.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static String of(ErrorCode code) {
        return of(code, Map.of());
    }

    /** Codes whose text is missing from the bundle; a unit test keeps this empty. */
    static List<ErrorCode> missing() {
        return Arrays.stream(ErrorCode.values()).filter(c -> !TEXTS.containsKey(c.name())).toList();
    }

    private static Properties load(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(bundle)) {
            if (in == null) {
                throw new IllegalStateException(bundle + " is not on the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
