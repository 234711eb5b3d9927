package kg.socialorder.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An entry of the payment ledger. */
public record Payment(
    String municipality, String contractNumber, int trancheNumber, BigDecimal amount, String payee,
    String paymentOrderNumber, LocalDate paidOn) {}
