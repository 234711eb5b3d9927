package kg.socialorder.contract;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The register of signed contracts (table so_contract), one per municipality and number. */
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
      LocalDate signedOn) {}

  /** Whether another contract of the municipality already carries this number. */
  public boolean isTaken(String municipality, String contractNumber, String processInstanceId) {
    Integer rows = jdbc.queryForObject("select count(*) from so_contract where municipality = ? "
        + "and contract_number = ? and process_instance_id <> ?", Integer.class,
        municipality, contractNumber, processInstanceId);
    return rows != null && rows > 0;
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
    return true;
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
