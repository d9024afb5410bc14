package cn.jiuzhu.benefit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.casework.record.SelfCareItem;
import cn.jiuzhu.casework.record.SelfCareRecord;
import cn.jiuzhu.common.error.Messages;
import cn.jiuzhu.common.validation.IdNumber;
import cn.jiuzhu.standard.CareTier;

/** A member's latest self-care assessment on an extreme-poverty case, with the care tier it gives. */
@Description("生活自理能力评估：一位成员最近一次的评估结果和由此确定的照料护理等级")
public record SelfCareAssessment(
        @NonNull @Description("The member assessed, as the household computed for names them") String memberName,
        @NonNull @Description("The member's ID number, masked: 410305**********1X") String maskedIdNumber,
        @NonNull @Description("The items of the six the person cannot do on their own, in the six's order; empty when self-reliant")
        List<@NonNull SelfCareItem> failedItems,
        @NonNull @Description("The same items in Chinese, e.g. 自主洗澡") List<@NonNull String> failedItemNames,
        @NonNull @Description("照料护理等级 the items give: none failed, self-reliant; up to three, partly dependent; four or more, fully dependent")
        CareTier careTier,
        @NonNull @Description("The tier in Chinese, e.g. 部分丧失生活自理能力") String careTierName,
        @NonNull @Description("The day assessed (China date)") LocalDate assessedOn,
        @Ignore SelfCareRecord record) {

    /** {@code memberName} null where the household computed for does not name the member: the masked ID stands in. */
    public static SelfCareAssessment of(SelfCareRecord record, String memberName) {
        CareTier tier = BenefitRules.careTier(record.failedItems()).value();
        String masked = new IdNumber(record.memberIdNumber()).masked();
        return new SelfCareAssessment(memberName == null ? masked : memberName, masked, List.copyOf(record.failedItems()),
                record.failedItems().stream().map(i -> Messages.text("selfCare." + i.name(), Map.of())).toList(), tier,
                Messages.text("careTier." + tier.name(), Map.of()), record.assessedOn(), record);
    }
}
