package cn.jiuzhu.programme;

import org.eclipse.microprofile.graphql.Description;

/**
 * The programmes of the assistance catalogue (救助事项目录, domain §3). What each one asks and how
 * long each step may take is data, in {@code catalogue/programmes.json}; this enum only names them.
 */
@Description("救助事项: a programme a resident can apply for. Ask `programmes` for its name, conditions, documents and time limits.")
public enum Programme {
    DIBAO("DB"), // 最低生活保障
    TEKUN("TK"), // 特困人员救助供养
    LINSHI_URGENT("LJ"), // 临时救助·急难型
    LINSHI_EXPENSE("LZ"), // 临时救助·支出型
    BIANYUAN("BY"), // 低保边缘家庭认定
    GANGXING("GX"), // 刚性支出困难家庭认定
    SPECIAL_MEDICAL("YL"), // 医疗救助
    SPECIAL_EDUCATION("JY"), // 教育救助
    SPECIAL_HOUSING("ZF"), // 住房救助
    SPECIAL_EMPLOYMENT("JI"), // 就业救助
    SERVICE("FW"); // 服务类社会救助

    private final String caseNumberPrefix;

    Programme(String caseNumberPrefix) {
        this.caseNumberPrefix = caseNumberPrefix;
    }

    /** Two letters that start this programme's case numbers, from the pinyin of its Chinese name. */
    public String caseNumberPrefix() {
        return caseNumberPrefix;
    }
}
