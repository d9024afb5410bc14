package cn.jiuzhu.region;

import org.eclipse.microprofile.graphql.Description;

@Description("乡级区划类别, from township code digits 7-9: 001-099 street, 100-199 town, 200-399 township, others special areas")
public enum TownshipKind {
    STREET, // 街道
    TOWN, // 镇
    TOWNSHIP, // 乡 (including 民族乡, 苏木)
    SPECIAL_AREA // 开发区、农场、林场等类似乡级单位
}
