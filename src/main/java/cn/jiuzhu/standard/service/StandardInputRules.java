package cn.jiuzhu.standard.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.standard.CareTier;
import cn.jiuzhu.standard.Standard;
import cn.jiuzhu.standard.StandardFilingInput;

/**
 * A filed standard checked and turned into the rules' {@link Standard}, with a Chinese reason for each refusal.
 * Figures the county leaves out are those of the standard in force, so a filing that only raises the dibao
 * standard keeps the extreme-poverty amounts and bands as they are.
 */
public final class StandardInputRules {

    private static final Pattern AMOUNT = Pattern.compile("^\\d{1,7}(\\.\\d{1,2})?$");
    private static final Pattern FACTOR = Pattern.compile("^\\d{1,2}(\\.\\d{1,4})?$");
    private static final int MAX_REFERENCE = 300;

    private StandardInputRules() {
    }

    public static void checkEffectiveDate(LocalDate effectiveFrom, LocalDate today, LocalDate latestRecorded) {
        if (effectiveFrom.getDayOfMonth() != 1) {
            throw dateInvalid("执行日期应为某月1日");
        }
        if (effectiveFrom.isBefore(today.withDayOfMonth(1))) {
            throw dateInvalid("执行日期不能早于本月");
        }
        if (latestRecorded != null && !effectiveFrom.isAfter(latestRecorded)) {
            throw dateInvalid("执行日期应晚于现行标准的执行日期" + latestRecorded);
        }
    }

    public static Standard toStandard(StandardFilingInput in, Standard current) {
        if (in.reference() == null || in.reference().isBlank() || in.reference().length() > MAX_REFERENCE) {
            throw invalid("请填写制定标准的文件名称及文号（不超过" + MAX_REFERENCE + "字）");
        }
        BigDecimal dibao = amount("低保标准", in.dibaoMonthly());
        if (dibao.signum() <= 0) {
            throw invalid("低保标准应大于0");
        }
        List<Standard.Tier> tiers = new ArrayList<>();
        if (in.method() == Standard.Method.TIERS) {
            if (in.tiers() == null || in.tiers().isEmpty()) {
                throw invalid("按分档计算时请填写各档");
            }
            BigDecimal previous = BigDecimal.ZERO;
            for (StandardFilingInput.TierInput t : in.tiers()) {
                if (t == null) {
                    throw invalid("分档不能为空");
                }
                BigDecimal bound = amount("分档上限", t.maxPerCapitaIncome());
                BigDecimal pays = amount("分档金额", t.amountPerPerson());
                if (bound.compareTo(previous) <= 0 || bound.compareTo(dibao) > 0) {
                    throw invalid("各档上限应从低到高排列，且不超过低保标准");
                }
                if (pays.signum() <= 0 || pays.compareTo(dibao) > 0) {
                    throw invalid("每档金额应大于0且不超过低保标准");
                }
                tiers.add(new Standard.Tier(bound, pays));
                previous = bound;
            }
        } else if (in.tiers() != null && !in.tiers().isEmpty()) {
            throw invalid("按补差计算时不填写分档");
        }
        BigDecimal marginal = in.marginalMultiple() == null ? current == null ? null : current.marginalMultiple()
                : factor("低保边缘家庭倍数", in.marginalMultiple());
        if (marginal != null && marginal.compareTo(BigDecimal.ONE) <= 0) {
            throw invalid("低保边缘家庭倍数应大于1");
        }
        BigDecimal ratio = in.rigidExpenditureRatio() == null ? current == null ? null : current.rigidExpenditureRatio()
                : factor("刚性支出比例", in.rigidExpenditureRatio());
        BigDecimal disposable = or(in.lastYearPerCapitaDisposableIncome(), "上年度人均可支配收入",
                current == null ? null : current.lastYearPerCapitaDisposableIncome());
        BigDecimal consumption = or(in.lastYearPerCapitaConsumption(), "上年度人均消费支出",
                current == null ? null : current.lastYearPerCapitaConsumption());
        BigDecimal tekun = or(in.extremePovertyBasicMonthly(), "特困人员基本生活标准", current == null ? null : current.tekunBasicMonthly());
        Map<CareTier, BigDecimal> care = current == null ? Map.of() : current.tekunCareMonthly();
        if (in.extremePovertyCare() != null) {
            Map<CareTier, BigDecimal> given = new EnumMap<>(CareTier.class);
            for (StandardFilingInput.CareSupportInput c : in.extremePovertyCare()) {
                if (c == null) {
                    throw invalid("照料护理标准不能为空");
                }
                given.put(c.tier(), amount("照料护理标准", c.monthlyAmount()));
            }
            if (given.size() != CareTier.values().length || in.extremePovertyCare().size() != CareTier.values().length) {
                throw invalid("照料护理标准应按三个等级各填一项");
            }
            care = given;
        }
        List<Standard.AidBand> bands = current == null ? List.of() : current.temporaryAidBands();
        if (in.temporaryAidBands() != null) {
            List<Standard.AidBand> given = new ArrayList<>();
            for (StandardFilingInput.TemporaryAidBandInput b : in.temporaryAidBands()) {
                if (b == null || b.code().isBlank() || b.label().isBlank()) {
                    throw invalid("临时救助分档应填写代码和名称");
                }
                BigDecimal multiple = factor("临时救助分档倍数", b.maxMultiple());
                if (multiple.signum() <= 0) {
                    throw invalid("临时救助分档倍数应大于0");
                }
                given.add(new Standard.AidBand(b.code().strip(), b.label().strip(), multiple));
            }
            if (given.stream().map(Standard.AidBand::code).distinct().count() != given.size()) {
                throw invalid("临时救助分档代码不能重复");
            }
            bands = given;
        }
        return new Standard(in.regionCode(), in.area(), in.effectiveFrom(), in.reference().strip(), dibao, in.method(), tiers,
                marginal, ratio, disposable, consumption, tekun, care, bands);
    }

    private static BigDecimal or(String given, String name, BigDecimal current) {
        return given == null ? current : amount(name, given);
    }

    private static BigDecimal amount(String name, String value) {
        if (value == null || !AMOUNT.matcher(value.strip()).matches()) {
            throw invalid(name + "应为金额，例如669.00");
        }
        return new BigDecimal(value.strip());
    }

    private static BigDecimal factor(String name, String value) {
        if (value == null || !FACTOR.matcher(value.strip()).matches()) {
            throw invalid(name + "应为数字，例如1.5");
        }
        return new BigDecimal(value.strip());
    }

    private static ApiException invalid(String problem) {
        return new ApiException(ErrorCode.STANDARD_INVALID, Map.of("problem", problem));
    }

    private static ApiException dateInvalid(String problem) {
        return new ApiException(ErrorCode.EFFECTIVE_DATE_INVALID, Map.of("problem", problem));
    }
}
