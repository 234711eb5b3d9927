package kg.socialorder.contract;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The payment ledger (table so_payment): at most one entry per tranche of a contract. Written with
 * the engine's transaction, so a payment step that fails leaves no entry, and one that succeeds
 * leaves exactly one.
 */
@Component
public class PaymentLedger {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public PaymentLedger(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** What was paid on a contract: the sum and the number of tranches. */
  public record Totals(BigDecimal amount, int tranches) {}

  public Optional<Payment> find(String municipality, String contractNumber, int trancheNumber) {
    return jdbc.query("select amount, payee, payment_order_number, paid_on from so_payment "
            + "where municipality = ? and contract_number = ? and tranche_number = ?",
        (rs, row) -> new Payment(municipality, contractNumber, trancheNumber, rs.getBigDecimal("amount"),
            rs.getString("payee"), rs.getString("payment_order_number"), rs.getDate("paid_on").toLocalDate()),
        municipality, contractNumber, trancheNumber).stream().findFirst();
  }

  /** Every payment of a contract, by tranche. */
  public java.util.List<Payment> ofContract(String municipality, String contractNumber) {
    return jdbc.query("select tranche_number, amount, payee, payment_order_number, paid_on from so_payment "
            + "where municipality = ? and contract_number = ? order by tranche_number",
        (rs, row) -> new Payment(municipality, contractNumber, rs.getInt("tranche_number"), rs.getBigDecimal("amount"),
            rs.getString("payee"), rs.getString("payment_order_number"), rs.getDate("paid_on").toLocalDate()),
        municipality, contractNumber);
  }

  /**
   * Records the order as paid on {@code paidOn}, unless its tranche was paid before: then the
   * earlier entry is returned and nothing is written. Two nodes racing on one tranche: the second
   * fails on the primary key, its job is retried and finds the first one's entry.
   */
  public Payment recordOnce(PaymentOrder order, java.time.LocalDate paidOn) {
    Optional<Payment> earlier = find(order.municipality(), order.contractNumber(), order.trancheNumber());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    jdbc.update("insert into so_payment (municipality, contract_number, tranche_number, amount, payee, "
            + "payment_order_number, paid_on, recorded_at, process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        order.municipality(), order.contractNumber(), order.trancheNumber(), order.amount(), order.payee(),
        order.paymentOrderNumber(), Date.valueOf(paidOn), Timestamp.from(clock.instant()),
        order.processInstanceId());
    return new Payment(order.municipality(), order.contractNumber(), order.trancheNumber(), order.amount(),
        order.payee(), order.paymentOrderNumber(), paidOn);
  }

  public Totals totals(String municipality, String contractNumber) {
    return jdbc.queryForObject("select coalesce(sum(amount), 0), count(*) from so_payment "
            + "where municipality = ? and contract_number = ?",
        (rs, row) -> new Totals(rs.getBigDecimal(1), rs.getInt(2)), municipality, contractNumber);
  }

  /** Entries of one tranche: 0 or 1, whatever happened to its payment step. */
  public int entries(String municipality, String contractNumber, int trancheNumber) {
    Integer rows = jdbc.queryForObject("select count(*) from so_payment where municipality = ? "
        + "and contract_number = ? and tranche_number = ?", Integer.class, municipality, contractNumber, trancheNumber);
    return rows == null ? 0 : rows;
  }
}
