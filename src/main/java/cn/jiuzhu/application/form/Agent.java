package cn.jiuzhu.application.form;

import org.eclipse.microprofile.graphql.Description;

@Description("委托代理人: applies on the household's behalf with a written authorisation (uploaded as AGENT_AUTHORISATION)")
public record Agent(
        String name,
        String idNumber,
        String mobileNumber,
        @Description("与申请人的关系或所在组织, e.g. 村委会、女儿") String relationship) {
}
