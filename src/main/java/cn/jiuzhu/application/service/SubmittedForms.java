package cn.jiuzhu.application.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.application.Application;
import cn.jiuzhu.application.form.ApplicationForm;
import cn.jiuzhu.application.repository.ApplicationRepository;
import io.smallrye.mutiny.Uni;

/**
 * The forms of submitted applications, read-only, for capabilities that compute from what a household declared
 * (benefit amounts). Separate from {@link ApplicationService} because that one opens cases, and casework in
 * turn needs amounts computed from these forms.
 */
@ApplicationScoped
public class SubmittedForms {

    private final ApplicationRepository applications;

    public SubmittedForms(ApplicationRepository applications) {
        this.applications = applications;
    }

    public Uni<Map<UUID, ApplicationForm>> of(List<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return applications.findAll(applicationIds)
                .map(found -> found.stream().collect(Collectors.toMap(Application::id, Application::form)));
    }
}
