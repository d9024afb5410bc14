package cn.jiuzhu.application.form;

import org.eclipse.microprofile.graphql.Description;

@Description("残疾类别 (GB/T 26341)")
public enum DisabilityType {
    VISUAL, // 视力残疾
    HEARING, // 听力残疾
    SPEECH, // 言语残疾
    PHYSICAL, // 肢体残疾
    INTELLECTUAL, // 智力残疾
    MENTAL, // 精神残疾
    MULTIPLE // 多重残疾
}
