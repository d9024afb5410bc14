package cn.jiuzhu.common.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page ends. Pass endCursor as `after` to get the next page.")
public record PageInfo(
        @Description("Opaque cursor of the last item on this page; null when the page is empty") String endCursor,
        @NonNull @Description("True when more items follow this page") boolean hasNextPage) {
}
