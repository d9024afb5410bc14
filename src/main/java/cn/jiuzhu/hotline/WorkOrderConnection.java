package cn.jiuzhu.hotline;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.common.paging.PageInfo;

@Description("One page of work orders; each query states its order")
public record WorkOrderConnection(@NonNull List<@NonNull WorkOrder> nodes, @NonNull PageInfo pageInfo) {
}
