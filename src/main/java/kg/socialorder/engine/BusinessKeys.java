package kg.socialorder.engine;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Business keys as officials speak of a social order: municipality code, year and number, e.g.
 * {@code KARAKOL-2019-1}. Numbers come from a counter row per municipality and year, locked by the
 * update, so two coordinators starting at once get different numbers.
 */
@Component
public class BusinessKeys {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;

  public BusinessKeys(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactionManager);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next key; the number is taken in the caller's transaction and given back on rollback. */
  public String next(String municipality, int year) {
    ensureCounter(municipality, year);
    jdbc.update("update so_business_key_counter set last_number = last_number + 1 "
        + "where municipality = ? and counter_year = ?", municipality, year);
    Integer number = jdbc.queryForObject("select last_number from so_business_key_counter "
        + "where municipality = ? and counter_year = ?", Integer.class, municipality, year);
    return municipality.toUpperCase(Locale.ROOT) + "-" + year + "-" + number;
  }

  /** Gives an instance started on its own a key; one called by a social order has the caller's. */
  public void assignIfMissing(DelegateExecution execution, String municipality, int year) {
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(next(municipality, year));
    }
  }

  /** The counter row is created on its own, so a lost race for it cannot spoil the caller's work. */
  private void ensureCounter(String municipality, int year) {
    separateTransaction.executeWithoutResult(status -> {
      Integer rows = jdbc.queryForObject("select count(*) from so_business_key_counter "
          + "where municipality = ? and counter_year = ?", Integer.class, municipality, year);
      if (rows == 0) {
        try {
          jdbc.update("insert into so_business_key_counter (municipality, counter_year, last_number) "
              + "values (?, ?, 0)", municipality, year);
        } catch (DuplicateKeyException createdMeanwhile) {
          status.setRollbackOnly();
        }
      }
    });
  }
}
