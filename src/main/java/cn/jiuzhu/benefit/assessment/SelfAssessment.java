package cn.jiuzhu.benefit.assessment;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.standard.StandardVersion;

@Description("自助测算的结果：可能符合哪些救助、大约多少，以及理由。仅供参考，不保存任何信息")
public record SelfAssessment(
        @NonNull @Description("The standard used: the one in force today where the household lives") StandardVersion standard,
        @NonNull @Description("One per programme assessed, those the household may qualify for first") List<@NonNull SelfAssessmentResult> results,
        @NonNull @Description("What the estimate is and is not, in Chinese, to show with it") String notice) {
}
