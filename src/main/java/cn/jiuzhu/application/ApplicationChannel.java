package cn.jiuzhu.application;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an application was started: in the mini-app by the resident, or by the hotline for a caller")
public enum ApplicationChannel {
    MINIAPP, // 指尖办小程序
    HOTLINE // 社会救助热线（代为填写）
}
