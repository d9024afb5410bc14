package cn.jiuzhu.identity.dev;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.validation.IdNumber;
import cn.jiuzhu.identity.Role;
import cn.jiuzhu.identity.TokenClaims;
import cn.jiuzhu.identity.TokenRules;
import cn.jiuzhu.office.service.OfficeService;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.mutiny.Uni;

/**
 * Mints signed tokens in development and tests, shaped like the production issuer's: roles in
 * {@code groups}, the office code for staff, the ID number for residents. Not built into production.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = { "dev", "test" })
public class DevTokenIssuer {

    static final Duration LIFESPAN = Duration.ofHours(12);

    private final OfficeService offices;

    public DevTokenIssuer(OfficeService offices) {
        this.offices = offices;
    }

    public Uni<DevToken> mint(DevTokenRequest request) {
        Role role = Role.ofGroup(request.role()).orElseThrow(() -> new ApiException(ErrorCode.VALIDATION_FAILED,
                Map.of("field", "role", "allowed", Arrays.stream(Role.values()).map(Role::group).toList())));
        if (role == Role.RESIDENT && request.idNumber() == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "idNumber", "reason", "REQUIRED_FOR_RESIDENT"));
        }
        if (role.requiresOffice() && request.officeCode() == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, Map.of("field", "officeCode", "reason", "REQUIRED_FOR_STAFF"));
        }
        Uni<Void> officeCheck = request.officeCode() == null ? Uni.createFrom().voidItem()
                : offices.require(request.officeCode()).invoke(office -> {
                    if (!role.acceptsOfficeKind(office.kind())) {
                        throw TokenRules.mismatch(role, office);
                    }
                }).replaceWithVoid();
        return officeCheck.map(ignored -> sign(role, request));
    }

    private DevToken sign(Role role, DevTokenRequest request) {
        IdNumber idNumber = request.idNumber() == null ? null : IdNumber.parse(request.idNumber());
        String subject = idNumber != null ? "resident-" + idNumber.value()
                : role.group() + "-" + (request.officeCode() != null ? request.officeCode() : "dev");
        Instant expiresAt = Instant.now().plus(LIFESPAN);
        JwtClaimsBuilder claims = Jwt.subject(subject).upn(subject).groups(Set.of(role.group())).expiresAt(expiresAt);
        if (idNumber != null) {
            claims.claim(TokenClaims.ID_NUMBER, idNumber.value());
        }
        if (request.officeCode() != null) {
            claims.claim(TokenClaims.OFFICE, request.officeCode());
        }
        if (request.name() != null) {
            claims.claim(TokenClaims.NAME, request.name());
        }
        return new DevToken(claims.sign(), "Bearer", expiresAt, role.group(), subject);
    }
}
