package kg.socialorder.finalreport;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import kg.socialorder.competition.Application;
import kg.socialorder.competition.ApplicationRegister;
import kg.socialorder.competition.CallRegister;
import kg.socialorder.competition.CompetitionCall;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.TrancheState;
import kg.socialorder.finalreport.PublicReport.Applicant;
import kg.socialorder.finalreport.PublicReport.Competition;
import kg.socialorder.finalreport.PublicReport.Selection;
import kg.socialorder.finalreport.PublicReport.Tranche;
import kg.socialorder.problemselection.ProblemSelectionRegister;
import kg.socialorder.contract.PaymentLedger;
import org.springframework.stereotype.Component;

/**
 * The earlier stages of a theme, for its public report, from the case record: the problem selection
 * that approved the theme (found by the theme's key, e.g. KARAKOL-2019-1-T2), the competition's last
 * call under that key, the contract's tranche plan and the payment ledger. Never the engine's history,
 * which its cleanup removes.
 */
@Component
public class PublicReportSources {

  private final ProblemSelectionRegister selections;
  private final CallRegister calls;
  private final ApplicationRegister applications;
  private final ContractRegister contracts;
  private final PaymentLedger ledger;

  public PublicReportSources(ProblemSelectionRegister selections, CallRegister calls,
      ApplicationRegister applications, ContractRegister contracts, PaymentLedger ledger) {
    this.selections = selections;
    this.calls = calls;
    this.applications = applications;
    this.contracts = contracts;
    this.ledger = ledger;
  }

  /** How residents chose the problem; null when the key is not a theme a problem selection approved. */
  public Selection selection(String themeKey) {
    return selections.theme(themeKey).map(theme -> new Selection(theme.problem(), theme.votes(),
            theme.participantsTotal(), theme.participantsWomen(), theme.votingMethod(), theme.problemsConsidered()))
        .orElse(null);
  }

  /** The competition of the theme as it ended: its last call's applications and the winner. */
  public Competition competition(String themeKey) {
    CompetitionCall call = calls.latest(themeKey).orElse(null);
    if (call == null) {
      return null;
    }
    List<Application> received = applications.ofCall(call.callNumber());
    List<Applicant> ranking = received.stream()
        .sorted(Comparator.comparing(Application::rankingPosition, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(a -> new Applicant(a.rankingPosition(), a.organisationName(), Boolean.TRUE.equals(a.eligible()),
            a.totalScore()))
        .toList();
    String winner = received.stream().filter(a -> Objects.equals(a.id(), call.winnerApplicationId()))
        .map(Application::organisationName).findFirst().orElse(null);
    return new Competition(call.callNumber(), received.size(),
        (int) received.stream().filter(a -> Boolean.TRUE.equals(a.eligible())).count(), winner, ranking);
  }

  /** Each tranche as paid (the ledger) and accepted (the contract's tranche plan). */
  public List<Tranche> tranches(String municipality, String contractNumber) {
    Map<Integer, String> acceptedOn = contracts.tranches(municipality, contractNumber).stream()
        .filter(t -> t.acceptedOn() != null)
        .collect(Collectors.toMap(t -> t.tranche().number(), t -> t.acceptedOn().toString()));
    return ledger.ofContract(municipality, contractNumber).stream()
        .map(p -> new Tranche(p.trancheNumber(), p.amount(), p.paidOn().toString(), acceptedOn.get(p.trancheNumber())))
        .toList();
  }
}
