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
 *
 * <p>Everything happens on the caller's connection, in the caller's transaction: a start that held
 * its connection while it waited for a second one (for a counter of its own) could wait forever once
 * every pooled connection was held by such a start.
 */
@Component
public class BusinessKeys {

  private static final String INCREMENT = "update so_business_key_counter set last_number = last_number + 1 "
      + "where municipality = ? and counter_year = ?";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  public BusinessKeys(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    // a savepoint inside the caller's transaction (its own transaction when there is none)
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** The next key; the number is taken in the caller's transaction and given back on rollback. */
  public String next(String municipality, int year) {
    if (jdbc.update(INCREMENT, municipality, year) == 0) {
      createCounter(municipality, year);
    }
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

  /**
   * The year's first key: the counter row starts at 1. Two first starts at once both try; the
   * database makes the second wait for the first's commit and then refuses its row, which is undone
   * to the savepoint alone, and the second counts on from the first's row.
   */
  private void createCounter(String municipality, int year) {
    boolean created = Boolean.TRUE.equals(savepoint.execute(status -> {
      try {
        jdbc.update("insert into so_business_key_counter (municipality, counter_year, last_number) "
            + "values (?, ?, 1)", municipality, year);
        return true;
      } catch (DuplicateKeyException createdMeanwhile) {
        status.setRollbackOnly();
        return false;
      }
    }));
    if (!created) {
      jdbc.update(INCREMENT, municipality, year);
    }
  }
}
