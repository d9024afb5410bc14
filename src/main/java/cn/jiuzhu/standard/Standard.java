package cn.jiuzhu.standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/**
 * One version of a local dibao standard (低保标准) and the figures that go with it, as dated data: it applies
 * from {@code effectiveFrom} in {@code regionCode} (county or city) and cites the document that set it, so
 * every amount computed with it can say which rule it used. A new version replaces it; it is never edited.
 *
 * @param dibaoMonthly yuan per person per month
 * @param method gap (补差) or tiers (分档), chosen by the county
 * @param tiers with {@link Method#TIERS}: ascending bounds, each at most the standard; the lowest-income tier
 *        usually pays the full standard
 * @param marginalMultiple marginal household (低保边缘家庭) below this multiple of the standard; 1.5 unless
 *        local rules say otherwise (some cities 2)
 * @param rigidExpenditureRatio rigid-expenditure hardship: 12 months' rigid spending over 12 months' income
 *        above this ratio, e.g. 0.5; null where not set
 * @param lastYearPerCapitaDisposableIncome last year's local per-capita disposable income, yuan per year;
 *        null where not set
 * @param lastYearPerCapitaConsumption last year's local per-capita consumption expenditure, yuan per year, the
 *        reference the dibao standard is set against (Shanxi: urban 30–40%, rural 45–55%); null where not set
 * @param tekunBasicMonthly extreme-poverty basic living support (基本生活标准), yuan per person per month; null where not set
 * @param tekunCareMonthly extreme-poverty care support (照料护理标准) per care tier, yuan per person per month
 * @param temporaryAidBands temporary-aid bands (临时救助分档), each capped at a multiple of the monthly dibao standard
 */
public record Standard(
        String regionCode,
        Area area,
        LocalDate effectiveFrom,
        String reference,
        BigDecimal dibaoMonthly,
        Method method,
        List<Tier> tiers,
        BigDecimal marginalMultiple,
        BigDecimal rigidExpenditureRatio,
        BigDecimal lastYearPerCapitaDisposableIncome,
        BigDecimal lastYearPerCapitaConsumption,
        BigDecimal tekunBasicMonthly,
        Map<CareTier, BigDecimal> tekunCareMonthly,
        List<AidBand> temporaryAidBands) {

    public static final BigDecimal DEFAULT_MARGINAL_MULTIPLE = new BigDecimal("1.5");

    @Name("StandardArea")
    @Description("城乡: which households a standard applies to")
    public enum Area {
        URBAN, // 城市
        RURAL, // 农村
        UNIFIED // 城乡统一
    }

    @Name("BenefitMethod")
    @Description("低保金计算办法")
    public enum Method {
        GAP, // 补差：(标准 − 人均收入) × 人数
        TIERS // 分档
    }

    /** Households whose per-capita monthly income is below {@code maxPerCapitaIncome} get {@code amountPerPerson}. */
    public record Tier(BigDecimal maxPerCapitaIncome, BigDecimal amountPerPerson) {

        public Tier {
            Objects.requireNonNull(maxPerCapitaIncome, "maxPerCapitaIncome");
            Objects.requireNonNull(amountPerPerson, "amountPerPerson");
        }
    }

    /**
     * A temporary-aid band: aid for a hardship of this kind is at most {@code maxMultiple} × the monthly dibao
     * standard, per household, once (e.g. 一般困难 up to 2 months, 较大困难 up to 6, 重大困难 up to 12).
     */
    public record AidBand(String code, String label, BigDecimal maxMultiple) {

        public AidBand {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            if (maxMultiple == null || maxMultiple.signum() <= 0) {
                throw new IllegalArgumentException("A band is capped at a positive multiple of the standard: " + maxMultiple);
            }
        }
    }

    public Standard {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(dibaoMonthly, "dibaoMonthly");
        Objects.requireNonNull(method, "method");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("A standard cites the document that set it");
        }
        if (dibaoMonthly.signum() <= 0 || dibaoMonthly.scale() > 2) {
            throw new IllegalArgumentException("A standard is a positive amount in yuan and fen: " + dibaoMonthly);
        }
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        if (method == Method.TIERS && tiers.isEmpty()) {
            throw new IllegalArgumentException("A tiered standard lists its tiers");
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (Tier tier : tiers) {
            if (tier.maxPerCapitaIncome().compareTo(previous) <= 0 || tier.maxPerCapitaIncome().compareTo(dibaoMonthly) > 0
                    || tier.amountPerPerson().signum() <= 0 || tier.amountPerPerson().compareTo(dibaoMonthly) > 0) {
                throw new IllegalArgumentException("Tiers rise in bound, stay within the standard and pay at most the standard: " + tier);
            }
            previous = tier.maxPerCapitaIncome();
        }
        tekunCareMonthly = tekunCareMonthly == null ? Map.of() : Map.copyOf(tekunCareMonthly);
        temporaryAidBands = temporaryAidBands == null ? List.of() : List.copyOf(temporaryAidBands);
        if (tekunBasicMonthly != null && tekunBasicMonthly.signum() <= 0
                || tekunCareMonthly.values().stream().anyMatch(v -> v.signum() < 0)) {
            throw new IllegalArgumentException("Extreme-poverty support amounts are positive");
        }
        if (temporaryAidBands.stream().map(AidBand::code).distinct().count() != temporaryAidBands.size()) {
            throw new IllegalArgumentException("Temporary-aid band codes are unique");
        }
        marginalMultiple = marginalMultiple == null ? DEFAULT_MARGINAL_MULTIPLE : marginalMultiple;
        if (marginalMultiple.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("The marginal multiple is above 1: " + marginalMultiple);
        }
    }

    /** A standard paid by the gap method, with the default marginal multiple. */
    public static Standard gap(String regionCode, Area area, LocalDate effectiveFrom, String reference, String dibaoMonthly) {
        return new Standard(regionCode, area, effectiveFrom, reference, new BigDecimal(dibaoMonthly), Method.GAP, List.of(),
                null, null, null, null, null, null, null);
    }

    public Standard withTiers(List<Tier> newTiers) {
        return new Standard(regionCode, area, effectiveFrom, reference, dibaoMonthly, Method.TIERS, newTiers,
                marginalMultiple, rigidExpenditureRatio, lastYearPerCapitaDisposableIncome, lastYearPerCapitaConsumption,
                tekunBasicMonthly, tekunCareMonthly, temporaryAidBands);
    }

    public Standard withMarginalMultiple(String multiple) {
        return new Standard(regionCode, area, effectiveFrom, reference, dibaoMonthly, method, tiers,
                new BigDecimal(multiple), rigidExpenditureRatio, lastYearPerCapitaDisposableIncome, lastYearPerCapitaConsumption,
                tekunBasicMonthly, tekunCareMonthly, temporaryAidBands);
    }

    public Standard withRigidExpenditure(String ratio, String perCapitaDisposableIncomePerYear) {
        return new Standard(regionCode, area, effectiveFrom, reference, dibaoMonthly, method, tiers,
                marginalMultiple, new BigDecimal(ratio), new BigDecimal(perCapitaDisposableIncomePerYear), lastYearPerCapitaConsumption,
                tekunBasicMonthly, tekunCareMonthly, temporaryAidBands);
    }

    /** Extreme-poverty support: the basic amount and the care amount of each tier, yuan per person per month. */
    public Standard withTekun(String basicMonthly, String selfReliant, String partlyDependent, String fullyDependent) {
        return new Standard(regionCode, area, effectiveFrom, reference, dibaoMonthly, method, tiers, marginalMultiple,
                rigidExpenditureRatio, lastYearPerCapitaDisposableIncome, lastYearPerCapitaConsumption, new BigDecimal(basicMonthly),
                Map.of(CareTier.SELF_RELIANT, new BigDecimal(selfReliant), CareTier.PARTLY_DEPENDENT, new BigDecimal(partlyDependent),
                        CareTier.FULLY_DEPENDENT, new BigDecimal(fullyDependent)),
                temporaryAidBands);
    }

    public Standard withTemporaryAidBands(List<AidBand> bands) {
        return new Standard(regionCode, area, effectiveFrom, reference, dibaoMonthly, method, tiers, marginalMultiple,
                rigidExpenditureRatio, lastYearPerCapitaDisposableIncome, lastYearPerCapitaConsumption, tekunBasicMonthly,
                tekunCareMonthly, bands);
    }
}
