package kg.socialorder.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tranche as the contract plans it: what is paid when, and what is reported by when. */
public record PlannedTranche(
    int number, BigDecimal amount, LocalDate paymentDate, LocalDate reportDueDate, String deliverables) {}
