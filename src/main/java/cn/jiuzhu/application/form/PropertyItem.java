package cn.jiuzhu.application.form;

import org.eclipse.microprofile.graphql.Description;

@Description("一项家庭财产")
public record PropertyItem(
        PropertyType type,
        @Description("数量, e.g. number of flats or vehicles") Integer quantity,
        @Description("估计价值, yuan, decimal string") String value,
        @Description("说明, e.g. 面积、地址、车型") String description) {
}
