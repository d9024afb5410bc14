package cn.jiuzhu.application.form;

import org.eclipse.microprofile.graphql.Description;

@Description("An answer to one of the programme's questions (see ProgrammeInfo.questions)")
public record Answer(@Description("Question key") String key, @Description("Answer as text: true/false, a number, yyyy-MM-dd, or a choice value") String value) {
}
