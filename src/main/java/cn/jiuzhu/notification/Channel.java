package cn.jiuzhu.notification;

public enum Channel {
    MINIAPP, // 小程序订阅消息
    SMS // 短信
}
