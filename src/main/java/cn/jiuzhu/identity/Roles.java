package cn.jiuzhu.identity;

/** Group names as compile-time constants, for {@code @RolesAllowed}. Keep in step with {@link Role}. */
public final class Roles {
    public static final String RESIDENT = "resident";
    public static final String HOTLINE_OPERATOR = "hotline_operator";
    public static final String CASEWORKER = "caseworker";
    public static final String COUNTY_OFFICER = "county_officer";
    public static final String DEPARTMENT_OFFICER = "department_officer";
    public static final String PROVINCIAL_OFFICER = "provincial_officer";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String DATA_FEED = "data_feed";

    private Roles() {
    }
}
