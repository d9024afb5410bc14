package cn.jiuzhu.identity;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.validation.IdNumber;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The person behind the current request, read from the verified token. Use it after the security
 * check has run ({@code @Authenticated} / {@code @RolesAllowed} on the API method).
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String subject() {
        requireSignedIn();
        return identity.getPrincipal().getName();
    }

    public List<Role> roles() {
        return identity.getRoles().stream().map(Role::ofGroup).flatMap(Optional::stream).sorted().toList();
    }

    public boolean has(Role role) {
        return identity.hasRole(role.group());
    }

    public Optional<String> officeCode() {
        return claim(TokenClaims.OFFICE);
    }

    /** A resident's ID number; a malformed claim is refused rather than trusted. */
    public Optional<IdNumber> idNumber() {
        return claim(TokenClaims.ID_NUMBER).map(IdNumber::parse);
    }

    public Optional<String> displayName() {
        return claim(TokenClaims.NAME);
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return Optional.ofNullable(value).map(v -> v instanceof JsonString s ? s.getString() : v.toString());
        }
        return Optional.empty();
    }

    private void requireSignedIn() {
        if (identity.isAnonymous()) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED);
        }
    }
}
