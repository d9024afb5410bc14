package cn.jiuzhu.identity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.common.validation.IdNumber;

@Description("The signed-in person, as the token describes them. Personal data is masked.")
public record Viewer(
        @NonNull @Description("Token subject") String subject,
        @NonNull List<@NonNull Role> roles,
        @Description("Display name from the token, if any") String displayName,
        @Description("Staff: code of the office they work for") String officeCode,
        @Description("Residents: ID number masked for display, e.g. 110***********002X") String maskedIdNumber) {

    public static Viewer of(Caller caller) {
        return new Viewer(caller.subject(), caller.roles(), caller.displayName(), caller.officeCode(),
                caller.idNumber() == null ? null : IdNumber.parse(caller.idNumber()).masked());
    }
}
