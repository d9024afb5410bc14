package cn.jiuzhu.application;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Something still wrong or missing in a draft, to show next to the field")
public record FormProblem(
        @NonNull @Description("Path of the field, e.g. members[1].idNumber or answers.emergencyType") String field,
        @NonNull @Description("Error code it would be refused with") String code,
        @NonNull @Description("Chinese text for the person") String message) {
}
