package cn.jiuzhu.monitoring;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("一层的人数")
public record LayerCount(@NonNull MonitoringLayer layer, @NonNull @Description("In Chinese, e.g. 低保对象") String label,
        @NonNull @Description("People counted in this layer (each person once, in their first layer)") Integer persons) {
}
