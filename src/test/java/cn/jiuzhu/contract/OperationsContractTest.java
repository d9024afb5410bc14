package cn.jiuzhu.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

import cn.jiuzhu.testsupport.Operations;

/**
 * Every operation a front end ships (frontend-contract/operations) is valid against the committed
 * schema, which SchemaContractTest keeps identical to the served one. A schema change that breaks a
 * front end fails here, before the front end finds out.
 */
class OperationsContractTest {

    static final GraphQLSchema SCHEMA = schema();

    static Stream<Path> operations() throws IOException {
        try (Stream<Path> files = Files.walk(Operations.ROOT)) {
            return files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void operationIsValidAgainstTheSchema(Path file) throws IOException {
        Document document = Parser.parse(Files.readString(file, StandardCharsets.UTF_8));
        List<ValidationError> errors = new Validator().validateDocument(SCHEMA, document, Locale.ROOT);
        assertThat(errors).as(file.toString()).isEmpty();
        List<OperationDefinition> ops = document.getDefinitionsOfType(OperationDefinition.class);
        assertThat(ops).as("one named operation per file").hasSize(1);
        assertThat(ops.get(0).getName()).as("operation named after its file")
                .isEqualTo(file.getFileName().toString().replace(".graphql", ""));
    }

    @Test
    void theMiniAppHasItsOperations() throws IOException {
        assertThat(operations().map(p -> p.getFileName().toString())).contains("SubmitApplication.graphql",
                "SaveApplicationDraft.graphql", "CaseDetail.graphql", "CaseEvents.graphql", "WithdrawCase.graphql",
                "ObjectToCase.graphql", "Programmes.graphql");
    }

    @Test
    void aBrokenOperationIsCaught() {
        Document document = Parser.parse("query Broken { case(id: \"x\") { caseNumber noSuchField } }");
        assertThat(new Validator().validateDocument(SCHEMA, document, Locale.ROOT)).isNotEmpty();
    }

    private static GraphQLSchema schema() {
        try {
            String sdl = Files.readString(SchemaContractTest.CONTRACT, StandardCharsets.UTF_8);
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
