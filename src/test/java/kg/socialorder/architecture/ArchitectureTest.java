package kg.socialorder.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the project's structure (README, "Architecture"), checked on the compiled classes of
 * src/main: a change that breaks one fails here naming the class and the dependency.
 */
class ArchitectureTest {

  /** The procedure, one package per process, in the order a social order runs through them. */
  static final String[] PROCESSES = {
      "kg.socialorder.problemselection..", "kg.socialorder.order..", "kg.socialorder.competition..",
      "kg.socialorder.contract..", "kg.socialorder.tranche..", "kg.socialorder.finalreport.."};

  /** What the processes stand on: the engine's integration, input validation, people, the web layer. */
  static final String[] FOUNDATIONS = {
      "kg.socialorder.engine..", "kg.socialorder.validation..", "kg.socialorder.identity..",
      "kg.socialorder.http..", "kg.socialorder.webapp..", "kg.socialorder.designer..", "kg.socialorder.tasklist.."};

  static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("kg.socialorder");
  }

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("kg.socialorder.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void processesNeverReachForOpenDataThePortalOrTheDemo() {
    noClasses().that().resideInAnyPackage(PROCESSES)
        .should().dependOnClassesThat().resideInAnyPackage(
            "kg.socialorder.ocds..", "kg.socialorder.portal..", "kg.socialorder.demo..", "kg.socialorder.dashboard..",
            "kg.socialorder.mail..")
        .because("open data, the portal, the dashboard, the demo and e-mail read the case record and the processes' events, "
            + "never the other way round")
        .check(classes);
  }

  @Test
  void theFoundationsKnowNoProcess() {
    noClasses().that().resideInAnyPackage(FOUNDATIONS)
        .should().dependOnClassesThat().resideInAnyPackage(PROCESSES)
        .because("the engine's integration, validation and the web layer serve every process alike")
        .check(classes);
  }

  @Test
  void engineInternalsStayInTheEnginePackage() {
    noClasses().that().resideOutsideOfPackage("kg.socialorder.engine..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
        .because("Camunda's internals change between versions: one package adapts to them, the rest uses "
            + "the public API and java.time")
        .check(classes);
  }

  @Test
  void theDashboardOnlyReads() {
    noClasses().that().resideInAnyPackage(PROCESSES).or().resideInAnyPackage(FOUNDATIONS)
        .or().resideInAnyPackage("kg.socialorder.portal..", "kg.socialorder.ocds..", "kg.socialorder.demo..")
        .should().dependOnClassesThat().resideInAPackage("kg.socialorder.dashboard..")
        .because("the dashboard reads the case record; nothing of the procedure, the portal or open data waits on it")
        .check(classes);
  }

  @Test
  void theFoundationsSendNoMail() {
    noClasses().that().resideInAnyPackage(FOUNDATIONS)
        .should().dependOnClassesThat().resideInAPackage("kg.socialorder.mail..")
        .because("e-mail listens to the processes' events and tasks; nothing underneath calls it")
        .check(classes);
  }

  @Test
  void documentsServeTheOthersAndReachForNoPage() {
    noClasses().that().resideInAnyPackage(PROCESSES)
        .should().dependOnClassesThat().resideInAnyPackage("kg.socialorder.documents..")
        .because("documents keep the papers of the processes' steps from their events and the people's "
            + "uploads; a process never waits on them")
        .check(classes);
    noClasses().that().resideInAPackage("kg.socialorder.documents..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "kg.socialorder.portal..", "kg.socialorder.ocds..", "kg.socialorder.demo..")
        .because("the portal, open data and the demo show and seed documents, not the other way round")
        .check(classes);
  }

  @Test
  void peopleAreManagedBesideTheProcessesNotInsideThem() {
    noClasses().that().resideInAnyPackage(PROCESSES).or().resideInAnyPackage(FOUNDATIONS)
        .should().dependOnClassesThat().resideInAPackage("kg.socialorder.people..")
        .because("municipalities, staff, invitations and leavers are the administrators' work; the processes "
            + "and the engine hear of them only through events and the engine's identity data (the engine asks "
            + "the password policy through engine/PasswordCheck)")
        .check(classes);
  }
}
