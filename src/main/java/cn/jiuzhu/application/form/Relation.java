package cn.jiuzhu.application.form;

import org.eclipse.microprofile.graphql.Description;

@Description("与申请人关系")
public enum Relation {
    SELF, // 本人（申请人）
    SPOUSE, // 配偶
    CHILD, // 子女
    PARENT, // 父母
    SIBLING, // 兄弟姐妹
    GRANDPARENT, // 祖父母、外祖父母
    GRANDCHILD, // 孙子女、外孙子女
    CHILD_IN_LAW, // 儿媳、女婿
    OTHER // 其他共同生活的家庭成员
}
