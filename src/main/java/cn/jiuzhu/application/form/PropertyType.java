package cn.jiuzhu.application.form;

import org.eclipse.microprofile.graphql.Description;

@Description("家庭财产类别")
public enum PropertyType {
    DEPOSIT, // 存款
    SECURITIES, // 有价证券（股票、基金、债券等）
    VEHICLE, // 机动车辆
    HOUSING, // 房屋
    BUSINESS_ASSETS, // 经营性资产
    COMMERCIAL_INSURANCE, // 商业保险
    OTHER // 其他财产
}
