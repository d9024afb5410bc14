package cn.jiuzhu.standard;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;


/** A new standard as a county files it; what it leaves out is carried over from the version in force. */
@Input("StandardFilingInput")
@Description("拟调整的标准。Amounts are yuan as decimal strings. Optional figures left out keep the values of the standard in force.")
public record StandardFilingInput(
        @NonNull @Description("The county (6 digits) of the filing officer's bureau") String regionCode,
        @NonNull Standard.Area area,
        @NonNull @Description("The first day of a month, not before the current month") LocalDate effectiveFrom,
        @NonNull @Description("The document that sets it (文件名称及文号)") String reference,
        @NonNull @Description("低保标准, yuan per person per month") String dibaoMonthly,
        @NonNull Standard.Method method,
        @Description("With method TIERS: ascending bounds, each at most the standard") List<TierInput> tiers,
        @Description("e.g. \"1.5\" or \"2\"") String marginalMultiple,
        @Description("e.g. \"0.5\"") String rigidExpenditureRatio,
        @Description("yuan per year") String lastYearPerCapitaDisposableIncome,
        @Description("yuan per year") String lastYearPerCapitaConsumption,
        @Description("yuan per person per month") String extremePovertyBasicMonthly,
        @Description("One amount per care tier, all three") List<CareSupportInput> extremePovertyCare,
        List<TemporaryAidBandInput> temporaryAidBands) {

    @Input("StandardTierInput")
    public record TierInput(@NonNull String maxPerCapitaIncome, @NonNull String amountPerPerson) {
    }

    @Input("CareSupportInput")
    public record CareSupportInput(@NonNull CareTier tier, @NonNull String monthlyAmount) {
    }

    @Input("TemporaryAidBandInput")
    public record TemporaryAidBandInput(@NonNull String code, @NonNull String label, @NonNull String maxMultiple) {
    }
}
