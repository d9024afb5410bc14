package cn.jiuzhu.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** An office that opened a document, as the household reads it: the office, never the person. */
@Description("An office that opened this document (查阅), and when it last did; never who in the office")
public record DocumentOpening(
        @Ignore UUID attachmentId,
        @NonNull @Description("The office, e.g. 涧西区湖北路街道办事处") String officeName,
        @NonNull @Description("When someone of that office last opened the document") OffsetDateTime lastOpenedAt) {
}
