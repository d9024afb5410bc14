package cn.jiuzhu.hotline;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How many calls of one category a hotline took on one day (China time)")
public record CallCount(@NonNull LocalDate day, @NonNull WorkOrderCategory category, @NonNull int count) {
}
