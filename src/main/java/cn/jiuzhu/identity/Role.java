package cn.jiuzhu.identity;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

import cn.jiuzhu.office.OfficeKind;

/**
 * Who may do what. A token carries the role's group name ({@code resident}, {@code caseworker}…) in
 * its {@code groups} claim; use the {@link Roles} constants in {@code @RolesAllowed}.
 */
@Description("角色")
public enum Role {
    RESIDENT(Roles.RESIDENT, Set.of()), // 居民（申请人）
    HOTLINE_OPERATOR(Roles.HOTLINE_OPERATOR, Set.of(OfficeKind.HOTLINE_CENTRE)), // 热线坐席
    CASEWORKER(Roles.CASEWORKER, Set.of(OfficeKind.TOWNSHIP_OFFICE)), // 乡镇（街道）经办人
    COUNTY_OFFICER(Roles.COUNTY_OFFICER, Set.of(OfficeKind.COUNTY_CIVIL_AFFAIRS)), // 县级民政部门工作人员
    DEPARTMENT_OFFICER(Roles.DEPARTMENT_OFFICER, Set.of(OfficeKind.DEPARTMENT)), // 教育、住建、医保等部门工作人员
    PROVINCIAL_OFFICER(Roles.PROVINCIAL_OFFICER, Set.of(OfficeKind.PROVINCE_CIVIL_AFFAIRS)), // 省级民政部门工作人员（标准备案审核）
    AUDITOR(Roles.AUDITOR, Set.of(OfficeKind.TOWNSHIP_OFFICE, OfficeKind.COUNTY_CIVIL_AFFAIRS,
            OfficeKind.PROVINCE_CIVIL_AFFAIRS)), // 个人信息保护监督人员：查阅本辖区个人信息查阅记录
    ADMIN(Roles.ADMIN, Set.of(OfficeKind.values())), // 系统管理员
    DATA_FEED(Roles.DATA_FEED, Set.of(OfficeKind.values())); // 数据共享接口（机器客户端）

    private final String group;
    private final Set<OfficeKind> officeKinds;

    Role(String group, Set<OfficeKind> officeKinds) {
        this.group = group;
        this.officeKinds = officeKinds;
    }

    /** The name in the token's groups claim. */
    public String group() {
        return group;
    }

    /** Staff roles work for one office, and the office must be of one of these kinds. */
    public boolean requiresOffice() {
        return this == HOTLINE_OPERATOR || this == CASEWORKER || this == COUNTY_OFFICER || this == DEPARTMENT_OFFICER
                || this == PROVINCIAL_OFFICER || this == AUDITOR;
    }

    public boolean acceptsOfficeKind(OfficeKind kind) {
        return officeKinds.contains(kind);
    }

    public Set<OfficeKind> officeKinds() {
        return officeKinds;
    }

    public static Optional<Role> ofGroup(String group) {
        return Arrays.stream(values()).filter(r -> r.group.equals(group)).findFirst();
    }
}
