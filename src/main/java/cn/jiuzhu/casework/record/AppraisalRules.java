package cn.jiuzhu.casework.record;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;

import cn.jiuzhu.casework.CaseAction;
import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.error.Messages;

/**
 * How many must take part in a democratic appraisal (民主评议), what the household and whoever objected read about
 * it, and how an objection is answered when its publicity ends. Plain Java.
 *
 * <p>No national rule sets a number of participants: [DB] leaves the appraisal's form to local rules. The local rules
 * found set a panel of village or community representatives, township staff and committee members of at least 15, of
 * whom at least two thirds must attend for the vote to count (Shaanxi's dibao guidance as published in Shangluo,
 * 2014), or a panel of at least 10 (Zhashui county, Shaanxi).
 * {@link #MIN_PARTICIPANTS} is the smaller of the two, 10: two thirds of a 15-member panel, and a meeting where a
 * two-thirds vote still means something. A province with another rule changes the constant; see
 * docs/decisions/0024-democratic-appraisal.md.
 */
public final class AppraisalRules {

    /** The fewest people an appraisal may have had (参加评议人数), see the class comment. */
    public static final int MIN_PARTICIPANTS = 10;

    /** More is a typing error: a villagers' assembly of a large village, at most. */
    public static final int MAX_PARTICIPANTS = 999;

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Pattern TRAILING_STOP = Pattern.compile("[。．.！!；;，,\\s]+$");

    private AppraisalRules() {
    }

    /** APPRAISAL_PARTICIPANTS_TOO_FEW below the minimum, VALIDATION_FAILED above any meeting's size. */
    public static void checkParticipants(int participants) {
        if (participants < MIN_PARTICIPANTS) {
            throw new ApiException(ErrorCode.APPRAISAL_PARTICIPANTS_TOO_FEW, Map.of("field", "participants",
                    "participants", participants, "minimum", MIN_PARTICIPANTS));
        }
        if (participants > MAX_PARTICIPANTS) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "participants", "max", MAX_PARTICIPANTS));
        }
    }

    /** The appraisal as the timeline tells it: the step's reason, which the household reads. */
    public static String summary(LocalDate heldOn, int participants, String opinion) {
        return Messages.text("appraisal.summary", Map.of("heldOn", CHINESE_DATE.format(heldOn), "participants", participants,
                "opinion", sentence(opinion)));
    }

    /**
     * What an objection's answer says when {@code action} ends the publicity it was made in: the appraisal or the
     * re-investigation with its reason; a withdrawal or termination without the household's or office's reasons,
     * which are not the reporter's to read.
     */
    public static String answer(CaseAction action, String reason) {
        return Messages.text("objection.answer." + action.name(), Map.of("reason", reason == null ? "" : sentence(reason)));
    }

    /** A text as one sentence of a longer one: whatever it ended with, it ends with 。 */
    private static String sentence(String text) {
        return TRAILING_STOP.matcher(text.strip()).replaceFirst("") + "。";
    }
}
