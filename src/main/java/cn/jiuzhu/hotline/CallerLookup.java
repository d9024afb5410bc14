package cn.jiuzhu.hotline;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.casework.AssistanceCase;

@Description("Who is calling and their cases in the hotline's area, personal data masked")
public record CallerLookup(
        @Description("The number searched for, masked (138****5678); null when not searched by phone") String maskedMobileNumber,
        @Description("The ID number searched for, masked (110***********002X); null when not searched by ID") String maskedIdNumber,
        @NonNull @Description("Cases found in the hotline's area, newest first (at most 20)") List<@NonNull AssistanceCase> cases) {
}
