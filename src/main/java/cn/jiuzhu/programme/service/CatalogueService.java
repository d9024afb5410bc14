package cn.jiuzhu.programme.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.programme.DocumentType;
import cn.jiuzhu.programme.HouseholdFacts;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.programme.ProgrammeInfo;
import cn.jiuzhu.programme.TimeLimit;
import io.quarkus.runtime.Startup;

/**
 * The assistance catalogue (救助事项目录): per programme who may apply, the documents and questions of
 * its form, and its legal time limits. Read from {@code catalogue/programmes.json} once, at startup,
 * so a broken file stops the service from starting instead of serving a broken form.
 */
@Startup
@ApplicationScoped
public class CatalogueService {

    static final String RESOURCE = "catalogue/programmes.json";

    // Set in load(), not in a constructor: the client proxy of an application-scoped bean also runs the no-args constructor.
    private Catalogue catalogue;

    @PostConstruct
    void load() {
        catalogue = fromClasspath();
    }

    static Catalogue fromClasspath() {
        try (InputStream in = CatalogueService.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return CatalogueReader.read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every programme, in catalogue order. */
    public List<ProgrammeInfo> all() {
        return catalogue.all();
    }

    /** Never null: the catalogue is checked at startup to hold every programme. */
    public ProgrammeInfo get(Programme code) {
        return catalogue.get(code);
    }

    /** The document types this household must provide for the programme: distinct, in catalogue order. */
    public List<DocumentType> requiredDocuments(Programme code, HouseholdFacts facts) {
        return catalogue.requiredDocuments(code, facts);
    }

    /** The limit of one step, e.g. {@code timeLimit(DIBAO, "CONFIRMATION")}; empty when the programme has no such step. */
    public Optional<TimeLimit> timeLimit(Programme code, String step) {
        return catalogue.timeLimit(code, step);
    }

    /** Every step some programme sets a time limit for, e.g. CONFIRMATION: the names procedures may start. */
    public Set<String> limitSteps() {
        return catalogue.all().stream().flatMap(p -> p.timeLimits().stream()).map(TimeLimit::step)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Chinese name of a document type, e.g. 身份证. */
    public String documentTypeName(DocumentType type) {
        return catalogue.documentTypeName(type);
    }
}
