package kg.socialorder.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.junit.jupiter.api.Test;

/** The outputs a call activity names for the scope it runs in, as the diagram lists them. */
class OutputsToCallingScopeTest {

  private final BpmnModelInstance order = Bpmn.readModelFromFile(new File("processes/social-order.bpmn"));

  @Test
  void aThemesCompetitionReturnsItsOutcomeAndWinnerToTheTheme() {
    assertThat(OutputsToCallingScope.outputs(callActivity("RunCompetition")))
        .containsExactly("competitionOutcome", "cancellationReason", "winner", "budgetCeiling");
  }

  @Test
  void aThemesContractReturnsWhatTheFinalReportAndTheThemesOutcomeRead() {
    assertThat(OutputsToCallingScope.outputs(callActivity("ImplementContract"))).containsExactly(
        "contractNumber", "contractorUserId", "contractorName", "monitoringUserIds",
        "contractOutcome", "terminationReason");
  }

  @Test
  void aCallActivityWithoutOutputsReturnsNothingThisWay() {
    assertThat(OutputsToCallingScope.outputs(callActivity("ReportPublicly"))).isEmpty();
  }

  private CallActivity callActivity(String id) {
    CallActivity activity = order.getModelElementById(id);
    assertThat(activity).as(id).isNotNull();
    return activity;
  }
}
