package cn.jiuzhu.programme;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One option of a CHOICE question")
public record Choice(
        @NonNull @Description("Stable value to submit, e.g. FIRE") String value,
        @NonNull @Description("Chinese text to show, e.g. 火灾") String label) {
}
