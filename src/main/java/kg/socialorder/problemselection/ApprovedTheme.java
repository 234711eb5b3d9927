package kg.socialorder.problemselection;

import java.math.BigDecimal;

/** A theme of the social order, as the council approved it: the input of its competition. */
public record ApprovedTheme(
    int themeNumber, String problemId, String problem, String description,
    String targetGroup, BigDecimal budget, long votes) {}
