package cn.jiuzhu.common.error;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every REST failure leaves as an {@link ApiError} with the status of its code. The types are
 * listed because Quarkus's own mappers for them would otherwise win over a mapper of Throwable.
 * A retryable error says when to try again in {@code Retry-After} (seconds), as HTTP clients and
 * proxies expect for a 503.
 */
public class RestErrorMapper {

    @ServerExceptionMapper({ Throwable.class, ApiException.class, ValidationException.class,
            WebApplicationException.class, UnauthorizedException.class, AuthenticationFailedException.class,
            ForbiddenException.class })
    public Response toResponse(Throwable failure) {
        ApiError error = ErrorTranslator.translate(failure);
        Response.ResponseBuilder response = Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error);
        if (error.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (error.retryable() != null) {
            Object seconds = error.details() == null ? null : error.details().get("retryAfterSeconds");
            response.header(HttpHeaders.RETRY_AFTER, seconds != null ? seconds : DatabaseOutage.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}
