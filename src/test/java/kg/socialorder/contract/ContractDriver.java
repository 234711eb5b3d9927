package kg.socialorder.contract;

import static kg.socialorder.engine.JsonVariables.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Completes the steps of a contract as the forms do, so that each test says only what is
 * particular to its case.
 */
public class ContractDriver {

  private final ProcessEngine engine;

  public ContractDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  /** As the social order starts it: the theme and the competition's winner as a record. */
  public ProcessInstance start(String municipality, double ceiling, String organisation, double requested) {
    Map<String, Object> winner = new LinkedHashMap<>();
    winner.put("applicationId", "A-7");
    winner.put("registrationNumber", "12345-3301-ОО");
    winner.put("organisationName", organisation);
    winner.put("legalForm", "publicAssociation");
    winner.put("taxNumber", "02304201010012");
    winner.put("projectTitle", "Баластан");
    winner.put("requestedAmount", requested);
    winner.put("contactEmail", "info@example.kg");
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
      List<Map<String, Object>> tranches) {
    return Variables.createVariables()
        .putValue("contractNumber", number)
        .putValue("contractAmount", amount)
        .putValue("contractStart", start)
        .putValue("contractEnd", end)
        .putValue("contractorUserId", contractor)
        .putValue("tranchePlan", json(tranches))
        .putValue("indicators", json(List.of(
            Map.of("name", "Бала бакчага катталган балдар", "unit", "бала", "target", 75),
            Map.of("name", "Жумушка алынган тарбиячылар", "unit", "адам", "target", 5))));
  }

  public static Map<String, Object> tranche(double amount, String paymentDate, String reportDueDate) {
    Map<String, Object> tranche = new LinkedHashMap<>();
    tranche.put("amount", amount);
    tranche.put("paymentDate", paymentDate);
    tranche.put("reportDueDate", reportDueDate);
    tranche.put("deliverables", "Эмерек, бөлмөлөр, тарбиячылар / Мебель, комнаты, воспитатели");
    return tranche;
  }

  /** Tranches of equal amounts, one a month from April, each reported at the end of its month. */
  public static List<Map<String, Object>> monthlyTranches(double total, int count) {
    List<Map<String, Object>> tranches = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tranches.add(tranche(total / count, String.format("2026-%02d-05", 4 + i), String.format("2026-%02d-28", 4 + i)));
    }
    return tranches;
  }

  public VariableMap sign() {
    return Variables.createVariables().putValue("contractorDecision", "sign");
  }

  public VariableMap requestChanges(String what) {
    return Variables.createVariables().putValue("contractorDecision", "requestChanges").putValue("changeRequest", what);
  }

  public VariableMap headSignature() {
    return Variables.createVariables().putValue("headSigned", true);
  }

  public VariableMap group(List<Map<String, Object>> members) {
    return Variables.createVariables().putValue("monitoringGroup", json(members));
  }

  public static Map<String, Object> member(String name, String userId, String category, boolean chair) {
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("name", name);
    member.put("userId", userId);
    member.put("category", category);
    member.put("chair", chair);
    return member;
  }

  /** A lawful group of the municipality: a specialist chairs, a deputy and a community leader. */
  public static List<Map<String, Object>> lawfulGroup(String municipality) {
    return List.of(
        member(null, municipality + ".monitor1", "municipalitySpecialist", true),
        member(null, municipality + ".monitor2", "councilDeputy", false),
        member("Асан Токтосунов", null, "communityLeader", false));
  }
}
