package cn.jiuzhu.casework;

import cn.jiuzhu.identity.Role;

/** Who is responsible for a step of a procedure, and the role a person there holds. */
public enum Responsible {
    HOUSEHOLD(Role.RESIDENT), // 申请家庭
    TOWNSHIP(Role.CASEWORKER), // 乡镇（街道）: the case's assigned office
    COUNTY(Role.COUNTY_OFFICER), // 县级民政部门 of the case's county
    DEPARTMENT(Role.DEPARTMENT_OFFICER); // 相关部门: the case's assigned department office

    private final Role role;

    Responsible(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
