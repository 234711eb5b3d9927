package kg.socialorder.contract;

/**
 * A contract has come to its end: all its tranches accepted, or terminated by the head.
 *
 * @param municipality the municipality that ordered
 * @param themeKey the theme's key (the contract's business key)
 * @param contractNumber its number in the municipality
 * @param terminated true when the head terminated it before its end
 * @param terminationReason the head's reason (only when terminated)
 */
public record ContractEnded(
    String municipality, String themeKey, String contractNumber, boolean terminated, String terminationReason) {}
