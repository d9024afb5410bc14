package cn.jiuzhu.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class HouseholdFactsTest {

    private static final HouseholdFacts NOTHING_SPECIAL = new HouseholdFacts(false, false, false, false, false, false,
            false, false, false);
    private static final HouseholdFacts EVERYTHING = new HouseholdFacts(true, true, true, true, true, true, true, true,
            true);

    @Test
    void alwaysIsRequiredAndOptionalNeverIsWhateverTheHousehold() {
        assertThat(NOTHING_SPECIAL.satisfies(DocumentCondition.ALWAYS)).isTrue();
        assertThat(EVERYTHING.satisfies(DocumentCondition.ALWAYS)).isTrue();
        assertThat(NOTHING_SPECIAL.satisfies(DocumentCondition.OPTIONAL)).isFalse();
        assertThat(EVERYTHING.satisfies(DocumentCondition.OPTIONAL)).isFalse();
    }

    @Test
    void everyOtherConditionFollowsItsOwnFactAndNoOther() {
        assertThat(NOTHING_SPECIAL.satisfies(DocumentCondition.ANY_MEMBER_DISABLED)).isFalse();
        assertThat(facts(0).satisfies(DocumentCondition.ANY_MEMBER_DISABLED)).isTrue();
        assertThat(facts(1).satisfies(DocumentCondition.ANY_MEMBER_SERIOUSLY_ILL)).isTrue();
        assertThat(facts(2).satisfies(DocumentCondition.HAS_MEDICAL_EXPENDITURE)).isTrue();
        assertThat(facts(3).satisfies(DocumentCondition.HAS_EDUCATION_EXPENDITURE)).isTrue();
        assertThat(facts(4).satisfies(DocumentCondition.HAS_REHABILITATION_EXPENDITURE)).isTrue();
        assertThat(facts(5).satisfies(DocumentCondition.ANY_MEMBER_STUDENT)).isTrue();
        assertThat(facts(6).satisfies(DocumentCondition.ANY_MEMBER_UNEMPLOYED)).isTrue();
        assertThat(facts(7).satisfies(DocumentCondition.VIA_AGENT)).isTrue();
        assertThat(facts(8).satisfies(DocumentCondition.AT_USUAL_RESIDENCE)).isTrue();

        // A household that is only disabled needs nothing conditional beyond the disability certificate.
        assertThat(Arrays.stream(DocumentCondition.values()).filter(facts(0)::satisfies))
                .containsExactlyInAnyOrder(DocumentCondition.ALWAYS, DocumentCondition.ANY_MEMBER_DISABLED);
        assertThat(Arrays.stream(DocumentCondition.values()).filter(facts(7)::satisfies))
                .containsExactlyInAnyOrder(DocumentCondition.ALWAYS, DocumentCondition.VIA_AGENT);
    }

    /** Facts with only the component at {@code index} true, in the record's declaration order. */
    private static HouseholdFacts facts(int index) {
        boolean[] f = new boolean[9];
        f[index] = true;
        return new HouseholdFacts(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
    }
}
