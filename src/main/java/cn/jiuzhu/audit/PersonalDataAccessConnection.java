package cn.jiuzhu.audit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.common.paging.PageInfo;

@Description("One page of personal data accesses, newest first")
public record PersonalDataAccessConnection(@NonNull List<@NonNull PersonalDataAccess> nodes, @NonNull PageInfo pageInfo) {
}
