package kg.socialorder.mail;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Summary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.socialorder.competition.CallRegister;
import kg.socialorder.competition.CompetitionCall;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.TrancheState;
import kg.socialorder.contract.TrancheStatus;
import kg.socialorder.identity.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private iCalendar feed, at a secret address a phone's calendar subscribes to: the due
 * dates of their open tasks (assigned to them or offered to them or their groups), and the
 * milestones of their municipality's social orders (calls' application deadlines, tranches' reports
 * due; a contractor sees only its own contracts). Only a hash of the secret is stored; a new secret
 * ends the old address. Written by biweekly.
 */
@Service
public class CalendarFeeds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final TaskService tasks;
  private final IdentityService identity;
  private final CallRegister calls;
  private final ContractRegister contracts;
  private final MailLinks links;
  private final Clock clock;

  public CalendarFeeds(JdbcTemplate jdbc, TaskService tasks, IdentityService identity, CallRegister calls,
      ContractRegister contracts, MailLinks links, Clock clock) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.identity = identity;
    this.calls = calls;
    this.contracts = contracts;
    this.links = links;
    this.clock = clock;
  }

  /** A new secret for the person (the old address stops working); returns the feed's address. */
  @Transactional
  public String renew(String userId) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.update("delete from so_calendar_secret where user_id = ?", userId);
    jdbc.update("insert into so_calendar_secret (user_id, secret_hash, created_at) values (?, ?, ?)",
        userId, hash(secret), Timestamp.from(clock.instant()));
    return links.calendar(secret);
  }

  public boolean exists(String userId) {
    Integer rows = jdbc.queryForObject("select count(*) from so_calendar_secret where user_id = ?", Integer.class,
        userId);
    return rows != null && rows > 0;
  }

  /** The person whose secret this is. */
  public Optional<String> owner(String secret) {
    if (secret == null || !secret.matches("[A-Za-z0-9_-]{20,64}")) {
      return Optional.empty();
    }
    return jdbc.queryForList("select user_id from so_calendar_secret where secret_hash = ?", String.class,
        hash(secret)).stream().findFirst();
  }

  /** The person's calendar as iCalendar text. */
  public String feed(String userId) {
    ICalendar calendar = new ICalendar();
    calendar.setProductId("-//kg.socialorder//mail//KY");
    calendar.setName("Социалдык тапшырык: мөөнөттөр / Социальный заказ: сроки");
    // the name most phone calendars show (RFC 7986 NAME is newer than they are)
    calendar.setExperimentalProperty("X-WR-CALNAME", "Социалдык тапшырык: мөөнөттөр / Социальный заказ: сроки");
    ZoneId zone = clock.getZone();
    Map<String, Task> own = new LinkedHashMap<>();
    tasks.createTaskQuery().taskAssignee(userId).active().list().forEach(t -> own.put(t.getId(), t));
    List<Tenant> municipalities = identity.createTenantQuery().userMember(userId).list();
    if (!municipalities.isEmpty()) {
      // a group's tasks only in the person's own municipalities (a group spans them all)
      tasks.createTaskQuery().taskCandidateUser(userId).tenantIdIn(
              municipalities.stream().map(Tenant::getId).toArray(String[]::new)).active().list()
          .forEach(t -> own.putIfAbsent(t.getId(), t));
    }
    for (Task task : own.values()) {
      if (task.getDueDate() != null) {
        VEvent event = new VEvent();
        event.setUid("task-" + task.getId() + "@socialorder");
        event.setSummary(new Summary("Мөөнөт / Срок: " + task.getName()));
        event.setDateStart(task.getDueDate(), true);
        event.setDateEnd(task.getDueDate(), true);
        event.setUrl(links.task(task.getId()));
        event.setDescription(task.getName());
        calendar.addEvent(event);
      }
    }
    boolean contractor = identity.createGroupQuery().groupMember(userId).groupId(Role.CONTRACTOR.groupId()).count() > 0;
    for (Tenant municipality : municipalities) {
      for (CompetitionCall call : calls.publicCalls()) {
        if (call.municipality().equals(municipality.getId()) && call.deadlineAt() != null
            && call.deadlineAt().isAfter(clock.instant())) {
          VEvent event = new VEvent();
          event.setUid("call-" + call.callNumber() + "-" + call.round() + "@socialorder");
          event.setSummary(new Summary("Табыштамалар кабыл алынат / Приём заявок до: № " + call.callNumber()));
          event.setDateStart(Date.from(call.deadlineAt()), true);
          event.setDateEnd(Date.from(call.deadlineAt()), true);
          event.setUrl(links.call(call.callNumber()));
          calendar.addEvent(event);
        }
      }
      for (String number : contracts.underWay(municipality.getId(), contractor ? userId : null)) {
        for (TrancheState tranche : contracts.tranches(municipality.getId(), number)) {
          if (tranche.status() == TrancheStatus.ACCEPTED || tranche.status() == TrancheStatus.TERMINATED) {
            continue;
          }
          LocalDate due = tranche.tranche().reportDueDate();
          VEvent event = new VEvent();
          event.setUid("report-" + municipality.getId() + "-" + number + "-" + tranche.tranche().number()
              + "@socialorder");
          event.setSummary(new Summary("Отчет / Отчёт: келишим / договор № " + number + ", "
              + tranche.tranche().number() + "-транш"));
          event.setDateStart(Date.from(due.atStartOfDay(zone).toInstant()), false);
          event.setDateEnd(Date.from(due.plusDays(1).atStartOfDay(zone).toInstant()), false);
          calendar.addEvent(event);
        }
      }
    }
    return Biweekly.write(calendar).go();
  }

  private static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
