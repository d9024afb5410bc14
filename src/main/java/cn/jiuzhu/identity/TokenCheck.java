package cn.jiuzhu.identity;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.jiuzhu.office.OfficeView;
import cn.jiuzhu.office.service.OfficeService;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Applies {@link TokenRules} to every verified token, wherever it arrived (the Authorization header, or the
 * connection_init payload of a subscription). A token that fails makes authentication fail with the rule's
 * {@link cn.jiuzhu.common.error.ApiException}, which the HTTP gate answers with HTTP 403.
 *
 * <p>Offices are read on every staff request, so they are remembered for a minute: a renamed office shows within a
 * minute, a new one at once (unknown codes are not remembered).
 */
@ApplicationScoped
public class TokenCheck implements SecurityIdentityAugmentor {

    private final OfficeService offices;
    private final Cache<String, OfficeView> known = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    public TokenCheck(OfficeService offices) {
        this.offices = offices;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Caller caller = Caller.of(identity);
        return office(caller.officeCode()).map(office -> {
            TokenRules.problem(caller, office).ifPresent(problem -> {
                throw problem;
            });
            // Read once here; every resolver of the request asks for the caller again.
            return QuarkusSecurityIdentity.builder(identity).addAttribute(Caller.ATTRIBUTE, caller).build();
        });
    }

    private Uni<Optional<OfficeView>> office(String code) {
        if (code == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        OfficeView remembered = known.getIfPresent(code);
        if (remembered != null) {
            return Uni.createFrom().item(Optional.of(remembered));
        }
        return offices.find(code).invoke(found -> found.ifPresent(o -> known.put(code, o)));
    }
}
