package cn.jiuzhu.routing;

/** The office a case goes to, the county it belongs to, and why, in words a resident reads. */
public record Assignment(String officeCode, String officeName, String countyCode, String explanation) {
}
