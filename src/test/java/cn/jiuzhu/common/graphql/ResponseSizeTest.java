package cn.jiuzhu.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The size estimate is close to the JSON a client receives, and stops walking once past the limit. */
class ResponseSizeTest {

    @Test
    void theEstimateIsWithinOnePercentOfTheJson() throws JsonProcessingException {
        Map<String, Object> data = regions(200);
        long json = new ObjectMapper().writeValueAsString(data).getBytes(StandardCharsets.UTF_8).length;
        assertThat((double) ResponseSize.estimate(data, Long.MAX_VALUE)).isCloseTo(json, within(json * 0.01));
    }

    @Test
    void theWalkStopsOncePastTheLimit() {
        Map<String, Object> data = regions(10_000);
        long whole = ResponseSize.estimate(data, Long.MAX_VALUE);
        long stopped = ResponseSize.estimate(data, 2_000);
        assertThat(stopped).isGreaterThan(2_000).isLessThan(2_200);
        assertThat(whole).isGreaterThan(100 * stopped);
        assertThat(ResponseSize.exceeds(data, whole - 1)).isTrue();
        assertThat(ResponseSize.exceeds(data, whole)).isFalse();
    }

    private static Map<String, Object> regions(int count) {
        List<Object> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("code", "410305" + String.format("%03d", i % 1000));
            region.put("name", "湖北路街道");
            region.put("level", "TOWNSHIP");
            region.put("urbanRural", null);
            region.put("householdSize", i);
            region.put("overdue", i % 2 == 0);
            children.add(region);
        }
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("code", "410305");
        region.put("children", children);
        return Map.of("region", region);
    }
}
