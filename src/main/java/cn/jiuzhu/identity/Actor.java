package cn.jiuzhu.identity;

import java.util.Map;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

/** Who acts on a case: role, token subject, and the ID number (residents) or office (staff). */
public record Actor(Role role, String subject, String idNumber, String officeCode) {

    public static Actor resident(String subject, String idNumber) {
        return new Actor(Role.RESIDENT, subject, idNumber, null);
    }

    /** FORBIDDEN naming the operation, unless this person holds {@code role}: for work that only one role does. */
    public void requireRole(Role role, String operation) {
        if (this.role != role) {
            throw new ApiException(ErrorCode.FORBIDDEN, Map.of("operation", operation));
        }
    }
}
