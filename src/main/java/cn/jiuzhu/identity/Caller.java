package cn.jiuzhu.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.validation.IdNumber;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, read once from the verified token. */
public record Caller(boolean anonymous, String subject, List<Role> roles, String officeCode, String idNumber,
        String displayName) {

    /** Where the token check leaves the caller it read, so that a request reads its token's claims once. */
    static final String ATTRIBUTE = "jiuzhu.caller";

    private static final Caller ANONYMOUS = new Caller(true, null, List.of(), null, null, null);

    public static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return ANONYMOUS;
        }
        if (identity.getAttribute(ATTRIBUTE) instanceof Caller read) {
            return read;
        }
        List<Role> roles = identity.getRoles().stream().map(Role::ofGroup).flatMap(Optional::stream).sorted().toList();
        String idNumber = claim(identity, TokenClaims.ID_NUMBER).flatMap(IdNumber::tryParse).map(IdNumber::value).orElse(null);
        return new Caller(false, identity.getPrincipal().getName(), roles, claim(identity, TokenClaims.OFFICE).orElse(null),
                idNumber, claim(identity, TokenClaims.NAME).orElse(null));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The caller as an actor on cases; a resident token without a valid ID number is refused. */
    public Actor actor() {
        if (anonymous) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED);
        }
        Role role = roles.stream().findFirst().orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN));
        if (role == Role.RESIDENT) {
            if (idNumber == null) {
                throw new ApiException(ErrorCode.FORBIDDEN, Map.of("reason", "RESIDENT_TOKEN_WITHOUT_ID_NUMBER"));
            }
            return Actor.resident(subject, idNumber);
        }
        return new Actor(role, subject, null, officeCode);
    }

    private static Optional<String> claim(SecurityIdentity identity, String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return Optional.ofNullable(value).map(v -> v instanceof JsonString s ? s.getString() : v.toString());
        }
        return Optional.empty();
    }
}
