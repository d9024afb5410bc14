package cn.jiuzhu.programme.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import cn.jiuzhu.programme.Choice;
import cn.jiuzhu.programme.DayKind;
import cn.jiuzhu.programme.DocumentCondition;
import cn.jiuzhu.programme.DocumentRequirement;
import cn.jiuzhu.programme.DocumentType;
import cn.jiuzhu.programme.Programme;
import cn.jiuzhu.programme.ProgrammeInfo;
import cn.jiuzhu.programme.Question;
import cn.jiuzhu.programme.QuestionType;
import cn.jiuzhu.programme.TimeLimit;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Reads the catalogue file and checks it before anything serves it: every programme and every
 * document type exactly once, every field a form needs filled in, CHOICE questions with options,
 * time limits that say where they come from. All problems are reported at once, so one edit of
 * the file fixes them all; a typo in a field name or enum value is an error, not a silent default.
 */
@RegisterForReflection(targets = { Programme.class, DocumentType.class, DocumentCondition.class,
        QuestionType.class, DayKind.class, Choice.class })
final class CatalogueReader {

    private static final Pattern QUESTION_KEY = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
    private static final Pattern CONSTANT = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CatalogueReader() {
    }

    static Catalogue read(InputStream in, String source) {
        try {
            return validate(JSON.readValue(in, CatalogueFile.class), source);
        } catch (IOException e) {
            throw new IllegalStateException(describe(e, source), e);
        }
    }

    static Catalogue parse(String json, String source) {
        try {
            return validate(JSON.readValue(json, CatalogueFile.class), source);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(describe(e, source), e);
        }
    }

    private static Catalogue validate(CatalogueFile file, String source) {
        if (file == null) {
            throw new IllegalStateException("Assistance catalogue " + source + " is empty");
        }
        List<String> problems = new ArrayList<>();
        Map<DocumentType, String> typeNames = documentTypeNames(file.documentTypes(), problems);
        List<ProgrammeInfo> programmes = new ArrayList<>();
        Set<Programme> seen = new HashSet<>();
        List<ProgrammeEntry> entries = file.programmes() == null ? List.of() : file.programmes();
        if (file.programmes() == null) {
            problems.add("\"programmes\" is missing");
        }
        for (int i = 0; i < entries.size(); i++) {
            ProgrammeEntry entry = entries.get(i);
            if (entry == null || entry.code() == null) {
                problems.add("programmes[" + i + "] has no code");
                continue;
            }
            if (!seen.add(entry.code())) {
                problems.add(entry.code() + " is listed more than once");
                continue;
            }
            programmes.add(programme(entry, typeNames, new Problems(entry.code().name(), problems)));
        }
        List<Programme> missing = Arrays.stream(Programme.values()).filter(p -> !seen.contains(p)).toList();
        if (!missing.isEmpty()) {
            problems.add("programmes missing: " + names(missing));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Assistance catalogue " + source + " is invalid:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new Catalogue(programmes, typeNames);
    }

    private static Map<DocumentType, String> documentTypeNames(List<DocumentTypeEntry> entries, List<String> problems) {
        Map<DocumentType, String> names = new EnumMap<>(DocumentType.class);
        if (entries == null) {
            problems.add("\"documentTypes\" is missing");
            return names;
        }
        for (int i = 0; i < entries.size(); i++) {
            DocumentTypeEntry entry = entries.get(i);
            if (entry == null || entry.type() == null) {
                problems.add("documentTypes[" + i + "] has no type");
            } else if (isBlank(entry.name())) {
                problems.add("document type " + entry.type() + " has no name");
            } else if (names.put(entry.type(), entry.name().strip()) != null) {
                problems.add("document type " + entry.type() + " is named more than once");
            }
        }
        List<DocumentType> unnamed = Arrays.stream(DocumentType.values()).filter(t -> !names.containsKey(t)).toList();
        if (!unnamed.isEmpty()) {
            problems.add("document types without a name: " + names(unnamed));
        }
        return names;
    }

    private static ProgrammeInfo programme(ProgrammeEntry e, Map<DocumentType, String> typeNames, Problems problems) {
        problems.requireText("name", e.name());
        problems.requireText("shortDescription", e.shortDescription());
        problems.requireText("whatYouGet", e.whatYouGet());
        problems.requireText("legalBasis", e.legalBasis());
        problems.requireText("applyWhere", e.applyWhere());
        problems.require("canApplyOnline", e.canApplyOnline());
        problems.require("requiresResidenceAtVillageLevel", e.requiresResidenceAtVillageLevel());
        if (e.whoMayApply() == null || e.whoMayApply().isEmpty() || e.whoMayApply().stream().anyMatch(CatalogueReader::isBlank)) {
            problems.add("whoMayApply must list at least one sentence, none blank");
        }
        return new ProgrammeInfo(e.code(), strip(e.name()), strip(e.shortDescription()),
                e.whoMayApply() == null ? List.of() : e.whoMayApply().stream().map(CatalogueReader::strip).toList(),
                strip(e.whatYouGet()), strip(e.legalBasis()), strip(e.applyWhere()),
                documents(e.documents(), typeNames, problems), questions(e.questions(), problems),
                timeLimits(e.timeLimits(), problems),
                Boolean.TRUE.equals(e.canApplyOnline()), Boolean.TRUE.equals(e.requiresResidenceAtVillageLevel()));
    }

    private static List<DocumentRequirement> documents(List<DocumentEntry> entries, Map<DocumentType, String> typeNames,
            Problems problems) {
        if (entries == null || entries.isEmpty()) {
            problems.add("documents must list at least one document");
            return List.of();
        }
        List<DocumentRequirement> documents = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            DocumentEntry d = entries.get(i);
            String at = "documents[" + i + "]";
            if (d == null || d.type() == null || d.condition() == null) {
                problems.add(at + " needs a type and a condition");
                continue;
            }
            if (!seen.add(d.type() + "/" + d.condition())) {
                problems.add(at + ": " + d.type() + " under " + d.condition() + " is listed more than once");
            }
            problems.requireText(at + ".note", d.note());
            documents.add(new DocumentRequirement(d.type(), typeNames.getOrDefault(d.type(), d.type().name()),
                    d.condition(), strip(d.note())));
        }
        return documents;
    }

    private static List<Question> questions(List<QuestionEntry> entries, Problems problems) {
        if (entries == null) {
            problems.add("questions is missing (use [] for none)");
            return List.of();
        }
        List<Question> questions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            QuestionEntry q = entries.get(i);
            String at = "questions[" + i + "]";
            if (q == null || q.key() == null || !QUESTION_KEY.matcher(q.key()).matches()) {
                problems.add(at + " needs a camelCase key");
                continue;
            }
            at = "question " + q.key();
            if (!keys.add(q.key())) {
                problems.add(at + " is asked more than once");
            }
            problems.requireText(at + ".label", q.label());
            problems.require(at + ".type", q.type());
            problems.require(at + ".required", q.required());
            List<Choice> choices = q.choices() == null ? List.of() : q.choices();
            if (q.type() == QuestionType.CHOICE) {
                checkChoices(at, choices, problems);
            } else if (!choices.isEmpty()) {
                problems.add(at + " has choices but is not a CHOICE question");
            }
            if (q.help() != null && q.help().isBlank()) {
                problems.add(at + ".help is blank (leave it out instead)");
            }
            questions.add(new Question(q.key(), strip(q.label()), q.type(), Boolean.TRUE.equals(q.required()), choices,
                    strip(q.help())));
        }
        return questions;
    }

    private static void checkChoices(String at, List<Choice> choices, Problems problems) {
        if (choices.size() < 2) {
            problems.add(at + " is a CHOICE question with fewer than two choices");
        }
        Set<String> values = new HashSet<>();
        for (Choice c : choices) {
            if (c == null || c.value() == null || !CONSTANT.matcher(c.value()).matches()) {
                problems.add(at + " has a choice without an UPPER_CASE value");
            } else if (!values.add(c.value())) {
                problems.add(at + " offers " + c.value() + " more than once");
            } else if (isBlank(c.label())) {
                problems.add(at + " choice " + c.value() + " has no label");
            }
        }
    }

    private static List<TimeLimit> timeLimits(List<TimeLimitEntry> entries, Problems problems) {
        if (entries == null || entries.isEmpty()) {
            problems.add("timeLimits must list at least one step");
            return List.of();
        }
        List<TimeLimit> limits = new ArrayList<>();
        Set<String> steps = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            TimeLimitEntry t = entries.get(i);
            String at = "timeLimits[" + i + "]";
            if (t == null || t.step() == null || !CONSTANT.matcher(t.step()).matches()) {
                problems.add(at + " needs an UPPER_CASE step");
                continue;
            }
            at = "time limit " + t.step();
            if (!steps.add(t.step())) {
                problems.add(at + " is listed more than once");
            }
            problems.requireText(at + ".label", t.label());
            if (t.days() == null) {
                if (t.dayKind() != null || t.maxDays() != null) {
                    problems.add(at + " has a dayKind or maxDays but no days");
                }
                problems.requireText(at + ".note (why there is no number of days)", t.note());
            } else {
                if (t.days() <= 0) {
                    problems.add(at + ".days must be positive");
                }
                problems.require(at + ".dayKind", t.dayKind());
                if (t.maxDays() != null && t.maxDays() <= t.days()) {
                    problems.add(at + ".maxDays must be more than days");
                }
            }
            if (isBlank(t.legalReference()) && isBlank(t.note())) {
                problems.add(at + " needs a legalReference, or a note saying where the limit comes from");
            }
            limits.add(new TimeLimit(t.step(), strip(t.label()), t.days(), t.dayKind(), t.maxDays(),
                    strip(t.legalReference()), strip(t.note())));
        }
        return limits;
    }

    /** Jackson's own messages name Java classes; say instead what is wrong in the file and where. */
    private static String describe(IOException e, String source) {
        String prefix = "Assistance catalogue " + source + " is invalid: ";
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return prefix + "\"" + f.getValue() + "\" at " + path(f) + " is not a known " + f.getTargetType().getSimpleName()
                    + "; known values: " + names(Arrays.asList(f.getTargetType().getEnumConstants()));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return prefix + "unknown field \"" + u.getPropertyName() + "\" at " + path(u);
        }
        if (e instanceof JsonMappingException m) {
            return prefix + "at " + path(m) + ": " + m.getOriginalMessage();
        }
        return prefix + e.getMessage();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the top level" : path.toString();
    }

    private static String names(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** Problems of one programme, each prefixed with its code. */
    private record Problems(String programme, List<String> all) {
        void add(String problem) {
            all.add(programme + ": " + problem);
        }

        void require(String field, Object value) {
            if (value == null) {
                add(field + " is missing");
            }
        }

        void requireText(String field, String value) {
            if (isBlank(value)) {
                add(field + " is missing or blank");
            }
        }
    }

    // The file's shape. Boxed types, so that a missing field is reported rather than read as 0 or false.

    @RegisterForReflection
    record CatalogueFile(List<DocumentTypeEntry> documentTypes, List<ProgrammeEntry> programmes) {
    }

    @RegisterForReflection
    record DocumentTypeEntry(DocumentType type, String name) {
    }

    @RegisterForReflection
    record ProgrammeEntry(Programme code, String name, String shortDescription, List<String> whoMayApply,
            String whatYouGet, String legalBasis, String applyWhere, Boolean canApplyOnline,
            Boolean requiresResidenceAtVillageLevel, List<DocumentEntry> documents, List<QuestionEntry> questions,
            List<TimeLimitEntry> timeLimits) {
    }

    @RegisterForReflection
    record DocumentEntry(DocumentType type, DocumentCondition condition, String note) {
    }

    @RegisterForReflection
    record QuestionEntry(String key, String label, QuestionType type, Boolean required, List<Choice> choices,
            String help) {
    }

    @RegisterForReflection
    record TimeLimitEntry(String step, String label, Integer days, DayKind dayKind, Integer maxDays,
            String legalReference, String note) {
    }
}
