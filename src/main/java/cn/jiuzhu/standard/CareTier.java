package cn.jiuzhu.standard;

import org.eclipse.microprofile.graphql.Description;

/** Care tier of an extreme-poverty person (特困人员照料护理等级), which sets the care support paid [TK 20–22]. */
@Description("照料护理等级")
public enum CareTier {
    SELF_RELIANT, // 具备生活自理能力：6项全部能完成
    PARTLY_DEPENDENT, // 部分丧失生活自理能力：1至3项不能完成
    FULLY_DEPENDENT // 完全丧失生活自理能力：4项及以上不能完成
}
