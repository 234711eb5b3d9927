package kg.socialorder.tranche;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tranche is paid to the contractor (the payment ledger holds it).
 *
 * @param municipality the paying municipality
 * @param themeKey the theme's key (the tranche's business key)
 * @param contractNumber the contract
 * @param trancheNumber which of its tranches
 * @param amount what was paid
 * @param contractorName the payee
 * @param paidOn the day of the payment
 */
public record TranchePaid(
    String municipality, String themeKey, String contractNumber, int trancheNumber, BigDecimal amount,
    String contractorName, LocalDate paidOn) {}
