package cn.jiuzhu.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.jiuzhu.programme.DocumentType;
import cn.jiuzhu.programme.TimeLimit;

@Description("Where the case stands now and what the resident should do next, in plain Chinese")
public record CaseProgress(
        @NonNull CaseState state,
        @NonNull @Description("当前环节, e.g. 调查核实中") String stateLabel,
        @NonNull @Description("What is happening now") String description,
        @NonNull OffsetDateTime since,
        @Description("The legal time limit running in this state, if any") TimeLimit timeLimit,
        @Description("By when the office should have finished this step (China time)") LocalDate dueDate,
        @NonNull @Description("暂定: dueDate is counted into a year whose holiday arrangement is not loaded yet (weekends only), so "
                + "it may still move; false without a due date") boolean dueDateProvisional,
        @Description("Why dueDate may still move, in Chinese, e.g. 2027年的节假日安排尚未公布，这个截止日期暂按周末推算，公布后可能调整。 "
                + "Null unless dueDateProvisional") String dueDateNote,
        @NonNull @Description("The due date has passed") boolean overdue,
        @NonNull @Description("我需要做什么") String nextStepForMe,
        @NonNull List<@NonNull DocumentType> missingDocuments,
        @NonNull boolean canWithdraw,
        @NonNull boolean canObject,
        @NonNull boolean canAddDocuments) {
}
