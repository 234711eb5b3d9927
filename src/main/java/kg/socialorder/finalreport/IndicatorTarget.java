package kg.socialorder.finalreport;

import java.math.BigDecimal;

/** A target indicator of the contract, e.g. 75 children enrolled. */
public record IndicatorTarget(String name, String unit, BigDecimal target) {}
