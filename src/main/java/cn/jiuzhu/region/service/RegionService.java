package cn.jiuzhu.region.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.jiuzhu.common.error.ApiException;
import cn.jiuzhu.common.error.ErrorCode;
import cn.jiuzhu.common.paging.PageRequest;
import cn.jiuzhu.region.Region;
import cn.jiuzhu.region.RegionCode;
import cn.jiuzhu.region.RegionConnection;
import cn.jiuzhu.region.RegionLevel;
import cn.jiuzhu.region.repository.RegionRepository;
import io.smallrye.mutiny.Uni;

/** The divisions of China: lookups, the tree around a division, name search, and the "exists at the right level" check other capabilities call. */
@ApplicationScoped
public class RegionService {

    static final int MIN_SEARCH_LENGTH = 1;
    static final int MAX_SEARCH_LENGTH = 50;

    private final RegionRepository repository;

    public RegionService(RegionRepository repository) {
        this.repository = repository;
    }

    /** The region, or null when the well-formed code names no division. */
    public Uni<Region> find(String code) {
        RegionCode c = new RegionCode(code);
        return repository.findByCodes(List.of(c.value())).map(found -> found.isEmpty() ? null : found.get(0));
    }

    /**
     * For input validation elsewhere: the code must exist and be at {@code level}
     * (e.g. a household's residence must be a village).
     */
    public Uni<Region> require(String code, RegionLevel level) {
        return find(code).map(region -> {
            if (region == null) {
                throw new ApiException(ErrorCode.REGION_NOT_FOUND, Map.of("code", code));
            }
            if (region.level() != level) {
                throw new ApiException(ErrorCode.REGION_LEVEL_MISMATCH, Map.of("code", code,
                        "expectedLevel", level.name(), "expectedLevelName", level.chineseName(),
                        "actualLevel", region.level().name()));
            }
            return region;
        });
    }

    public Uni<List<Region>> provinces() {
        return repository.findProvinces();
    }

    /** Children of each region, in the order given: one query for the whole batch. */
    public Uni<List<List<Region>>> childrenOf(List<Region> regions) {
        List<String> codes = regions.stream().map(Region::code).toList();
        return repository.findChildrenOf(codes).map(children -> {
            Map<String, List<Region>> byParent = children.stream().collect(Collectors.groupingBy(Region::parentCode));
            return codes.stream().map(code -> byParent.getOrDefault(code, List.of())).toList();
        });
    }

    /** Ancestors of each region, province first: read from the code prefixes, one query for the batch. */
    public Uni<List<List<Region>>> ancestorsOf(List<Region> regions) {
        List<List<String>> ancestorCodes = regions.stream()
                .map(r -> new RegionCode(r.code()).ancestors().stream().map(RegionCode::value).toList())
                .toList();
        List<String> all = ancestorCodes.stream().flatMap(List::stream).distinct().toList();
        if (all.isEmpty()) {
            return Uni.createFrom().item(regions.stream().map(r -> List.<Region> of()).toList());
        }
        return repository.findByCodes(all).map(found -> {
            Map<String, Region> byCode = found.stream().collect(Collectors.toMap(Region::code, Function.identity()));
            return ancestorCodes.stream()
                    .map(codes -> codes.stream().map(byCode::get).filter(Objects::nonNull).toList())
                    .toList();
        });
    }

    public Uni<List<Region>> parentsOf(List<Region> regions) {
        List<String> parentCodes = regions.stream().map(Region::parentCode).filter(Objects::nonNull).distinct().toList();
        if (parentCodes.isEmpty()) {
            return Uni.createFrom().item(regions.stream().map(r -> (Region) null).toList());
        }
        return repository.findByCodes(parentCodes).map(found -> {
            Map<String, Region> byCode = found.stream().collect(Collectors.toMap(Region::code, Function.identity()));
            return regions.stream().map(r -> r.parentCode() == null ? null : byCode.get(r.parentCode())).toList();
        });
    }

    public Uni<RegionConnection> search(String name, RegionLevel level, PageRequest page) {
        String fragment = name == null ? "" : name.strip();
        if (fragment.length() < MIN_SEARCH_LENGTH || fragment.length() > MAX_SEARCH_LENGTH) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.VALIDATION_FAILED,
                    Map.of("field", "name", "minLength", MIN_SEARCH_LENGTH, "maxLength", MAX_SEARCH_LENGTH)));
        }
        return repository.searchByName(fragment, level, page.afterKey(), page.fetchSize())
                .map(found -> {
                    var p = page.toPage(found, Region::code);
                    return new RegionConnection(p.items(), p.pageInfo());
                });
    }
}
