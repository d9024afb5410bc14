package cn.jiuzhu.standard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.common.money.Yuan;

/** One dated version of a local standard as the API shows it; {@link #rule()} is what the benefit rules compute with. */
@Description("低保标准及相关标准的一个版本：适用地区、城乡、起始日期和依据文件。Amounts are yuan as decimal strings.")
public record StandardVersion(
        @Id @Description("Null for a standard filed but not yet accepted") UUID id,
        @NonNull @Description("County (6 digits) or city (4 digits) it applies in") String regionCode,
        @NonNull Standard.Area area,
        @NonNull @Description("Applies from this day (always the first of a month)") LocalDate effectiveFrom,
        @NonNull @Description("The document that set it (文件名称及文号)") String reference,
        @NonNull @Description("低保标准: yuan per person per month") String dibaoMonthly,
        @NonNull Standard.Method method,
        @NonNull @Description("分档: with method TIERS, ascending") List<@NonNull StandardTier> tiers,
        @NonNull @Description("低保边缘家庭: per-capita income below this multiple of the standard, e.g. \"1.5\"") String marginalMultiple,
        @Description("刚性支出困难家庭: rigid spending over income above this share, e.g. \"0.5\"") String rigidExpenditureRatio,
        @Description("上年度当地居民人均可支配收入, yuan per year") String lastYearPerCapitaDisposableIncome,
        @Description("上年度当地居民人均消费支出, yuan per year: what the dibao standard is set against") String lastYearPerCapitaConsumption,
        @Description("特困人员基本生活标准, yuan per person per month") String extremePovertyBasicMonthly,
        @NonNull @Description("特困人员照料护理标准 by care tier, yuan per person per month") List<@NonNull CareSupport> extremePovertyCare,
        @NonNull @Description("临时救助分档: each band's cap as a multiple of the monthly dibao standard") List<@NonNull TemporaryAidBand> temporaryAidBands,
        @Id @Description("The filing (备案) it came from; null for standards recorded before filings") UUID filingId,
        @Ignore Standard rule) {

    @Description("一档：人均月收入低于上限的家庭每人每月领取的金额")
    public record StandardTier(@NonNull String maxPerCapitaIncome, @NonNull String amountPerPerson) {
    }

    @Description("一个照料护理等级的照料护理标准")
    public record CareSupport(@NonNull CareTier tier, @NonNull String monthlyAmount) {
    }

    @Description("临时救助的一档")
    public record TemporaryAidBand(@NonNull String code, @NonNull @Description("e.g. 重大困难") String label,
            @NonNull @Description("Cap as a multiple of the monthly dibao standard") String maxMultiple,
            @NonNull @Description("The cap in yuan: multiple × standard, rounded to the fen") String maxAmount) {
    }

    public static StandardVersion of(UUID id, UUID filingId, Standard s) {
        return new StandardVersion(id, s.regionCode(), s.area(), s.effectiveFrom(), s.reference(), Yuan.format(s.dibaoMonthly()),
                s.method(),
                s.tiers().stream().map(t -> new StandardTier(Yuan.format(t.maxPerCapitaIncome()), Yuan.format(t.amountPerPerson()))).toList(),
                s.marginalMultiple().stripTrailingZeros().toPlainString(),
                s.rigidExpenditureRatio() == null ? null : s.rigidExpenditureRatio().stripTrailingZeros().toPlainString(),
                Yuan.format(s.lastYearPerCapitaDisposableIncome()), Yuan.format(s.lastYearPerCapitaConsumption()), Yuan.format(s.tekunBasicMonthly()),
                Arrays.stream(CareTier.values()).filter(s.tekunCareMonthly()::containsKey)
                        .map(t -> new CareSupport(t, Yuan.format(s.tekunCareMonthly().get(t)))).toList(),
                s.temporaryAidBands().stream().map(b -> new TemporaryAidBand(b.code(), b.label(),
                        b.maxMultiple().stripTrailingZeros().toPlainString(),
                        Yuan.format(Yuan.toFen(b.maxMultiple().multiply(s.dibaoMonthly()))))).toList(),
                filingId, s);
    }
}
