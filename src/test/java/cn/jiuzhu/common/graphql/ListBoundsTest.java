package cn.jiuzhu.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The bounds say what the shipped data holds: measured here, so the figures and their reasons stay true. */
class ListBoundsTest {

    private static final Path DIVISIONS = Path.of("src", "main", "resources", "db", "migration", "V2__region_reference_data.sql");
    private static final Path CATALOGUE = Path.of("src", "main", "resources", "catalogue", "programmes.json");

    @Test
    void regionChildrenAreTheLargestInTheDivisionData() throws IOException {
        Matcher row = Pattern.compile("\\('(\\d+)','[^']*','\\w+',(?:'(\\d+)'|NULL)\\)")
                .matcher(Files.readString(DIVISIONS, StandardCharsets.UTF_8));
        Map<String, Integer> children = new HashMap<>();
        int provinces = 0;
        while (row.find()) {
            if (row.group(2) == null) {
                provinces++;
            } else {
                children.merge(row.group(2), 1, Integer::sum);
            }
        }
        int[] most = new int[ListBounds.REGION_CODE_LENGTHS.size()];
        children.forEach((parent, count) -> {
            int level = ListBounds.regionLevel(parent);
            most[level] = Math.max(most[level], count);
        });
        assertThat(provinces).isEqualTo(ListBounds.plainList("Query.provinces"));
        for (int level = 0; level < 3; level++) {
            assertThat(ListBounds.regionChildren(level)).as(ListBounds.REGION_CHILDREN.get(level).reason()).isEqualTo(most[level]);
        }
        assertThat(most[3]).as("villages are not shipped in the migration").isZero();
        assertThat(ListBounds.regionChildren(3)).isEqualTo(170).isEqualTo(ListBounds.REGION_CHILDREN_ANY_LEVEL.max());
        assertThat(ListBounds.regionChildren(-1)).isEqualTo(ListBounds.REGION_CHILDREN.stream().mapToInt(ListBounds.Bound::max).max().orElseThrow());
    }

    @Test
    void catalogueListsFitTheirBounds() throws IOException {
        JsonNode programmes = new ObjectMapper().readTree(CATALOGUE.toFile()).get("programmes");
        assertThat(programmes.size()).isLessThanOrEqualTo(ListBounds.plainList("Query.programmes"));
        for (JsonNode programme : programmes) {
            assertThat(programme.get("documents").size()).isLessThanOrEqualTo(ListBounds.plainList("ProgrammeInfo.documents"));
            assertThat(programme.get("questions").size()).isLessThanOrEqualTo(ListBounds.plainList("ProgrammeInfo.questions"))
                    .isLessThanOrEqualTo(ListBounds.plainList("ApplicationForm.answers"));
            assertThat(programme.get("timeLimits").size()).isLessThanOrEqualTo(ListBounds.plainList("ProgrammeInfo.timeLimits"));
            for (JsonNode question : programme.get("questions")) {
                int choices = question.has("choices") ? question.get("choices").size() : 0;
                assertThat(choices).isLessThanOrEqualTo(ListBounds.plainList("Question.choices"));
            }
        }
    }

    @Test
    void everyBoundHasAReasonAndNamesAFieldOfTheSchema() {
        ListBounds.PLAIN_LISTS.values().forEach(bound -> {
            assertThat(bound.reason()).isNotBlank();
            String[] typeAndField = bound.coordinates().split("\\.");
            var type = (graphql.schema.GraphQLObjectType) QueryCostTest.SCHEMA.getType(typeAndField[0]);
            assertThat(type).as(bound.coordinates()).isNotNull();
            assertThat(type.getFieldDefinition(typeAndField[1])).as(bound.coordinates()).isNotNull();
        });
    }
}
