package cn.jiuzhu.identity;


/** Who acts on a case: role, token subject, and the ID number (residents) or office (staff). */
public record Actor(Role role, String subject, String idNumber, String officeCode) {

    public static Actor resident(String subject, String idNumber) {
        return new Actor(Role.RESIDENT, subject, idNumber, null);
    }
}
