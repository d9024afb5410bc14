package cn.jiuzhu.audit;

import java.util.Map;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.office.OfficeView;

/**
 * Which reads an auditor may list: those concerning cases in the jurisdiction of the auditor's office, and those
 * made by staff of offices inside it. A township office's jurisdiction is the cases it handles and the cases of its
 * township; a county bureau's, its county; a province's department, its province. A null part matches nothing.
 */
public record AuditScope(String handlingOfficeCode, String caseRegionPrefix, String caseCountyPrefix, String actorRegionPrefix) {

    public static AuditScope of(OfficeView office) {
        return switch (office.kind()) {
            case TOWNSHIP_OFFICE -> new AuditScope(office.code(), office.regionCode(), null, office.regionCode());
            case COUNTY_CIVIL_AFFAIRS, PROVINCE_CIVIL_AFFAIRS -> new AuditScope(null, null, office.regionCode(), office.regionCode());
            default -> throw new ApiException(ErrorCode.FORBIDDEN, Map.of("reason", "NOT_A_SUPERVISING_OFFICE",
                    "officeKind", office.kind().name()));
        };
    }
}
