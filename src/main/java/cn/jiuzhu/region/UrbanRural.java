package cn.jiuzhu.region;

import org.eclipse.microprofile.graphql.Description;

/** Urban or rural: decides which dibao standard applies (domain §6, §9). */
@Description("城乡属性, derived from the village code: 001-199 residents' committee (urban), 200-399 villagers' committee (rural)")
public enum UrbanRural {
    URBAN, // 城镇: 居民委员会
    RURAL // 农村: 村民委员会
}
