package cn.jiuzhu.monitoring;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AtRiskPersonInput")
@Description("One person of a county's list of people at risk of falling back into poverty (防返贫监测对象)")
public record AtRiskPersonInput(@NonNull @Description("18-digit ID number") String idNumber,
        @NonNull @Description("Name, at most 50 characters") String name) {
}
