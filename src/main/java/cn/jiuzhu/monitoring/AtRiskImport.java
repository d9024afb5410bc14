package cn.jiuzhu.monitoring;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("导入防返贫监测对象名单的结果")
public record AtRiskImport(
        @NonNull @Description("People added to the county's list") Integer imported,
        @NonNull @Description("People already on it, left as they were (a retried import adds nobody twice)") Integer alreadyListed) {
}
