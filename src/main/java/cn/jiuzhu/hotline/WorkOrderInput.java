package cn.jiuzhu.hotline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("WorkOrderInput")
@Description("A call as the operator records it")
public record WorkOrderInput(
        @NonNull @Description("来电人姓名") String callerName,
        @NonNull @Description("The caller's mobile number; spaces, hyphens and +86 are accepted") String callerMobileNumber,
        @Description("The caller's ID number, if they gave it") String callerIdNumber,
        @NonNull WorkOrderCategory category,
        @NonNull @Description("What the caller said") String summary,
        @Description("Required for LEAD, COMPLAINT and REAL_NAME_REPORT: the township or village where the person "
                + "concerned lives; ignored otherwise") String regionCode,
        @Id @Description("A case the call is about, if any") String caseId,
        @Description("LEAD: who needs help and why, for the township's visit (defaults to the summary)") String personConcerned) {
}
