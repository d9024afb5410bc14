package cn.jiuzhu.servicelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

class ServiceListRulesTest {

    @Test
    void aFrequencyReadsAsTheHouseholdSaysIt() {
        assertThat(ServiceFrequency.of(2, ServicePeriod.WEEK, "次").label()).isEqualTo("每周2次");
        assertThat(ServiceFrequency.of(8, ServicePeriod.MONTH, "小时").label()).isEqualTo("每月8小时");
        assertThat(ServiceFrequency.of(1, ServicePeriod.DAY, "餐").label()).isEqualTo("每天1餐");
        assertThat(ServiceFrequency.of(1, ServicePeriod.ONCE, "期").label()).isEqualTo("共1期");
    }

    @Test
    void nineClassesEachWithItsChineseName() {
        assertThat(ServiceCategory.values()).hasSize(9);
        assertThat(ServiceCategory.CARE.label()).isEqualTo("照料护理");
        assertThat(ServiceCategory.DAILY_LIVING.label()).isEqualTo("生活服务");
    }

    @Test
    void anEntryIsStrippedAndItsQuantityBounded() {
        ServiceItemInput in = ServiceListRules.checked(new ServiceItemInput(" 助餐服务 ", ServiceCategory.DAILY_LIVING, " 长者食堂 ", " 餐 ", 1,
                ServicePeriod.DAY));
        assertThat(in.name()).isEqualTo("助餐服务");
        assertThat(in.provider()).isEqualTo("长者食堂");
        assertThat(in.unit()).isEqualTo("餐");
        assertThatThrownBy(() -> ServiceListRules.checked(new ServiceItemInput("助餐服务", ServiceCategory.DAILY_LIVING, "长者食堂", "餐", 0,
                ServicePeriod.DAY))).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThatThrownBy(() -> ServiceListRules.checked(new ServiceItemInput(" ", ServiceCategory.DAILY_LIVING, "长者食堂", "餐", 1,
                ServicePeriod.DAY))).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FIELD_REQUIRED));
        assertThatThrownBy(() -> ServiceListRules.checked(new ServiceItemInput("助餐服务", ServiceCategory.DAILY_LIVING, "长者食堂",
                "每份套餐按次计算的收费单位", 1, ServicePeriod.DAY))).isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.details()).containsEntry("field", "unit"));
    }
}
