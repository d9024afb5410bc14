package cn.jiuzhu.referral;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.common.paging.PageInfo;

@Description("One page of a department's referrals, oldest due first")
public record ReferralConnection(@NonNull List<@NonNull Referral> nodes, @NonNull PageInfo pageInfo) {
}
