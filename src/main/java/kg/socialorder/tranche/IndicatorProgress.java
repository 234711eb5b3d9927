package kg.socialorder.tranche;

/**
 * A line of the report: a target indicator, what is expected by the end of this tranche and what
 * was reached so far ({@code reached} is empty until the contractor fills it in).
 */
public record IndicatorProgress(String name, String unit, long target, long expected, Long reached) {}
