package cn.jiuzhu.casework.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.casework.Procedure;
import cn.jiuzhu.casework.Procedure.Transition;
import cn.jiuzhu.programme.service.CatalogueService;
import io.quarkus.runtime.Startup;

/**
 * Every time limit a procedure starts is one the catalogue knows, or the service does not start: a limit renamed or
 * dropped in {@code catalogue/programmes.json} would otherwise leave its step without a due date, silently.
 */
@Startup
@ApplicationScoped
public class ProcedureLimitCheck {

    private final CatalogueService catalogue;

    public ProcedureLimitCheck(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @PostConstruct
    void check() {
        requireKnown(Procedure.all(), catalogue.limitSteps());
    }

    /** Fails naming every procedure, step and limit the catalogue lacks (a procedure's limit on receipt is on its rows too). */
    static void requireKnown(List<Procedure> procedures, Set<String> catalogueSteps) {
        List<String> unknown = unknown(procedures, catalogueSteps);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Time limits the procedures start but the catalogue does not define: "
                    + String.join("; ", unknown));
        }
    }

    static List<String> unknown(List<Procedure> procedures, Set<String> catalogueSteps) {
        List<String> unknown = new ArrayList<>();
        for (Procedure p : procedures) {
            for (Transition t : p.transitions()) {
                if (t.limit() != null && !catalogueSteps.contains(t.limit().name())) {
                    unknown.add(p.name() + " " + t.action() + " starts " + t.limit());
                }
            }
        }
        return unknown;
    }
}
