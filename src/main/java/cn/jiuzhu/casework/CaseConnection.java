package cn.jiuzhu.casework;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.common.paging.PageInfo;

@Description("One page of cases, in the order the query returning it describes")
public record CaseConnection(@NonNull List<@NonNull AssistanceCase> nodes, @NonNull PageInfo pageInfo) {
}
