package cn.jiuzhu.application.form;

import org.eclipse.microprofile.graphql.Description;

@Description("申请人承诺与授权")
public record Declarations(
        @Description("如实申报承诺: the information is true and complete. Required to submit.") Boolean truthfulnessPromise,
        @Description("家庭经济状况核对授权: authorises the county to verify income and property. Required to submit.") Boolean verificationAuthorisation,
        @Description("近亲属备案: a member is a close relative of a caseworker or village/community committee member") Boolean nearRelativeOfStaff,
        @Description("Who, and their post, when nearRelativeOfStaff is true") String nearRelativeDetails) {
}
