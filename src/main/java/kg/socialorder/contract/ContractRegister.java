package kg.socialorder.contract;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The register of signed contracts (table so_contract), one per municipality and number, with each
 * contract's tranche plan (so_tranche_plan) and target indicators (so_contract_indicator) as signed.
 */
@Component
public class ContractRegister {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ContractRegister(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Entry(
      String municipality, String contractNumber, String processInstanceId, String businessKey,
      String contractorName, String contractorUserId, BigDecimal amount, LocalDate start, LocalDate end,
      LocalDate signedOn, TranchePlan plan, List<TargetIndicator> indicators) {}

  /** Whether another contract of the municipality already carries this number. */
  public boolean isTaken(String municipality, String contractNumber, String processInstanceId) {
    Integer rows = jdbc.queryForObject("select count(*) from so_contract where municipality = ? "
        + "and contract_number = ? and process_instance_id <> ?", Integer.class,
        municipality, contractNumber, processInstanceId);
    return rows != null && rows > 0;
  }

  /** The amount of a registered contract; empty if the municipality has no contract of this number. */
  public Optional<BigDecimal> amount(String municipality, String contractNumber) {
    return jdbc.query("select amount from so_contract where municipality = ? and contract_number = ?",
        (rs, n) -> rs.getBigDecimal(1), municipality, contractNumber).stream().findFirst();
  }

  /** The login of a registered contract's contractor; empty if the municipality has no contract of this number. */
  public Optional<String> contractorUserId(String municipality, String contractNumber) {
    return jdbc.query("select contractor_user_id from so_contract where municipality = ? and contract_number = ?",
        (rs, n) -> rs.getString(1), municipality, contractNumber).stream().findFirst();
  }

  /** The last day of a registered contract's term. */
  public LocalDate endDate(String municipality, String contractNumber) {
    return jdbc.queryForObject("select end_date from so_contract where municipality = ? and contract_number = ?",
        LocalDate.class, municipality, contractNumber);
  }

  /** Registers the contract; true if registered now, false if this contract was registered before. */
  public boolean registerOnce(Entry entry) {
    Integer rows = jdbc.queryForObject("select count(*) from so_contract where process_instance_id = ?",
        Integer.class, entry.processInstanceId());
    if (rows != null && rows > 0) {
      return false;
    }
    // a number taken meanwhile by another contract fails on the primary key: an incident to resolve
    jdbc.update("insert into so_contract (municipality, contract_number, process_instance_id, business_key, "
            + "contractor_name, contractor_user_id, amount, start_date, end_date, signed_on, registered_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        entry.municipality(), entry.contractNumber(), entry.processInstanceId(), entry.businessKey(),
        entry.contractorName(), entry.contractorUserId(), entry.amount(), Date.valueOf(entry.start()),
        Date.valueOf(entry.end()), Date.valueOf(entry.signedOn()), now());
    jdbc.batchUpdate("insert into so_tranche_plan (municipality, contract_number, tranche_number, amount, "
            + "payment_date, report_due_date, deliverables, status, recorded_at, updated_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        entry.plan().tranches().stream().map(t -> new Object[] {entry.municipality(), entry.contractNumber(),
            t.number(), t.amount(), Date.valueOf(t.paymentDate()), Date.valueOf(t.reportDueDate()), t.deliverables(),
            TrancheStatus.PLANNED.name(), now(), now()}).toList());
    List<Object[]> indicators = new ArrayList<>();
    for (int i = 0; i < entry.indicators().size(); i++) {
      TargetIndicator indicator = entry.indicators().get(i);
      indicators.add(new Object[] {entry.municipality(), entry.contractNumber(), i + 1, indicator.name(),
          indicator.unit(), indicator.target()});
    }
    jdbc.batchUpdate("insert into so_contract_indicator (municipality, contract_number, line_number, name, unit, "
        + "target) values (?, ?, ?, ?, ?, ?)", indicators);
    return true;
  }

  /**
   * Moves a planned tranche on (the tranche steps call this); an accepted tranche keeps the day it was
   * accepted.
   */
  public void trancheStatus(String municipality, String contractNumber, int trancheNumber, TrancheStatus status,
      LocalDate acceptedOn, String by) {
    jdbc.update("update so_tranche_plan set status = ?, accepted_on = ?, recorded_by = ?, updated_at = ? "
            + "where municipality = ? and contract_number = ? and tranche_number = ?",
        status.name(), acceptedOn == null ? null : Date.valueOf(acceptedOn), by, now(), municipality,
        contractNumber, trancheNumber);
  }

  /**
   * The numbers of a municipality's contracts under way (not yet completed or terminated); only those
   * of one contractor when {@code contractorUserId} is given.
   */
  public List<String> underWay(String municipality, String contractorUserId) {
    return contractorUserId == null
        ? jdbc.queryForList("select contract_number from so_contract where municipality = ? and outcome is null "
            + "order by contract_number", String.class, municipality)
        : jdbc.queryForList("select contract_number from so_contract where municipality = ? and outcome is null "
            + "and contractor_user_id = ? order by contract_number", String.class, municipality, contractorUserId);
  }

  /** The contract's tranches as planned, with where each stands. */
  public List<TrancheState> tranches(String municipality, String contractNumber) {
    return jdbc.query("select tranche_number, amount, payment_date, report_due_date, deliverables, status, "
            + "accepted_on, updated_at from so_tranche_plan where municipality = ? and contract_number = ? "
            + "order by tranche_number",
        (rs, n) -> new TrancheState(new PlannedTranche(rs.getInt(1), rs.getBigDecimal(2),
            rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getString(5)),
            TrancheStatus.valueOf(rs.getString(6)), rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
            rs.getTimestamp(8).toInstant()),
        municipality, contractNumber);
  }

  /** The contract's tranche plan as signed (empty for a contract not registered here). */
  public TranchePlan plan(String municipality, String contractNumber) {
    return new TranchePlan(tranches(municipality, contractNumber).stream().map(TrancheState::tranche).toList());
  }

  /**
   * Tranche {@code number} of the contract's plan as signed; refused when the register has none by that
   * number (past the plan, or a contract never registered).
   */
  public PlannedTranche plannedTranche(String municipality, String contractNumber, int number) {
    return plan(municipality, contractNumber).required(number, municipality, contractNumber);
  }

  /** The contract's target indicators as signed. */
  public List<TargetIndicator> indicators(String municipality, String contractNumber) {
    return jdbc.query("select name, unit, target from so_contract_indicator where municipality = ? "
            + "and contract_number = ? order by line_number",
        (rs, n) -> new TargetIndicator(rs.getString(1), rs.getString(2), rs.getLong(3)), municipality, contractNumber);
  }

  /** Records how the contract ended; closing it again changes nothing. */
  public void close(String processInstanceId, String outcome) {
    jdbc.update("update so_contract set outcome = ?, closed_at = ? where process_instance_id = ? and outcome is null",
        outcome, now(), processInstanceId);
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
