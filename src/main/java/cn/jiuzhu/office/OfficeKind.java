package cn.jiuzhu.office;

import org.eclipse.microprofile.graphql.Description;

@Description("经办机构类别")
public enum OfficeKind {
    TOWNSHIP_OFFICE, // 乡镇人民政府/街道办事处: accepts, investigates, first review
    COUNTY_CIVIL_AFFAIRS, // 县级民政部门: verification, confirmation
    DEPARTMENT, // 教育、住建、医保等部门: special assistance
    HOTLINE_CENTRE, // 12349/12345 热线
    PROVINCE_CIVIL_AFFAIRS // 省级民政部门
}
