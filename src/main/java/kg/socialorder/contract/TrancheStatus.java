package kg.socialorder.contract;

/** Where a planned tranche stands in the case record. */
public enum TrancheStatus {
  /** As signed: not yet reported on (its payment is in the ledger once made). */
  PLANNED,
  /** The contractor's report is in, waiting for the monitoring group. */
  REPORTED,
  /** The report was returned for correction. */
  CORRECTION,
  ACCEPTED,
  /** The head terminated the contract during this tranche. */
  TERMINATED
}
