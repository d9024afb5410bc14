package cn.jiuzhu.office.service;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.office.Office;
import cn.jiuzhu.office.repository.OfficeRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class OfficeService {

    private final OfficeRepository offices;

    public OfficeService(OfficeRepository offices) {
        this.offices = offices;
    }

    @WithSession
    public Uni<Office> require(String code) {
        return offices.findById(code).map(office -> {
            if (office == null) {
                throw new ApiException(ErrorCode.OFFICE_NOT_FOUND, Map.of("officeCode", code));
            }
            return office;
        });
    }
}
