package kg.socialorder.contract;

import java.math.BigDecimal;

/** What finance approved: pay this tranche of this contract to the contractor. */
public record PaymentOrder(
    String municipality, String contractNumber, int trancheNumber, BigDecimal amount, String payee,
    String paymentOrderNumber, String processInstanceId) {}
