package cn.jiuzhu.charity;

import org.eclipse.microprofile.graphql.Description;

@Description("What the fund or charity answered: GRANTED with the amount it gives, or DECLINED with its reason")
public enum CharityOutcome {
    GRANTED,
    DECLINED
}
