package kg.socialorder.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of paper a social order runs on, with their words in Kyrgyz and Russian (as the glossary
 * has them) and the OCDS {@code documentType} a public one is published under.
 */
public enum DocumentKind {
  TERMS_OF_REFERENCE("termsOfReference", "Сынактын шарттары (техникалык тапшырма)",
      "Условия конкурса (техническое задание)", "technicalSpecifications"),
  CHARTER("charter", "Уставы", "Устав", "submissionDocuments"),
  REGISTRATION_CERTIFICATE("registrationCertificate", "Мамлекеттик каттоо күбөлүгү",
      "Свидетельство о государственной регистрации", "submissionDocuments"),
  TAX_CLEARANCE("taxClearance", "Салык карызы жок экени тууралуу маалымкат",
      "Справка об отсутствии налоговой задолженности", "submissionDocuments"),
  SOCIAL_FUND_CLEARANCE("socialFundClearance", "Социалдык фонддон маалымкат", "Справка Социального фонда",
      "submissionDocuments"),
  ACTIVITY_REPORT("activityReport", "Акыркы жылдагы ишмердүүлүк отчету", "Отчёт о деятельности за последний год",
      "submissionDocuments"),
  PROJECT_PROPOSAL("projectProposal", "Долбоордук сунуш", "Проектное предложение", "submissionDocuments"),
  PROJECT_BUDGET("projectBudget", "Долбоордун бюджети", "Бюджет проекта", "submissionDocuments"),
  COMMISSION_PROTOCOL("commissionProtocol", "Сынак комиссиясынын протоколу", "Протокол конкурсной комиссии",
      "evaluationReports"),
  SIGNED_CONTRACT("signedContract", "Кол коюлган келишим", "Подписанный договор", "contractSigned"),
  PAYMENT_ORDER("paymentOrder", "Төлөм тапшырмасы", "Платёжное поручение", "financialProgressReport"),
  TRANCHE_REPORT("trancheReport", "Транш боюнча отчет", "Отчёт по траншу", "physicalProgressReport"),
  EXPENSE_EVIDENCE("expenseEvidence", "Актылар жана чектер", "Акты и чеки", "financialProgressReport"),
  MONITORING_PHOTO("monitoringPhoto", "Мониторингдин сүрөтү", "Фотография мониторинга", "physicalProgressReport"),
  MONITORING_CONCLUSION("monitoringConclusion", "Мониторингдин корутундусу", "Заключение мониторинга",
      "physicalProgressReport"),
  HEARING_MINUTES("hearingMinutes", "Коомдук угуунун протоколу", "Протокол общественных слушаний", "hearingNotice"),
  ATTENDANCE_LIST("attendanceList", "Катышуучулардын тизмеси", "Список участников", "hearingNotice"),
  FINAL_REPORT("finalReport", "Жыйынтыктоочу отчет", "Итоговый отчёт", "physicalProgressReport"),
  OTHER("other", "Башка документ", "Другой документ", null);

  /** The papers an NGO sends with its application, in the order the form shows them. */
  public static final List<DocumentKind> OF_APPLICATION = List.of(CHARTER, REGISTRATION_CERTIFICATE, TAX_CLEARANCE,
      SOCIAL_FUND_CLEARANCE, ACTIVITY_REPORT, PROJECT_PROPOSAL, PROJECT_BUDGET);

  private final String code;
  private final String kyrgyz;
  private final String russian;
  private final String ocdsType;

  DocumentKind(String code, String kyrgyz, String russian, String ocdsType) {
    this.code = code;
    this.kyrgyz = kyrgyz;
    this.russian = russian;
    this.ocdsType = ocdsType;
  }

  public String code() {
    return code;
  }

  /** "Кыргызча / Русский", as forms label it. */
  public String label() {
    return kyrgyz + " / " + russian;
  }

  /** The OCDS documentType codelist's code; empty for a paper the codelist has no word for. */
  public Optional<String> ocdsType() {
    return Optional.ofNullable(ocdsType);
  }

  public static Optional<DocumentKind> of(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
