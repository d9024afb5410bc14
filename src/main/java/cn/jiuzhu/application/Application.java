package cn.jiuzhu.application;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.application.form.ApplicationForm;
import cn.jiuzhu.programme.Programme;

@Description("一份申请: a draft (暂存) the resident can resume, or one already submitted as a case")
public record Application(
        @NonNull @Id UUID id,
        @NonNull Programme programme,
        @NonNull ApplicationStatus status,
        @NonNull ApplicationForm form,
        @NonNull @Description("Pass it back as expectedVersion when saving; a stale version is refused") int version,
        @NonNull OffsetDateTime createdAt,
        @NonNull OffsetDateTime updatedAt,
        @NonNull @Description("MINIAPP, or HOTLINE when an operator started it for the resident") ApplicationChannel channel,
        @Ignore String ownerIdNumber,
        @Ignore String filedBy,
        @Ignore String filedByOffice) {

    /** Whether this operator filed it (only then may they go on filling it). */
    public boolean wasFiledBy(String subject) {
        return filedBy != null && filedBy.equals(subject);
    }
}
