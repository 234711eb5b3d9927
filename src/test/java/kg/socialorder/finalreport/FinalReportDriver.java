package kg.socialorder.finalreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.PaymentLedger;
import kg.socialorder.contract.PaymentOrder;
import kg.socialorder.contract.PlannedTranche;
import kg.socialorder.contract.TargetIndicator;
import kg.socialorder.contract.TranchePlan;
import kg.socialorder.engine.ProcedureClock;
import kg.socialorder.procedure.FinalReportForms;
import kg.socialorder.procedure.FinalReportForms.Question;
import kg.socialorder.procedure.ProcedureMoves;
import kg.socialorder.support.EngineTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Completes the steps of a final report with the procedure's shared forms ({@link FinalReportForms}),
 * so that each test says only what is particular to its case. Used by the final report's tests and by
 * the social order's, whose themes end here.
 */
public class FinalReportDriver {

  private static final LocalDate SIGNED_ON = LocalDate.of(2026, 1, 15);

  private final ProcessEngine engine;
  private final ProcedureMoves moves;

  public FinalReportDriver(ProcessEngine engine) {
    this.engine = engine;
    this.moves = new ProcedureMoves(engine, new ProcedureClock(EngineTest.BISHKEK));
  }

  /**
   * For a final report started on its own: registers its contract as the contract's registration step
   * does (one tranche of the whole amount, the given indicators) and what its tranches paid in the
   * payment ledger, since the report reads the amount, the indicators and the payments there. Registering the same contract again changes nothing.
   */
  public static void registerContract(ContractRegister contracts, PaymentLedger ledger, String municipality,
      String contractNumber, String organisation, String contractor, BigDecimal amount, BigDecimal paid,
      List<TargetIndicator> indicators) {
    String contract = "contract " + municipality + " " + contractNumber;
    TranchePlan plan = new TranchePlan(List.of(new PlannedTranche(1, amount, SIGNED_ON, SIGNED_ON.plusMonths(6),
        "Долбоор / Проект")));
    contracts.registerOnce(new ContractRegister.Entry(municipality, contractNumber, contract, null, organisation,
        contractor, amount, SIGNED_ON, SIGNED_ON.plusYears(1), SIGNED_ON, plan, indicators));
    if (paid.signum() > 0) {
      ledger.recordOnce(new PaymentOrder(municipality, contractNumber, 1, paid, organisation, "ПП-1", contract),
          SIGNED_ON);
    }
  }

  public Task task(ProcessInstance instance) {
    return moves.task(instance);
  }

  public void complete(ProcessInstance instance, Map<String, Object> variables) {
    engine.getTaskService().complete(task(instance).getId(), variables);
  }

  /** The contractor's report: what was reached, in the order of the laid-out indicator lines. */
  public VariableMap finalReport(ProcessInstance instance, double spent, double... reached) {
    return FinalReportForms.finalReport("Комуз жана компьютер сабактары өттү",
        moves.rows(task(instance), "indicatorResults"), Arrays.stream(reached).boxed().toList(),
        BigDecimal.valueOf(spent));
  }

  public VariableMap evaluation() {
    return FinalReportForms.evaluation("good", "Максаттар аткарылды", "Улантуу");
  }

  public VariableMap refund(double amount, String date) {
    return FinalReportForms.refund(BigDecimal.valueOf(amount), LocalDate.parse(date), "ПП-114");
  }

  /** A people's assembly of 120 residents on {@code date}. */
  public VariableMap hearing(String date) {
    return FinalReportForms.hearing("peoplesAssembly", LocalDate.parse(date), "Айылдык клуб", 120,
        "Тургундар жыйынтыкты угушту", List.of(new Question("Сабактар улантылабы?", "Ооба, кийинки жылы")));
  }

  public VariableMap closing() {
    return FinalReportForms.closing(null);
  }

  /** The publishing job runs (it is asynchronous, so a failure is retried and never publishes twice). */
  public void publish(ProcessInstance instance) {
    moves.runJob(instance.getId(), "PublishPublicReport");
  }

  /** From the contractor's report to the closing, everything spent, nothing to refund. */
  public void reportEverythingSpent(ProcessInstance instance, double spent, String hearingDate, double... reached) {
    complete(instance, finalReport(instance, spent, reached));
    complete(instance, evaluation());
    complete(instance, hearing(hearingDate));
    publish(instance);
    complete(instance, closing());
  }
}
