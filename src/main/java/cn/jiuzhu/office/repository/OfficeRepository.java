package cn.jiuzhu.office.repository;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.office.Office;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OfficeRepository implements PanacheRepositoryBase<Office, String> {
}
