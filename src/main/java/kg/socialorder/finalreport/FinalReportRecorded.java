package kg.socialorder.finalreport;

/**
 * The case record of a final report was written: opened (again), its indicators reached submitted,
 * or its refund recorded. Raised in the writer's transaction, after the write.
 *
 * @param businessKey the report's business key
 */
public record FinalReportRecorded(String businessKey) {}
