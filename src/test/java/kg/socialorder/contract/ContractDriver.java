package kg.socialorder.contract;

import static kg.socialorder.engine.JsonVariables.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.procedure.ContractForms;
import kg.socialorder.procedure.ContractForms.Indicator;
import kg.socialorder.procedure.ContractForms.Member;
import kg.socialorder.procedure.ContractForms.PlannedTranche;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Completes the steps of a contract with the procedure's shared forms ({@link ContractForms}), so that
 * each test says only what is particular to its case.
 */
public class ContractDriver {

  /** The indicators every test contract promises. */
  public static final List<Indicator> INDICATORS = List.of(
      new Indicator("Бала бакчага катталган балдар", "бала", 75),
      new Indicator("Жумушка алынган тарбиячылар", "адам", 5));

  private final ProcessEngine engine;

  public ContractDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  /** As the social order starts it: the theme and the competition's winner as a record. */
  public ProcessInstance start(String municipality, double ceiling, String organisation, double requested) {
    return start(municipality, ceiling, organisation, requested, "info@example.kg");
  }

  /** The same, the winner's application giving {@code contactEmail}. */
  public ProcessInstance start(String municipality, double ceiling, String organisation, double requested,
      String contactEmail) {
    Map<String, Object> winner = new LinkedHashMap<>();
    winner.put("applicationId", "A-7");
    winner.put("registrationNumber", "12345-3301-ОО");
    winner.put("organisationName", organisation);
    winner.put("legalForm", "publicAssociation");
    winner.put("taxNumber", "02304201010012");
    winner.put("projectTitle", "Баластан");
    winner.put("requestedAmount", requested);
    winner.put("contactEmail", contactEmail);
    return engine.getRuntimeService().startProcessInstanceByKey("contract", Variables.createVariables()
        .putValue("municipality", municipality)
        .putValue("themeNumber", 1)
        .putValue("problem", "Мектепке чейинки билим берүү жетишсиз")
        .putValue("targetGroup", "2–6 жаштагы балдар")
        .putValue("budgetCeiling", ceiling)
        .putValue("winner", json(winner)));
  }

  public Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  public void complete(ProcessInstance instance, Map<String, Object> variables) {
    engine.getTaskService().complete(task(instance).getId(), variables);
  }

  public VariableMap draft(String number, double amount, String start, String end, String contractor,
      List<PlannedTranche> tranches) {
    return ContractForms.draft(number, BigDecimal.valueOf(amount), LocalDate.parse(start), LocalDate.parse(end),
        contractor, tranches, INDICATORS);
  }

  public static PlannedTranche tranche(double amount, String paymentDate, String reportDueDate) {
    return new PlannedTranche(BigDecimal.valueOf(amount), LocalDate.parse(paymentDate), LocalDate.parse(reportDueDate),
        "Эмерек, бөлмөлөр, тарбиячылар / Мебель, комнаты, воспитатели");
  }

  /** Tranches of equal amounts, one a month from April, each reported at the end of its month. */
  public static List<PlannedTranche> monthlyTranches(double total, int count) {
    List<PlannedTranche> tranches = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tranches.add(tranche(total / count, String.format("2026-%02d-05", 4 + i), String.format("2026-%02d-28", 4 + i)));
    }
    return tranches;
  }

  public VariableMap sign() {
    return ContractForms.contractorSigns();
  }

  public VariableMap requestChanges(String what) {
    return ContractForms.changesRequested(what);
  }

  public VariableMap headSignature() {
    return ContractForms.headSigns();
  }

  public VariableMap group(List<Member> members) {
    return ContractForms.monitoringGroup(members);
  }

  public static Member member(String name, String userId, String category, boolean chair) {
    return new Member(name, userId, category, chair);
  }

  /** A lawful group of the municipality: a specialist chairs, a deputy and a community leader. */
  public static List<Member> lawfulGroup(String municipality) {
    return List.of(
        member(null, municipality + ".monitor1", "municipalitySpecialist", true),
        member(null, municipality + ".monitor2", "councilDeputy", false),
        member("Асан Токтосунов", null, "communityLeader", false));
  }
}
