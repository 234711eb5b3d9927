package kg.socialorder.contract;

import java.time.Instant;
import java.time.LocalDate;

/** A planned tranche as the case record holds it now: its terms, where it stands, when it was accepted. */
public record TrancheState(PlannedTranche tranche, TrancheStatus status, LocalDate acceptedOn, Instant updatedAt) {}
