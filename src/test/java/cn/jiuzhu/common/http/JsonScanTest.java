package cn.jiuzhu.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.http.JsonScan.Outcome;

class JsonScanTest {

    @Test
    void countsNestingOutsideStringsOnly() {
        assertThat(scan("{\"a\":[[1,{\"b\":[]}]]}", 5)).isEqualTo(Outcome.CLEAN);
        assertThat(scan("{\"a\":[[1,{\"b\":[]}]]}", 4)).isEqualTo(Outcome.TOO_DEEP);
        assertThat(scan("[[],[],[],[]]", 2)).as("siblings are not deeper").isEqualTo(Outcome.CLEAN);
        assertThat(scan("{\"a\":\"[[[[{{{{\"}", 1)).isEqualTo(Outcome.CLEAN);
        assertThat(scan("{\"a\":\"\\\"[[[[\"}", 1)).as("an escaped quote does not end the string").isEqualTo(Outcome.CLEAN);
        assertThat(scan("[".repeat(100_000), 32)).isEqualTo(Outcome.TOO_DEEP);
    }

    @Test
    void findsRefusedCharactersRawOrEscaped() {
        assertThat(scan("{\"a\":\"张三\\n\\t\\u0009\"}", 8)).isEqualTo(Outcome.CLEAN);
        assertThat(scan("{\"a\":\"张\\u0000三\"}", 8)).isEqualTo(Outcome.SUSPECT_TEXT);
        assertThat(scan("{\"a\":\"张\u0000三\"}", 8)).isEqualTo(Outcome.SUSPECT_TEXT);
        assertThat(scan("{\"a\":\"张\u202E三\"}", 8)).isEqualTo(Outcome.SUSPECT_TEXT);
        assertThat(scan("{\"a\":\"张\\u202e三\"}", 8)).isEqualTo(Outcome.SUSPECT_TEXT);
        assertThat(scan("{\"a\":\"\u0085\"}", 8)).isEqualTo(Outcome.SUSPECT_TEXT);
        assertThat(scan("{\"a\":\"\\uD83D\\uDE00😀\"}", 8)).as("pairs are characters").isEqualTo(Outcome.CLEAN);
        assertThat(scan("{\"a\":\"\\uD83D张\"}", 8)).isEqualTo(Outcome.SUSPECT_TEXT);
        assertThat(scan("{\"a\":\"\\uDE00\"}", 8)).isEqualTo(Outcome.SUSPECT_TEXT);
        assertThat(scan("{\"a\\u0000\":1}", 8)).as("keys are strings too").isEqualTo(Outcome.SUSPECT_TEXT);
    }

    @Test
    void anOverlongEncodingOfNulIsStillNul() {
        byte[] json = { '{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0x80, '"', '}' };
        assertThat(JsonScan.scan(json, 8)).isEqualTo(Outcome.SUSPECT_TEXT);
    }

    @Test
    void brokenUtf8DoesNotSwallowTheClosingQuote() {
        byte[] json = ("{\"a\":\"x\u00E9\"," + "\"b\":" + "[".repeat(10) + "]".repeat(10) + "}").getBytes(StandardCharsets.UTF_8);
        // A three-byte sequence cut short by the closing quote.
        json[7] = (byte) 0xE2;
        json[8] = (byte) 0x80;
        assertThat(JsonScan.scan(json, 4)).isEqualTo(Outcome.TOO_DEEP);
    }

    private static Outcome scan(String json, int maxDepth) {
        return JsonScan.scan(json.getBytes(StandardCharsets.UTF_8), maxDepth);
    }
}
