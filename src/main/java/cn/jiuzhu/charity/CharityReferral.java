package cn.jiuzhu.charity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A household's need referred to an emergency fund or a charity (慈善帮扶衔接), and the fund's answer. The amounts are kept as
 * numbers for the rules beside the strings the schema shows.
 */
@Description("慈善帮扶衔接: a household's need referred to an emergency fund (救急难基金) or a charity organisation with the amount "
        + "asked, and the fund's answer as the referring office recorded it")
public record CharityReferral(
        @NonNull @Id UUID id,
        @NonNull @Id UUID caseId,
        @NonNull FundKind fundKind,
        @NonNull @Description("The kind in Chinese, e.g. 县级救急难基金") String fundKindLabel,
        @NonNull @Description("The fund's or the charity's name, e.g. 涧西区救急难基金 or 洛阳市慈善总会") String fundName,
        @NonNull @Description("What the household needs, as the referring office wrote it; the household reads it") String need,
        @NonNull @Description("Yuan asked of the fund, e.g. \"10000.00\"") String amountAsked,
        @NonNull CharityReferralStatus status,
        @NonNull @Description("The status in Chinese (待答复, 已给予救助, 未予救助)") String statusLabel,
        @Description("Yuan the fund granted, once GRANTED; may differ from amountAsked") String amountGranted,
        @Description("DECLINED: the fund's reason; GRANTED: its remark, if the office recorded one") String answerReason,
        @NonNull @Description("The office that referred, e.g. 涧西区湖北路街道办事处") String referredBy,
        @NonNull OffsetDateTime referredAt,
        @Description("The office that recorded the fund's answer") String answerRecordedBy,
        @Description("When the answer was recorded") OffsetDateTime answeredAt,
        @Ignore String referredByOffice,
        @Ignore String countyCode,
        @Ignore BigDecimal asked,
        @Ignore BigDecimal granted) {
}
