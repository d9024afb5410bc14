package cn.jiuzhu.servicelist;

import java.util.Map;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.validation.PlainText;
import cn.jiuzhu.common.validation.TextInput;

/** What an entry of a service list may hold, checked before anything is written. Plain Java. */
public final class ServiceListRules {

    /** Offered entries of one county: a list the household and the office can still read through; dozens in practice. */
    public static final int MAX_OFFERED = 100;
    static final int MAX_NAME = 50;
    static final int MAX_PROVIDER = 100;
    static final int MAX_UNIT = 10;
    static final int MAX_COUNT = 99;

    private ServiceListRules() {
    }

    /** The entry as it will be stored: names stripped and on one line, a quantity of 1 to 99. */
    public static ServiceItemInput checked(ServiceItemInput in) {
        String name = name("name", "服务名称", in.name(), MAX_NAME);
        String provider = name("provider", "服务提供方", in.provider(), MAX_PROVIDER);
        String unit = name("unit", "计量单位", in.unit(), MAX_UNIT);
        if (in.frequencyCount() < 1 || in.frequencyCount() > MAX_COUNT) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "frequencyCount", "min", 1, "max", MAX_COUNT));
        }
        return new ServiceItemInput(name, in.category(), provider, unit, in.frequencyCount(), in.frequencyPeriod());
    }

    private static String name(String field, String fieldName, String value, int maxLength) {
        PlainText.requireName(field, value);
        return TextInput.required(field, fieldName, value, maxLength);
    }
}
