package cn.jiuzhu.casework.service;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;

/** The one refusal for a case that does not exist, or not for whoever asks: CASE_NOT_FOUND naming the id asked for. */
final class CaseNotFound {

    private CaseNotFound() {
    }

    static ApiException of(UUID caseId) {
        return new ApiException(ErrorCode.CASE_NOT_FOUND, Map.of("caseId", caseId));
    }

    /** What was found, or CASE_NOT_FOUND: {@code repository.lock(connection, id).map(CaseNotFound.unlessFound(id))}. */
    static <T> Function<Optional<T>, T> unlessFound(UUID caseId) {
        return found -> found.orElseThrow(() -> of(caseId));
    }
}
