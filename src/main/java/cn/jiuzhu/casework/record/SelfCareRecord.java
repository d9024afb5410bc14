package cn.jiuzhu.casework.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 生活自理能力评估 of one member of a case as the township recorded it: the items of the six the person cannot do on
 * their own (none: self-reliant), the day assessed, the office that recorded it and the assessors it named. The latest
 * record of a member counts; the care tier it gives is benefit's to compute.
 */
public record SelfCareRecord(UUID caseId, String memberIdNumber, Set<SelfCareItem> failedItems, LocalDate assessedOn,
        String recordedBy, List<String> assessors, OffsetDateTime recordedAt) {

    public SelfCareRecord {
        failedItems = failedItems.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(failedItems)); // in the six's order
        assessors = List.copyOf(assessors);
    }
}
