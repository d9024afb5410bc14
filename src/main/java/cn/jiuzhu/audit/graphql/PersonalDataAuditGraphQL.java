package cn.jiuzhu.audit.graphql;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.jiuzhu.audit.AccessOutcome;
import cn.jiuzhu.audit.PersonalDataAccessConnection;
import cn.jiuzhu.audit.service.PersonalDataAuditService;
import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.identity.CurrentUser;
import cn.jiuzhu.identity.Roles;
import io.smallrye.mutiny.Uni;

/** Auditors (个人信息保护监督) read who looked at whose personal data in their jurisdiction. They read no case files. */
@GraphQLApi
public class PersonalDataAuditGraphQL {

    private final PersonalDataAuditService audit;
    private final CurrentUser currentUser;

    public PersonalDataAuditGraphQL(PersonalDataAuditService audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Query("personalDataAccesses")
    @RolesAllowed(Roles.AUDITOR)
    @Description("Every request for full personal data (unmasked contact details, documents) concerning cases in my office's "
            + "jurisdiction (a township office: the cases it handles or of its township; a county bureau: its county; a province: "
            + "its province), or made by staff of offices inside it; shown or refused, newest first. from and to are days in "
            + "China time, both included. Auditors only.")
    public Uni<@NonNull PersonalDataAccessConnection> personalDataAccesses(@Name("first") Integer first,
            @Name("after") String after, @Name("from") LocalDate from, @Name("to") LocalDate to,
            @Name("outcome") @Description("Only SHOWN or only REFUSED requests") AccessOutcome outcome) {
        PageRequest page = PageRequest.of(first, after);
        return currentUser.actor().flatMap(actor -> audit.supervisedBy(actor, page, from, to, outcome));
    }
}
