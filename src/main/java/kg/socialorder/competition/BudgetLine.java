package kg.socialorder.competition;

import java.math.BigDecimal;

/** A line of an application's budget. */
public record BudgetLine(String item, BigDecimal amount) {}
