package kg.socialorder.ocds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import kg.socialorder.MunicipalityNames;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.competition.CallPublished;
import kg.socialorder.competition.CompetitionCancelled;
import kg.socialorder.competition.ResultsPublished;
import kg.socialorder.contract.ContractEnded;
import kg.socialorder.contract.ContractRegistered;
import kg.socialorder.documents.DocumentPublished;
import kg.socialorder.finalreport.PublicReportPublished;
import kg.socialorder.order.ThemeEnteredCompetition;
import kg.socialorder.tranche.MonitoringConcluded;
import kg.socialorder.tranche.TranchePaid;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes the OCDS releases of each theme's contracting process, one per stage and subject, from
 * the domain events the steps raise. The listeners are synchronous, so a release is written in the
 * transaction of the step that made its stage happen: the step and its release commit or roll back
 * together. A release's id names its stage and subject ({@code <ocid>-tender-1},
 * {@code <ocid>-payment-2}), so an event raised again publishes nothing new.
 *
 * <p>The contracting process of a theme is the business key its competition, contract, tranches and
 * final report share (e.g. KARAKOL-2019-1-T1), prefixed with the configured OCID prefix.
 */
@Component
public class OcdsPublisher {

  private final ReleaseRegister releases;
  private final OcdsProperties ocds;
  private final ReleaseBuilder builder;
  private final ZoneId zone;
  private final Clock clock;

  public OcdsPublisher(ReleaseRegister releases, OcdsProperties ocds, SocialOrderProperties properties,
      MunicipalityNames municipalities, Clock clock) {
    this.releases = releases;
    this.ocds = ocds;
    this.builder = new ReleaseBuilder(ocds, municipalities::find, properties.timeZone());
    this.zone = properties.timeZone();
    this.clock = clock;
  }

  @EventListener
  public void on(ThemeEnteredCompetition event) {
    publish(event.themeKey(), "planning", ReleaseBuilder.TAG_PLANNING,
        (release, current) -> builder.planning(release, event));
  }

  @EventListener
  public void on(CallPublished event) {
    publish(event.call().businessKey(), "tender-" + event.call().round(), ReleaseBuilder.TAG_TENDER,
        (release, current) -> builder.tender(release, event));
  }

  @EventListener
  public void on(ResultsPublished event) {
    publish(event.call().businessKey(), ReleaseBuilder.awardStage(event.call()), ReleaseBuilder.TAG_AWARD,
        (release, current) -> builder.award(release, current.get(), event));
  }

  @EventListener
  public void on(CompetitionCancelled event) {
    publish(event.themeKey(), "tender-cancellation", ReleaseBuilder.TAG_TENDER_CANCELLATION,
        (release, current) -> builder.tenderCancelled(release, current.get(), event));
  }

  @EventListener
  public void on(ContractRegistered event) {
    publish(event.themeKey(), "contract", ReleaseBuilder.TAG_CONTRACT,
        (release, current) -> builder.contract(release, current.get(), event));
  }

  @EventListener
  public void on(TranchePaid event) {
    publish(event.themeKey(), "payment-" + event.trancheNumber(), ReleaseBuilder.TAG_IMPLEMENTATION,
        (release, current) -> builder.payment(release, current.get(), event));
  }

  @EventListener
  public void on(MonitoringConcluded event) {
    publish(event.themeKey(), ReleaseBuilder.monitoringStage(event.visit()), ReleaseBuilder.TAG_IMPLEMENTATION,
        (release, current) -> builder.monitoringConclusion(release, current.get(), event));
  }

  @EventListener
  public void on(ContractEnded event) {
    publish(event.themeKey(), "contract-end", ReleaseBuilder.TAG_CONTRACT_TERMINATION,
        (release, current) -> builder.contractEnded(release, current.get(), event));
  }

  @EventListener
  public void on(PublicReportPublished event) {
    publish(event.themeKey(), "final-report", ReleaseBuilder.TAG_IMPLEMENTATION,
        (release, current) -> builder.finalReport(release, current.get(), event));
  }

  /** A public document, in the contracting process its case is one of; a case with no process yet publishes nothing. */
  @EventListener
  public void on(DocumentPublished event) {
    String ocid = ocds.ocid(event.document().caseKey());
    List<ReleaseRegister.Stored> published = releases.ofProcess(ocid);
    if (published.isEmpty()) {
      return;
    }
    ObjectNode compiled = compiled(ocid, published);
    publish(event.document().caseKey(), "document-" + event.document().id(),
        DocumentRelease.tag(event.document(), compiled), (release, current) -> DocumentRelease.fill(release, compiled,
            event.document(), ocds.link(event.path()), ocds.language()));
  }

  /** The process's releases compiled, read only by the stages that build on what was published. */
  @FunctionalInterface
  private interface Current {
    ObjectNode get();
  }

  /** Writes the stage's release of the process unless it was published before. */
  private void publish(String businessKey, String stage, String tag, BiConsumer<ReleaseDraft, Current> fill) {
    String ocid = ocds.ocid(businessKey);
    String id = ocid + "-" + stage;
    if (releases.exists(id)) {
      return;
    }
    Instant now = clock.instant();
    ReleaseDraft release = new ReleaseDraft(ocid, id, OcdsJson.dateTime(now, zone), List.of(tag), ocds.language());
    fill.accept(release, () -> current(ocid));
    releases.publish(release.id, release.ocid, now, release.tags, OcdsJson.write(release.json));
  }

  /** The current state of a process: its releases compiled. */
  private ObjectNode current(String ocid) {
    return compiled(ocid, releases.ofProcess(ocid));
  }

  private static ObjectNode compiled(String ocid, List<ReleaseRegister.Stored> published) {
    return RecordCompiler.compile(ocid, published.stream().map(stored -> OcdsJson.read(stored.json())).toList());
  }
}
