package kg.socialorder.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import kg.socialorder.contract.ContractRegistered;
import kg.socialorder.dashboard.SummaryRecount.Place;
import kg.socialorder.dashboard.SummaryRecount.Stage;
import kg.socialorder.dashboard.SummaryRecount.Sums;
import kg.socialorder.finalreport.FinalReportRecorded;
import kg.socialorder.order.OrderRecorded;
import kg.socialorder.order.ThemeRecorded;
import kg.socialorder.tranche.TranchePaid;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dashboard's summary (so_dashboard_summary, so_dashboard_stage: per municipality and year)
 * equal to what the registers hold. An event of a register (an order or a theme recorded, a contract
 * registered, a tranche paid, a final report recorded) names the municipality's year it touches; just
 * before the writer's transaction commits, that row is locked and recounted from the registers
 * ({@link SummaryRecount}) and written in the same transaction. So the summary commits with the
 * registers or not at all; a repeated step, or a final report that replaces what it recorded, cannot
 * count twice; and two writers of one row take turns on its lock, the second recounting after the
 * first committed. The row is created if missing under a savepoint: of two writers creating it at
 * once, the second finds the first's row and goes on with it.
 */
@Component
public class DashboardSummary {

  private static final String UNIQUE_VIOLATION = "23505";

  private final JdbcTemplate jdbc;
  private final DataSource dataSource;
  private final SummaryRecount recount;
  private final TransactionTemplate transactions;

  public DashboardSummary(JdbcTemplate jdbc, SummaryRecount recount, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.dataSource = jdbc.getDataSource();
    this.recount = recount;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @EventListener
  void on(OrderRecorded event) {
    touch(jdbc.query("select municipality, order_year from so_social_order where business_key = ?",
        (rs, n) -> new Place(rs.getString(1), rs.getInt(2)), event.orderKey()));
  }

  @EventListener
  void on(ThemeRecorded event) {
    touch(jdbc.query("select o.municipality, o.order_year from so_theme t join so_social_order o"
        + " on o.business_key = t.social_order_key where t.theme_key = ?",
        (rs, n) -> new Place(rs.getString(1), rs.getInt(2)), event.themeKey()));
  }

  @EventListener
  void on(ContractRegistered event) {
    touch(contractYear(event.municipality(), event.contractNumber()));
  }

  @EventListener
  void on(TranchePaid event) {
    touch(contractYear(event.municipality(), event.contractNumber()));
  }

  @EventListener
  void on(FinalReportRecorded event) {
    touch(jdbc.query("select f.municipality, coalesce(o.order_year, cast(extract(year from c.signed_on) as integer),"
        + " cast(extract(year from f.started_at) as integer)) from so_final_report f left join so_contract c"
        + " on c.municipality = f.municipality and c.contract_number = f.contract_number"
        + " left join so_theme t on t.theme_key = f.business_key"
        + " left join so_social_order o on o.business_key = t.social_order_key where f.business_key = ?",
        (rs, n) -> new Place(rs.getString(1), rs.getInt(2)), event.businessKey()));
  }

  private List<Place> contractYear(String municipality, String contractNumber) {
    return jdbc.query("select c.municipality, coalesce(o.order_year, cast(extract(year from c.signed_on) as integer))"
        + " from so_contract c left join so_theme t on t.theme_key = c.business_key"
        + " left join so_social_order o on o.business_key = t.social_order_key"
        + " where c.municipality = ? and c.contract_number = ?",
        (rs, n) -> new Place(rs.getString(1), rs.getInt(2)), municipality, contractNumber);
  }

  /** Marks the rows to recount before the transaction commits (at once, in a transaction of its own, outside one). */
  private void touch(Collection<Place> places) {
    if (places.isEmpty()) {
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      transactions.executeWithoutResult(status -> refresh(places));
      return;
    }
    @SuppressWarnings("unchecked")
    Set<Place> pending = (Set<Place>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      Set<Place> marked = new TreeSet<>();
      pending = marked;
      TransactionSynchronizationManager.bindResource(this, marked);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          TransactionSynchronizationManager.unbindResource(DashboardSummary.this);
          refresh(marked);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(DashboardSummary.this);
        }
      });
    }
    pending.addAll(places);
  }

  /** Locks, recounts and writes each row, in one order (municipality, year) so that two writers never deadlock. */
  void refresh(Collection<Place> places) {
    for (Place place : new TreeSet<>(places)) {
      lock(place);
      Sums sums = recount.sums(place);
      jdbc.update("update so_dashboard_summary set orders = ?, planned = ?, contracted = ?, paid = ?, refunded = ?,"
          + " indicator_lines = ?, indicator_reached = ?, indicator_target = ?, indicator_achieved = ?"
          + " where municipality = ? and summary_year = ?", sums.orders(), sums.planned(), sums.contracted(),
          sums.paid(), sums.refunded(), sums.indicatorLines(), sums.indicatorsReached(), sums.indicatorTarget(),
          sums.indicatorAchieved(), place.municipality(), place.year());
      jdbc.update("delete from so_dashboard_stage where municipality = ? and summary_year = ?", place.municipality(),
          place.year());
      jdbc.batchUpdate("insert into so_dashboard_stage (municipality, summary_year, kind, stage, stage_count)"
          + " values (?, ?, ?, ?, ?)", recount.stages(place).entrySet().stream().map(e -> new Object[] {
              place.municipality(), place.year(), e.getKey().kind(), e.getKey().stage(), e.getValue()}).toList());
    }
  }

  /**
   * Takes the row's lock (an update that changes nothing), creating the row first if there is none:
   * under a savepoint, so that when another transaction created it meanwhile, the unique key's
   * refusal is undone and the update waits for that transaction instead.
   */
  private void lock(Place place) {
    while (jdbc.update("update so_dashboard_summary set orders = orders where municipality = ? and summary_year = ?",
        place.municipality(), place.year()) == 0) {
      if (insertUnlessThere(place)) {
        return;
      }
    }
  }

  private boolean insertUnlessThere(Place place) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      Savepoint savepoint = connection.setSavepoint();
      try (PreparedStatement insert = connection.prepareStatement("insert into so_dashboard_summary (municipality,"
          + " summary_year, orders, planned, contracted, paid, refunded, indicator_lines, indicator_reached,"
          + " indicator_target, indicator_achieved) values (?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0)")) {
        insert.setString(1, place.municipality());
        insert.setInt(2, place.year());
        insert.executeUpdate();
        connection.releaseSavepoint(savepoint);
        return true;
      } catch (SQLException refused) {
        if (!UNIQUE_VIOLATION.equals(refused.getSQLState())) {
          throw refused;
        }
        connection.rollback(savepoint);
        return false;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The dashboard summary of " + place + " could not be created", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /**
   * Recounts every row from the registers, as {@code V13__dashboard_summary.sql} did: for a database
   * whose registers were filled or restored without the application's events (a copy made in the
   * database).
   */
  public void rebuild() {
    transactions.executeWithoutResult(status -> {
      jdbc.update("delete from so_dashboard_stage");
      jdbc.update("delete from so_dashboard_summary");
      Map<Place, Sums> sums = recount.allSums();
      jdbc.batchUpdate("insert into so_dashboard_summary (municipality, summary_year, orders, planned, contracted,"
          + " paid, refunded, indicator_lines, indicator_reached, indicator_target, indicator_achieved)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sums.entrySet().stream().map(e -> new Object[] {
              e.getKey().municipality(), e.getKey().year(), e.getValue().orders(), e.getValue().planned(),
              e.getValue().contracted(), e.getValue().paid(), e.getValue().refunded(), e.getValue().indicatorLines(),
              e.getValue().indicatorsReached(), e.getValue().indicatorTarget(), e.getValue().indicatorAchieved()})
          .toList());
      jdbc.batchUpdate("insert into so_dashboard_stage (municipality, summary_year, kind, stage, stage_count)"
          + " values (?, ?, ?, ?, ?)", recount.allStages().entrySet().stream().map(e -> new Object[] {
              e.getKey().place().municipality(), e.getKey().place().year(), e.getKey().kind(), e.getKey().stage(),
              e.getValue()}).toList());
    });
  }

  /** The stored sums of every row that holds something. */
  public Map<Place, Sums> storedSums() {
    Map<Place, Sums> stored = new LinkedHashMap<>();
    jdbc.query("select municipality, summary_year, orders, planned, contracted, paid, refunded, indicator_lines,"
        + " indicator_reached, indicator_target, indicator_achieved from so_dashboard_summary", rs -> {
          Sums sums = new Sums(rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
              rs.getBigDecimal(7), rs.getInt(8), rs.getInt(9), rs.getBigDecimal(10), rs.getBigDecimal(11));
          if (!sums.empty()) {
            stored.put(new Place(rs.getString(1), rs.getInt(2)), sums);
          }
        });
    return stored;
  }

  /** The stored stage counts. */
  public Map<Stage, Integer> storedStages() {
    Map<Stage, Integer> stored = new LinkedHashMap<>();
    jdbc.query("select municipality, summary_year, kind, stage, stage_count from so_dashboard_stage", rs -> {
      stored.put(new Stage(new Place(rs.getString(1), rs.getInt(2)), rs.getString(3), rs.getString(4)), rs.getInt(5));
    });
    return stored;
  }
}
