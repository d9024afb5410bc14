package cn.jiuzhu.casework.service;

/**
 * [TK] The county decides extreme-poverty cases with a random spot check of at least 30%. A case is
 * drawn at random with probability 30%, and always when the county's share so far would otherwise
 * fall below 30%, so the share can never end a year under the floor.
 */
public final class SpotCheckRule {

    public static final double SHARE = 0.30;

    private SpotCheckRule() {
    }

    /**
     * @param drawnSoFar cases of this county and year already drawn
     * @param decidedSoFar cases of this county and year already sent for decision (not counting this one)
     * @param random a uniform number in [0, 1)
     */
    public static boolean draw(int drawnSoFar, int decidedSoFar, double random) {
        boolean floorNeedsIt = drawnSoFar < SHARE * (decidedSoFar + 1);
        return floorNeedsIt || random < SHARE;
    }
}
