package kg.socialorder.tranche;

import java.math.BigDecimal;

/** Money spent from the tranche on one budget line. */
public record Expense(String budgetLine, BigDecimal amount, String description) {}
