package cn.jiuzhu.programme.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jiuzhu.programme.DocumentRequirement;
import cn.jiuzhu.programme.DocumentType;
import cn.jiuzhu.programme.HouseholdFacts;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.programme.ProgrammeInfo;
import cn.jiuzhu.programme.TimeLimit;

/** The validated catalogue, immutable; plain Java so that its rules are testable without a running service. */
final class Catalogue {

    private final List<ProgrammeInfo> programmes;
    private final Map<Programme, ProgrammeInfo> byCode;
    private final Map<DocumentType, String> documentTypeNames;

    /** Only {@link CatalogueReader} builds one, after checking that every programme and type is present. */
    Catalogue(List<ProgrammeInfo> programmes, Map<DocumentType, String> documentTypeNames) {
        this.programmes = List.copyOf(programmes);
        this.byCode = programmes.stream().collect(Collectors.toUnmodifiableMap(ProgrammeInfo::code, Function.identity()));
        this.documentTypeNames = Map.copyOf(documentTypeNames);
    }

    List<ProgrammeInfo> all() {
        return programmes;
    }

    ProgrammeInfo get(Programme code) {
        return byCode.get(Objects.requireNonNull(code, "programme"));
    }

    List<DocumentType> requiredDocuments(Programme code, HouseholdFacts facts) {
        return get(code).documents().stream()
                .filter(d -> facts.satisfies(d.condition()))
                .map(DocumentRequirement::type)
                .distinct()
                .toList();
    }

    Optional<TimeLimit> timeLimit(Programme code, String step) {
        return get(code).timeLimits().stream().filter(t -> t.step().equals(step)).findFirst();
    }

    String documentTypeName(DocumentType type) {
        return documentTypeNames.get(Objects.requireNonNull(type, "document type"));
    }
}
