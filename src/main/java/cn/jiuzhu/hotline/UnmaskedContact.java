package cn.jiuzhu.hotline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A case's applicant ID number and contact number in full. Every answer is recorded with who asked and why.")
public record UnmaskedContact(@NonNull String idNumber, String mobileNumber) {
}
