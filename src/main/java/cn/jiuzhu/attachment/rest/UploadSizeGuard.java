package cn.jiuzhu.attachment.rest;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.jiuzhu.attachment.service.AttachmentRules;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.http.Refusals;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Refuses an upload larger than any acceptable file needs as soon as that is known: at once when
 * the request declares its length (phones, browsers and curl do), as the bytes arrive when it is
 * chunked. Otherwise a file up to quarkus.http.limits.max-body-size is written to disk only to be
 * refused, and above it Quarkus answers a bare 413 and closes the connection while the phone is
 * still sending, so the resident sees a network failure instead of "文件太大了".
 *
 * <p>The body is read here, by Vert.x, capped at that size, into the uploads directory; Quarkus
 * REST takes the form it parsed (its own parser steps aside when a form is already there).
 */
@ApplicationScoped
public class UploadSizeGuard {

    static final String PATH = "/api/applications/:applicationId/attachments";

    /** Room for the multipart envelope around the file: boundaries, part headers, the documentType field. */
    static final long ENVELOPE_BYTES = 64 * 1024;

    static final long MAX_REQUEST_BYTES = AttachmentRules.MAX_BYTES + ENVELOPE_BYTES;

    private static final String REFUSED = UploadSizeGuard.class.getName() + ".refused";

    private final BodyHandler reader;

    UploadSizeGuard(@ConfigProperty(name = "quarkus.http.body.uploads-directory") String uploadsDirectory) {
        this.reader = BodyHandler.create(uploadsDirectory).setBodyLimit(MAX_REQUEST_BYTES).setDeleteUploadedFilesOnEnd(true);
    }

    void register(@Observes Router router) {
        router.post(PATH).order(-100).handler(this::check).failureHandler(this::overLimit);
        router.post(PATH).order(-99).handler(this::requireParts);
    }

    private void check(RoutingContext context) {
        if (Refusals.contentLength(context.request()) > MAX_REQUEST_BYTES) {
            tooLarge(context);
        } else {
            reader.handle(context);
        }
    }

    /**
     * A chunked body that grew past the limit while it was read. Once refused, the file being
     * written fails too ("Pipe closed") as the rest of the body is dropped: that is expected, and
     * nothing is left to answer.
     */
    private void overLimit(RoutingContext context) {
        if (context.get(REFUSED) != null) {
            return;
        }
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            tooLarge(context);
        } else {
            context.next();
        }
    }

    /**
     * A multipart body with no part at all (or none Vert.x could read). Quarkus REST would then try
     * to read the body itself, which is gone, and wait for it; it answers an anonymous caller first.
     */
    private void requireParts(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && context.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                && context.fileUploads().isEmpty() && context.request().formAttributes().isEmpty()) {
            Refusals.send(context, ErrorCode.ATTACHMENT_EMPTY, Map.of("field", "file"));
            return;
        }
        context.next();
    }

    private static void tooLarge(RoutingContext context) {
        context.put(REFUSED, Boolean.TRUE);
        Refusals.sendUnread(context, ErrorCode.ATTACHMENT_TOO_LARGE, Map.of("maxMegabytes", AttachmentRules.MAX_MEGABYTES));
    }
}
