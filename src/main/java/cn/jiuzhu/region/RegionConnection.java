package cn.jiuzhu.region;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.common.paging.PageInfo;

@Description("One page of regions")
public record RegionConnection(@NonNull List<@NonNull Region> nodes, @NonNull PageInfo pageInfo) {
}
