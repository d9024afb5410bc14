package cn.jiuzhu.identity;

import java.util.Map;
import java.util.Optional;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.office.OfficeView;

/**
 * What a token must say to be used at all, checked on every request before anything is answered: a resident's token
 * carries a valid ID number; a staff token names an office that exists and is of a kind its role works in (a
 * caseworker works for a township office, a county officer for a county bureau…); an office named by any token
 * exists. A token that fails is refused whole, whatever it asks for. The development token issuer applies the same
 * rule when it mints one.
 */
public final class TokenRules {

    private TokenRules() {
    }

    /** Why this caller's token cannot be used, given its office as stored (empty when unknown); empty when it can. */
    public static Optional<ApiException> problem(Caller caller, Optional<OfficeView> office) {
        if (caller.anonymous()) {
            return Optional.empty();
        }
        for (Role role : caller.roles()) {
            if (role == Role.RESIDENT && caller.idNumber() == null) {
                return refused("RESIDENT_TOKEN_WITHOUT_ID_NUMBER");
            }
            if (role.requiresOffice() && caller.officeCode() == null) {
                return refused("STAFF_TOKEN_WITHOUT_OFFICE");
            }
        }
        if (caller.officeCode() == null || caller.roles().stream().allMatch(r -> r == Role.RESIDENT)) {
            return Optional.empty();
        }
        if (office.isEmpty()) {
            return Optional.of(new ApiException(ErrorCode.FORBIDDEN, Map.of("reason", "UNKNOWN_OFFICE", "officeCode", caller.officeCode())));
        }
        for (Role role : caller.roles()) {
            if (role != Role.RESIDENT && !role.acceptsOfficeKind(office.get().kind())) {
                return Optional.of(mismatch(role, office.get()));
            }
        }
        return Optional.empty();
    }

    public static ApiException mismatch(Role role, OfficeView office) {
        return new ApiException(ErrorCode.ROLE_OFFICE_MISMATCH, Map.of("role", role.group(), "officeKind", office.kind().name(),
                "allowedKinds", role.officeKinds()));
    }

    private static Optional<ApiException> refused(String reason) {
        return Optional.of(new ApiException(ErrorCode.FORBIDDEN, Map.of("reason", reason)));
    }
}
