package cn.jiuzhu.testsupport;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Set;

import cn.jiuzhu.identity.Role;
import cn.jiuzhu.identity.TokenClaims;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed tokens for tests, made with the same key and issuer as the development issuer, so
 * quarkus-oidc verifies them exactly as it verifies any other token.
 */
public final class Tokens {

    /** The ID number of the demo resident used across tests. */
    public static final String RESIDENT_ID = "11010519491231002X";

    private Tokens() {
    }

    public static String resident(String idNumber) {
        return base("resident-" + idNumber, Role.RESIDENT).claim(TokenClaims.ID_NUMBER, idNumber).sign();
    }

    public static String staff(Role role, String officeCode) {
        return base(role.group() + "-" + officeCode, role).claim(TokenClaims.OFFICE, officeCode).sign();
    }

    /** A second member of staff at the same office: same role and office, another person. */
    public static String staff(Role role, String officeCode, String subject) {
        return base(subject, role).claim(TokenClaims.OFFICE, officeCode).sign();
    }

    /** A system administrator (no office). */
    public static String admin(String subject) {
        return base(subject, Role.ADMIN).sign();
    }

    public static String expired() {
        return base("resident-" + RESIDENT_ID, Role.RESIDENT).claim(TokenClaims.ID_NUMBER, RESIDENT_ID)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    public static String fromAnotherIssuer() {
        return base("resident-" + RESIDENT_ID, Role.RESIDENT).issuer("https://attacker.example/issuer").sign();
    }

    /** Right claims, signed with a key the service has never seen. */
    public static String signedWithUnknownKey() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return base("resident-" + RESIDENT_ID, Role.RESIDENT).claim(TokenClaims.ID_NUMBER, RESIDENT_ID)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder base(String subject, Role role) {
        return Jwt.subject(subject).upn(subject).groups(Set.of(role.group()));
    }
}
