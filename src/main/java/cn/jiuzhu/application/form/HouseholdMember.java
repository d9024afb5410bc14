package cn.jiuzhu.application.form;

import org.eclipse.microprofile.graphql.Description;

@Description("共同生活的家庭成员, including the applicant (relation SELF)")
public record HouseholdMember(
        @Description("姓名") String name,
        @Description("居民身份证号码") String idNumber,
        Relation relation,
        @Description("残疾类别; null when not disabled") DisabilityType disabilityType,
        @Description("残疾等级 1-4 (一级最重); only with a disability type") Integer disabilityGrade,
        @Description("患有重特大疾病") Boolean seriousIllness,
        Employment employment,
        @Description("在校学生") Boolean student) {

    public boolean disabled() {
        return disabilityType != null;
    }

    public boolean hasSeriousIllness() {
        return Boolean.TRUE.equals(seriousIllness);
    }

    public boolean inSchool() {
        return Boolean.TRUE.equals(student);
    }
}
