package kg.socialorder.finalreport;

import java.math.BigDecimal;

/** An indicator's target against what was reached by the end of the contract. */
public record IndicatorResult(String name, String unit, BigDecimal target, BigDecimal reached) {}
