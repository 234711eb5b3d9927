package kg.socialorder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.dashboard.SummaryRecount.Place;
import kg.socialorder.dashboard.SummaryRecount.Stage;
import kg.socialorder.dashboard.SummaryRecount.Sums;
import kg.socialorder.demo.DemoCases;
import kg.socialorder.ocds.SocialOrderChain;
import kg.socialorder.order.OrderRegister;
import kg.socialorder.support.EngineTest;
import kg.socialorder.support.Together;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's summary per municipality and year is what the registers add up to, however the data
 * came: the demo's real cases, orders driven through the processes to every stage and to their end,
 * and writers of one new municipality's year committing at the same moment. Each test holds every
 * stored row against a recount from the registers, so an event not listened to, or one counted twice,
 * fails it. Subclasses run it on H2 and PostgreSQL.
 */
abstract class DashboardSummaryScenarios extends EngineTest {

  @Autowired
  DashboardSummary summary;
  @Autowired
  SummaryRecount recount;
  @Autowired
  DemoCases demoCases;
  @Autowired
  ApplicationIntake intake;
  @Autowired
  OrderRegister orders;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactionManager;

  /**
   * Other tests' fixtures put rows straight into the registers (a tranche or a final report started on
   * its own, with its contract and payment written as their steps would write them, without the steps'
   * events). To the summary they are data it never heard of, as V13 found the registers: count them
   * first, so that what each test holds against the recount is what its own events did.
   */
  @BeforeEach
  void countWhatFixturesWroteStraightIntoTheRegisters() {
    summary.rebuild();
  }

  @Test
  void afterTheDemoCasesTheSummaryIsTheRegistersRecount() {
    demoCases.load();

    assertStoredIsRecounted();
    // Omuraliev's order of 2018: closed, its refund and both indicators in
    Sums omuraliev = summary.storedSums().get(new Place("omuraliev", 2018));
    assertThat(omuraliev.orders()).isEqualTo(1);
    assertThat(omuraliev.refunded()).isEqualByComparingTo("3500");
    assertThat(omuraliev.indicatorLines()).isEqualTo(2);
    assertThat(summary.storedStages()).containsEntry(new Stage(new Place("omuraliev", 2018), "ORDER", "CLOSED"), 1);
  }

  @Test
  void ordersDrivenToEveryStageAndToTheirEndAreCountedAsTheyMove() {
    Place karakolTown = new Place("karakoltown", TODAY.getYear());
    Sums before = summary.storedSums().getOrDefault(karakolTown, Sums.NONE);

    new SocialOrderChain(engine, intake).runUntil("Балдар бөтөн болбойт", SocialOrderChain.Stage.CONTRACT);
    assertStoredIsRecounted();
    new SocialOrderChain(engine, intake).runUntil("Балдар бөтөн болбойт", SocialOrderChain.Stage.FINAL_REPORT);
    assertStoredIsRecounted();
    new SocialOrderChain(engine, intake).run("Балдар бөтөн болбойт");
    assertStoredIsRecounted();

    Sums after = summary.storedSums().get(karakolTown);
    assertThat(after.orders()).isEqualTo(before.orders() + 3);
    assertThat(after.contracted()).isGreaterThan(before.contracted());
    assertThat(after.paid()).isGreaterThan(before.paid());
    assertThat(after.refunded()).isGreaterThan(before.refunded());
    assertThat(after.indicatorLines()).isGreaterThan(before.indicatorLines());
  }

  /**
   * Four orders of a municipality's year that has no row yet are registered at once: each
   * transaction has written its order and waits at the latch until all have, then all commit
   * together, each creating and recounting the same missing row. None may fail on the row's key, and
   * none may overwrite another's count with its own.
   */
  @Test
  void writersOfOneMissingRowCommittingAtOnceAreAllCounted() throws Exception {
    Place place = new Place("racetown", 2031);
    int writers = 4;
    CountDownLatch allWritten = new CountDownLatch(writers);
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    List<Callable<String>> calls = new ArrayList<>();
    for (int i = 1; i <= writers; i++) {
      String key = "RACETOWN-2031-" + i;
      BigDecimal envelope = BigDecimal.valueOf(100_000L * i);
      calls.add(() -> transaction.execute(status -> {
        orders.registerOrder(key, place.municipality(), place.year(), "Жарыш / Гонка", envelope,
            Instant.parse("2031-01-10T04:00:00Z"));
        allWritten.countDown();
        try {
          assertThat(allWritten.await(1, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        return key;
      }));
    }
    try {
      assertThat(Together.atOnce(calls)).hasSize(writers);

      Sums raced = summary.storedSums().get(place);
      assertThat(raced.orders()).isEqualTo(writers);
      assertThat(raced.planned()).isEqualByComparingTo("1000000");
      assertThat(summary.storedStages()).containsEntry(new Stage(place, "ORDER", "SELECTION"), writers);
      assertStoredIsRecounted();
    } finally {
      transaction.executeWithoutResult(status -> {
        jdbc.update("delete from so_social_order where municipality = ?", place.municipality());
        summary.refresh(List.of(place));
      });
    }
  }

  private void assertStoredIsRecounted() {
    Map<Place, Sums> stored = summary.storedSums();
    Map<Place, Sums> recounted = recount.allSums();
    assertThat(stored).isNotEmpty();
    assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(recounted.keySet());
    recounted.forEach((place, sums) -> assertThat(stored.get(place).same(sums))
        .as("%s stored %s, recounted %s", place, stored.get(place), sums).isTrue());
    assertThat(summary.storedStages()).containsExactlyInAnyOrderEntriesOf(recount.allStages());
  }
}
