package kg.socialorder.contract;

/** What the project must achieve, e.g. 75 children enrolled. */
public record TargetIndicator(String name, String unit, long target) {}
