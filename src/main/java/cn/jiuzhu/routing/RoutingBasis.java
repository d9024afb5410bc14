package cn.jiuzhu.routing;

/** Which place decides who handles a case (domain §5). */
public enum RoutingBasis {
    RESIDENCE, // 户籍地，或当地允许时的经常居住地
    EMERGENCY_LOCATION // 急难发生地
}
