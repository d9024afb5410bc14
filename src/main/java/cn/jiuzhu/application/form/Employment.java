package cn.jiuzhu.application.form;

import org.eclipse.microprofile.graphql.Description;

@Description("就业状况")
public enum Employment {
    EMPLOYED, // 就业
    FLEXIBLE, // 灵活就业
    UNEMPLOYED, // 失业
    RETIRED, // 退休
    UNABLE_TO_WORK, // 丧失劳动能力
    NOT_WORKING_AGE // 未到或超过劳动年龄
}
