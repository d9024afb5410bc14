package cn.jiuzhu.identity;

/** Names of the claims Jiuzhu reads from a bearer token, besides the standard sub and groups. */
public final class TokenClaims {
    /** Staff: code of the office the person works for. */
    public static final String OFFICE = "office";
    /** Residents: the person's resident ID number. */
    public static final String ID_NUMBER = "id_number";
    /** Display name. */
    public static final String NAME = "name";

    private TokenClaims() {
    }
}
