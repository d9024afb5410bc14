package cn.jiuzhu.common.error;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.CompositeException;

/**
 * Turns any failure into the one {@link ApiError} model, for REST and GraphQL alike. Expected
 * rejections keep their code; the database being unreachable or going away is
 * {@code SERVICE_UNAVAILABLE}, retryable; anything else unexpected becomes {@code INTERNAL_ERROR}
 * with a correlation id that is logged with the stack trace and never sends the trace to the client.
 */
public final class ErrorTranslator {

    private static final Logger LOG = Logger.getLogger(ErrorTranslator.class);

    private ErrorTranslator() {
    }

    public static ApiError translate(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof ApiException e) {
            return of(e.code(), e.details(), e.getMessage());
        }
        if (t instanceof ConstraintViolationException e) {
            return fromViolations(e.getConstraintViolations());
        }
        if (t instanceof UnauthorizedException || t instanceof AuthenticationFailedException) {
            return of(ErrorCode.UNAUTHENTICATED, Map.of(), null);
        }
        if (t instanceof ForbiddenException) {
            return of(ErrorCode.FORBIDDEN, Map.of(), null);
        }
        if (t instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
            int status = e.getResponse().getStatus();
            ErrorCode code = switch (status) {
                case 401 -> ErrorCode.UNAUTHENTICATED;
                case 403 -> ErrorCode.FORBIDDEN;
                case 404 -> ErrorCode.NOT_FOUND;
                default -> ErrorCode.REQUEST_MALFORMED;
            };
            return new ApiError(code.name(), Messages.of(code), Map.of("httpStatus", status), null, status);
        }
        if (DatabaseOutage.is(t)) {
            DatabaseOutage.report(t);
            return of(ErrorCode.SERVICE_UNAVAILABLE, Map.of("retryAfterSeconds", DatabaseOutage.RETRY_AFTER_SECONDS), null);
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(t, "Unexpected failure, correlationId=%s", correlationId);
        Map<String, Object> details = Map.of("correlationId", correlationId);
        return new ApiError(ErrorCode.INTERNAL_ERROR.name(), Messages.of(ErrorCode.INTERNAL_ERROR, details),
                Map.of(), correlationId, ErrorCode.INTERNAL_ERROR.httpStatus());
    }

    /**
     * One violation of our own constraints ({@code @ValidIdNumber} …) gives its specific code; several
     * problems at once give VALIDATION_FAILED. Each field keeps its own code and message in details.
     */
    private static ApiError fromViolations(Set<ConstraintViolation<?>> violations) {
        List<Map<String, Object>> fields = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        for (ConstraintViolation<?> v : violations) {
            Object ownCode = v.getConstraintDescriptor().getAttributes().get("code");
            // Our own constraints carry an ErrorCode and take its text from the one message bundle.
            String code = ownCode instanceof ErrorCode c ? c.name() : ErrorCode.VALIDATION_FAILED.name();
            String message = ownCode instanceof ErrorCode c ? Messages.of(c) : v.getMessage();
            codes.add(code);
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("field", leafPath(v.getPropertyPath()));
            field.put("code", code);
            field.put("message", message);
            fields.add(field);
        }
        fields.sort((a, b) -> a.get("field").toString().compareTo(b.get("field").toString()));
        ErrorCode code = codes.size() == 1 ? ErrorCode.valueOf(codes.iterator().next()) : ErrorCode.VALIDATION_FAILED;
        String message = fields.size() == 1 ? fields.get(0).get("message").toString() : Messages.of(code);
        return new ApiError(code.name(), message, Map.of("fields", fields), null, code.httpStatus());
    }

    /** "mint.request.idNumber" → "idNumber": the front end knows fields, not Java method parameters. */
    private static String leafPath(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                properties.add(node.getName());
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        return properties.isEmpty() ? String.valueOf(parameter) : String.join(".", properties);
    }

    private static ApiError of(ErrorCode code, Map<String, Object> details, String message) {
        return new ApiError(code.name(), message != null ? message : Messages.of(code, details), details, null,
                code.httpStatus());
    }

    /**
     * Frameworks wrap what a service threw (CompletionException, Mutiny's CompositeException,
     * SmallRye GraphQL's DataFetcherException): find the failure we know how to describe. Our own
     * rejections and an unavailable database come first wherever they are in the chain: a token's
     * check that could not read its office fails authentication, but the answer is "retry", not "sign in".
     */
    private static Throwable unwrap(Throwable t) {
        Throwable framework = null;
        for (Throwable current = t; current != null; current = next(current)) {
            if (current instanceof ApiException || current instanceof ConstraintViolationException || DatabaseOutage.is(current)) {
                return current;
            }
            if (framework == null && (current instanceof UnauthorizedException || current instanceof AuthenticationFailedException
                    || current instanceof ForbiddenException || current instanceof WebApplicationException)) {
                framework = current;
            }
        }
        return framework != null ? framework : t;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof CompositeException c && !c.getCauses().isEmpty()) {
            return c.getCauses().get(0);
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
