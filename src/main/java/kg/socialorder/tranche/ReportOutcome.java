package kg.socialorder.tranche;

/** What was decided on a tranche report. */
public enum ReportOutcome { ACCEPTED, CORRECTION, TERMINATED }
