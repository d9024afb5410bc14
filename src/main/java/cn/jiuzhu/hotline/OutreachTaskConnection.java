package cn.jiuzhu.hotline;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.common.paging.PageInfo;

@Description("One page of a township's open outreach tasks, due first")
public record OutreachTaskConnection(@NonNull List<@NonNull OutreachTask> nodes, @NonNull PageInfo pageInfo) {
}
