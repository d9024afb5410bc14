package cn.jiuzhu.programme;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A programme-specific question of the application form, asked besides the common household, income and property sections")
public record Question(
        @NonNull @Description("Stable key to submit the answer under, e.g. emergencyType") String key,
        @NonNull @Description("The question in Chinese, as shown to the resident") String label,
        @NonNull QuestionType type,
        @Description("Whether the form cannot be submitted without an answer") boolean required,
        @NonNull @Description("Options of a CHOICE question, in display order; empty for other types") List<@NonNull Choice> choices,
        @Description("A short Chinese explanation to show under the question, if any") String help) {

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
