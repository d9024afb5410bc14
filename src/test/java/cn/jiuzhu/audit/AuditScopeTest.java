package cn.jiuzhu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.office.Department;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.OfficeView;

class AuditScopeTest {

    @Test
    void aTownshipOfficeSupervisesTheCasesItHandlesThoseOfItsTownshipAndItsOwnStaff() {
        assertThat(AuditScope.of(office("410305001", OfficeKind.TOWNSHIP_OFFICE, "410305001")))
                .isEqualTo(new AuditScope("410305001", "410305001", null, "410305001"));
    }

    @Test
    void aCountyBureauAndAProvinceSuperviseTheCasesOfTheirPlaceAndTheStaffOfOfficesInIt() {
        assertThat(AuditScope.of(office("410305-MZ", OfficeKind.COUNTY_CIVIL_AFFAIRS, "410305")))
                .isEqualTo(new AuditScope(null, null, "410305", "410305"));
        assertThat(AuditScope.of(office("41-MZ", OfficeKind.PROVINCE_CIVIL_AFFAIRS, "41")))
                .isEqualTo(new AuditScope(null, null, "41", "41"));
    }

    @Test
    void hotlinesAndDepartmentsSuperviseNobody() {
        for (OfficeView office : new OfficeView[] { office("4103-12345", OfficeKind.HOTLINE_CENTRE, "4103"),
                new OfficeView("410305-JY", "教育局", OfficeKind.DEPARTMENT, "410305", Department.EDUCATION, false) }) {
            assertThatThrownBy(() -> AuditScope.of(office)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        }
    }

    private static OfficeView office(String code, OfficeKind kind, String region) {
        return new OfficeView(code, code, kind, region, null, false);
    }
}
