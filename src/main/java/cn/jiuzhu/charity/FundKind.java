package cn.jiuzhu.charity;

import org.eclipse.microprofile.graphql.Description;

/**
 * Where a household's need is referred for money beyond what the programme pays. The emergency funds (救急难基金) are
 * the township's own and the county's, set up with public money and donations to help at once in a sudden hardship;
 * charity organisations (慈善组织: a charity federation, a foundation) are named by the office.
 */
@Description("Where a household is referred for charity aid (慈善帮扶): the township's or the county's emergency fund "
        + "(救急难基金), or a charity organisation (慈善组织) the office names")
public enum FundKind {
    TOWNSHIP_EMERGENCY_FUND("乡镇（街道）救急难基金"),
    COUNTY_EMERGENCY_FUND("县级救急难基金"),
    CHARITY_ORGANISATION("慈善组织");

    private final String label;

    FundKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The emergency funds are named after their township or county when the office gives no name; a charity never is. */
    public boolean namedAfterItsRegion() {
        return this != CHARITY_ORGANISATION;
    }
}
