package kg.socialorder.tranche;

/**
 * A tranche's report is decided: accepted, or sent back to the contractor for corrections.
 *
 * @param municipality the municipality that ordered
 * @param contractNumber the contract
 * @param trancheNumber which of its tranches
 * @param outcome ACCEPTED or CORRECTION
 */
public record TrancheReportDecided(String municipality, String contractNumber, int trancheNumber,
    ReportOutcome outcome) {}
