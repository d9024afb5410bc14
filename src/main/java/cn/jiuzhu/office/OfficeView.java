package cn.jiuzhu.office;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An office as the API shows it. */
@Name("Office")
@Description("经办机构: a township/street office, county civil affairs bureau, department or hotline centre")
public record OfficeView(
        @NonNull @Description("Stable office code carried in staff tokens, e.g. 410305001 or 410305-MZ") String code,
        @NonNull String name,
        @NonNull OfficeKind kind,
        @NonNull @Description("Code of the region the office is responsible for") String regionCode,
        @Description("For departments only") Department department,
        @NonNull @Description("County bureaus: dibao confirmation delegated to the townships (委托乡镇审核确认)") boolean delegatesDibaoConfirmation) {
}
