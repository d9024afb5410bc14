package cn.jiuzhu.identity;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * The person behind the current request. Authentication is lazy, so the identity is read without
 * blocking: use it after the security check ({@code @Authenticated} / {@code @RolesAllowed}).
 */
@RequestScoped
public class CurrentUser {

    private final CurrentIdentityAssociation association;

    public CurrentUser(CurrentIdentityAssociation association) {
        this.association = association;
    }

    public Uni<Caller> caller() {
        return association.getDeferredIdentity().map(Caller::of);
    }

    public Uni<Actor> actor() {
        return caller().map(Caller::actor);
    }
}
