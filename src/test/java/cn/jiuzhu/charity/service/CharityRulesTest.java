package cn.jiuzhu.charity.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jiuzhu.casework.CaseState;
import cn.jiuzhu.charity.CharityOutcome;
import cn.jiuzhu.charity.CharityReferral;
import cn.jiuzhu.charity.CharityReferralStatus;
import cn.jiuzhu.charity.CharityStep;
import cn.jiuzhu.charity.FundKind;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.identity.Actor;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.office.OfficeKind;
import cn.jiuzhu.office.OfficeView;

class CharityRulesTest {

    private static final OfficeView HUBEILU = new OfficeView("410305001", "涧西区湖北路街道办事处", OfficeKind.TOWNSHIP_OFFICE, "410305001",
            null, false);
    private static final OfficeView TIANJINLU = new OfficeView("410305002", "涧西区天津路街道办事处", OfficeKind.TOWNSHIP_OFFICE, "410305002",
            null, false);
    private static final OfficeView JIANXI = new OfficeView("410305-MZ", "洛阳市涧西区民政局", OfficeKind.COUNTY_CIVIL_AFFAIRS, "410305",
            null, false);
    private static final OfficeView LAOCHENG = new OfficeView("410302-MZ", "洛阳市老城区民政局", OfficeKind.COUNTY_CIVIL_AFFAIRS, "410302",
            null, false);

    @Test
    void aCaseIsReferredFromAcceptanceWhileOpenInPaymentIncluded() {
        assertThat(CharityRules.REFERABLE).contains(CaseState.ACCEPTED, CaseState.INVESTIGATING, CaseState.CONFIRMATION,
                CaseState.APPROVED, CaseState.IN_PAYMENT, CaseState.FIRST_AID_GRANTED, CaseState.REFUSAL_OBJECTED);
        assertThat(CharityRules.REFERABLE).doesNotContain(CaseState.SUBMITTED, CaseState.RETURNED_FOR_DOCUMENTS, CaseState.WITHDRAWN,
                CaseState.REFUSED, CaseState.CLOSED, CaseState.TERMINATED);
    }

    @Test
    void theTownshipAndItsCountyReferNoOneElse() {
        assertThat(CharityRules.referrerOf(actor(Role.CASEWORKER, HUBEILU))).hasToString("TOWNSHIP");
        assertThat(CharityRules.referrerOf(actor(Role.COUNTY_OFFICER, JIANXI))).hasToString("COUNTY");
        assertThat(codeOf(() -> CharityRules.referrerOf(new Actor(Role.DEPARTMENT_OFFICER, "d", null, "410305-YB"))))
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(codeOf(() -> CharityRules.referrerOf(new Actor(Role.HOTLINE_OPERATOR, "h", null, "4103-12345"))))
                .isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void amountsAreMoreThanZeroAndAtMostAMillionYuan() {
        assertThat(CharityRules.amount("amountAsked", "0.01")).isEqualByComparingTo("0.01");
        assertThat(CharityRules.amount("amountAsked", " 1000000 ")).isEqualByComparingTo(CharityRules.MAX_AMOUNT);
        assertThat(codeOf(() -> CharityRules.amount("amountAsked", "0"))).isEqualTo(ErrorCode.AMOUNT_OUT_OF_RANGE);
        assertThat(codeOf(() -> CharityRules.amount("amountAsked", "1000000.01"))).isEqualTo(ErrorCode.AMOUNT_OUT_OF_RANGE);
        assertThat(codeOf(() -> CharityRules.amount("amountAsked", "-1"))).isEqualTo(ErrorCode.MONEY_INVALID);
        assertThat(codeOf(() -> CharityRules.amount("amountAsked", null))).isEqualTo(ErrorCode.MONEY_INVALID);
    }

    @Test
    void aGrantNeedsItsAmountARefusalItsReasonAndNoAmount() {
        CharityRules.Answer grant = CharityRules.answer(CharityOutcome.GRANTED, "42000.00", null);
        assertThat(grant.step()).isEqualTo(CharityStep.GRANT);
        assertThat(grant.amountGranted()).isEqualByComparingTo(new BigDecimal("42000"));
        assertThat(grant.reason()).isNull();
        assertThat(CharityRules.answer(CharityOutcome.DECLINED, " ", " 资金已用完 ").reason()).isEqualTo("资金已用完");
        assertThat(codeOf(() -> CharityRules.answer(CharityOutcome.GRANTED, null, "同意"))).isEqualTo(ErrorCode.FIELD_REQUIRED);
        assertThat(codeOf(() -> CharityRules.answer(CharityOutcome.DECLINED, null, null))).isEqualTo(ErrorCode.REASON_REQUIRED);
        assertThat(codeOf(() -> CharityRules.answer(CharityOutcome.DECLINED, "100.00", "理由"))).isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void aCharityMustBeNamedAnEmergencyFundNeedNotBe() {
        assertThat(CharityRules.fundName(FundKind.TOWNSHIP_EMERGENCY_FUND, null)).isEmpty();
        assertThat(CharityRules.fundName(FundKind.COUNTY_EMERGENCY_FUND, " 洛阳市涧西区救急难基金 ")).contains("洛阳市涧西区救急难基金");
        assertThat(codeOf(() -> CharityRules.fundName(FundKind.CHARITY_ORGANISATION, "  "))).isEqualTo(ErrorCode.FIELD_REQUIRED);
    }

    @Test
    void theOfficeThatReferredOrItsCountyRecordsTheAnswerOnce() {
        CharityReferral byTownship = referral(CharityReferralStatus.REFERRED, "410305001");
        CharityRules.checkAnswer(CharityStep.GRANT, byTownship, actor(Role.CASEWORKER, HUBEILU), HUBEILU);
        CharityRules.checkAnswer(CharityStep.DECLINE, byTownship, actor(Role.COUNTY_OFFICER, JIANXI), JIANXI);
        assertThat(codeOf(() -> CharityRules.checkAnswer(CharityStep.GRANT, byTownship, actor(Role.CASEWORKER, TIANJINLU), TIANJINLU)))
                .isEqualTo(ErrorCode.CHARITY_REFERRAL_NOT_FOUND);
        assertThat(codeOf(() -> CharityRules.checkAnswer(CharityStep.GRANT, byTownship, actor(Role.COUNTY_OFFICER, LAOCHENG), LAOCHENG)))
                .isEqualTo(ErrorCode.CHARITY_REFERRAL_NOT_FOUND);

        CharityReferral byCounty = referral(CharityReferralStatus.REFERRED, "410305-MZ");
        assertThat(codeOf(() -> CharityRules.checkAnswer(CharityStep.GRANT, byCounty, actor(Role.CASEWORKER, HUBEILU), HUBEILU)))
                .as("the township records answers to its own referrals").isEqualTo(ErrorCode.CHARITY_REFERRAL_NOT_FOUND);

        for (CharityReferralStatus answered : new CharityReferralStatus[] { CharityReferralStatus.GRANTED, CharityReferralStatus.DECLINED }) {
            assertThat(codeOf(() -> CharityRules.checkAnswer(CharityStep.GRANT, referral(answered, "410305001"),
                    actor(Role.CASEWORKER, HUBEILU), HUBEILU))).isEqualTo(ErrorCode.CHARITY_REFERRAL_ANSWERED);
        }
        assertThat(codeOf(() -> CharityRules.checkAnswer(CharityStep.GRANT, referral(CharityReferralStatus.GRANTED, "410305001"),
                actor(Role.CASEWORKER, TIANJINLU), TIANJINLU))).as("a stranger learns nothing, not even that it was answered")
                .isEqualTo(ErrorCode.CHARITY_REFERRAL_NOT_FOUND);
    }

    @Test
    void theStepsReadAsATable() {
        assertThat(CharityStep.TABLE.find(CharityOutcome.GRANTED, CharityReferralStatus.REFERRED)).contains(CharityStep.GRANT);
        assertThat(CharityStep.TABLE.find(CharityOutcome.DECLINED, CharityReferralStatus.REFERRED)).contains(CharityStep.DECLINE);
        assertThat(CharityStep.GRANT.to()).isEqualTo(CharityReferralStatus.GRANTED);
        assertThat(CharityStep.DECLINE.to()).isEqualTo(CharityReferralStatus.DECLINED);
        assertThat(CharityStep.TABLE.from(CharityReferralStatus.GRANTED)).isEmpty();
        assertThat(CharityStep.TABLE.from(CharityReferralStatus.DECLINED)).isEmpty();
        assertThat(CharityStep.GRANT.note().note()).isTrue();
    }

    private static Actor actor(Role role, OfficeView office) {
        return new Actor(role, "staff", null, office.code());
    }

    private static CharityReferral referral(CharityReferralStatus status, String referredByOffice) {
        return new CharityReferral(UUID.randomUUID(), UUID.randomUUID(), FundKind.TOWNSHIP_EMERGENCY_FUND, "乡镇（街道）救急难基金",
                "湖北路街道救急难基金", "住院费用", "10000.00", status, status.label(),
                status == CharityReferralStatus.GRANTED ? "10000.00" : null, null, "涧西区湖北路街道办事处", OffsetDateTime.now(), null, null,
                referredByOffice, "410305", new BigDecimal("10000.00"), status == CharityReferralStatus.GRANTED ? new BigDecimal("10000.00") : null);
    }

    private static ErrorCode codeOf(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e.code();
        }
        throw new AssertionError("no refusal");
    }
}
