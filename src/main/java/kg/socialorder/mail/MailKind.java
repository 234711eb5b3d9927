package kg.socialorder.mail;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of message a person receives. Deadlines (reminders, escalations) and receipts are
 * mandatory: no one can switch them off; each person may switch off the others.
 */
public enum MailKind {
  TASKS("tasks", "Жаңы тапшырмалар (саатына бир кат)", "Новые задачи (одно письмо в час)", false),
  REMINDER("reminder", "Мөөнөт жакындаганы жөнүндө эскертүү", "Напоминание о приближении срока", true),
  ESCALATION("escalation", "Мөөнөт өткөнү жөнүндө кабар", "Сообщение о пропущенном сроке", true),
  RECEIPT("receipt", "Табыштаманын квитанциясы", "Квитанция о приёме заявки", true),
  CALL_PUBLISHED("callPublished", "Сынак жарыяланды", "Объявлен конкурс", false),
  RESULTS_PUBLISHED("resultsPublished", "Сынактын жыйынтыктары", "Итоги конкурса", false),
  CONTRACT_SIGNED("contractSigned", "Келишимге кол коюлду", "Договор подписан", false),
  TRANCHE_PAID("tranchePaid", "Транш төлөндү", "Транш оплачен", false),
  REPORT_DECIDED("reportDecided", "Отчет кабыл алынды же оңдоого кайтарылды",
      "Отчёт принят или возвращён на доработку", false),
  /** A link to set one's password: its text is dropped from the outbox once sent, its link never kept. */
  INVITATION("invitation", "Сырсөз коюуга чакыруу", "Приглашение установить пароль", true);

  private final String code;
  private final String labelKy;
  private final String labelRu;
  private final boolean mandatory;

  MailKind(String code, String labelKy, String labelRu, boolean mandatory) {
    this.code = code;
    this.labelKy = labelKy;
    this.labelRu = labelRu;
    this.mandatory = mandatory;
  }

  /** As stored in so_notification.kind and so_mail_preference.kind. */
  public String code() {
    return code;
  }

  public String labelKy() {
    return labelKy;
  }

  public String labelRu() {
    return labelRu;
  }

  public boolean mandatory() {
    return mandatory;
  }

  public static Optional<MailKind> of(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
  }
}
