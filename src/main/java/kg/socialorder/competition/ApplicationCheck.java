package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.DOCUMENT_CODES;
import static kg.socialorder.competition.CompetitionVariables.LEGAL_FORM_CODES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.springframework.stereotype.Component;

/**
 * Checks an application, whether an NGO typed it on the portal or the coordinator from paper: the
 * same fields, the same rules, the same bilingual messages.
 */
@Component
public class ApplicationCheck {

  public static final String ORGANISATION_NAME = "organisationName";
  public static final String LEGAL_FORM = "legalForm";
  public static final String TAX_NUMBER = "taxNumber";
  public static final String REGISTRATION_DATE = "registrationDate";
  public static final String CONTACT_PERSON = "contactPerson";
  public static final String PHONE = "phone";
  public static final String EMAIL = "email";
  public static final String PROJECT_TITLE = "projectTitle";
  public static final String SUMMARY = "summary";
  public static final String WORK_PLAN = "workPlan";
  public static final String REQUESTED_AMOUNT = "requestedAmount";
  public static final String OWN_CONTRIBUTION = "ownContribution";
  /** List of {@link BudgetLine}. */
  public static final String BUDGET_LINES = "budgetLines";
  /** List of codes from {@link CompetitionVariables#DOCUMENT_CODES}. */
  public static final String DECLARED_DOCUMENTS = "declaredDocuments";
  public static final String DECLARATION_CONFIRMED = "declarationConfirmed";

  /** Every field of the form, in the order of the form. */
  public static final List<String> FIELDS = List.of(ORGANISATION_NAME, LEGAL_FORM, TAX_NUMBER, REGISTRATION_DATE,
      CONTACT_PERSON, PHONE, EMAIL, PROJECT_TITLE, SUMMARY, WORK_PLAN, REQUESTED_AMOUNT, OWN_CONTRIBUTION,
      BUDGET_LINES, DECLARED_DOCUMENTS, DECLARATION_CONFIRMED);

  static final int MAX_NAME = 300;
  static final int MAX_PERSON = 200;
  static final int MAX_BUDGET_LINES = 30;
  /** A Kyrgyz taxpayer number (ИНН) has 14 digits. */
  private static final Pattern TAX_NUMBER_FORMAT = Pattern.compile("\\d{14}");
  private static final Pattern PHONE_FORMAT = Pattern.compile("\\+?[0-9 ()\\-]{9,20}");
  private static final Pattern EMAIL_FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;

  public ApplicationCheck(ValidationMessages messages, BusinessCalendar calendar) {
    this.messages = messages;
    this.calendar = calendar;
  }

  /** The checked application; throws {@link kg.socialorder.validation.InvalidInputException} naming every wrong field. */
  public ApplicationInput read(Function<String, Object> raw) {
    InputCheck check = messages.check();
    String organisation = limited(check, ORGANISATION_NAME, raw.apply(ORGANISATION_NAME), MAX_NAME);
    String legalForm = check.choice(LEGAL_FORM, raw.apply(LEGAL_FORM), true, LEGAL_FORM_CODES);
    String taxNumber = check.text(TAX_NUMBER, raw.apply(TAX_NUMBER), true);
    if (taxNumber != null && InputCheck.hasOtherDigits(taxNumber)) {
      check.reject(TAX_NUMBER, "otherDigits");
      taxNumber = null;
    } else if (taxNumber != null && !TAX_NUMBER_FORMAT.matcher(taxNumber).matches()) {
      check.reject(TAX_NUMBER, "taxNumberFormat");
      taxNumber = null;
    }
    LocalDate registered = check.date(REGISTRATION_DATE, raw.apply(REGISTRATION_DATE), true, calendar.zone());
    if (registered != null && registered.isAfter(calendar.today())) {
      check.reject(REGISTRATION_DATE, "dateInFuture");
    }
    String person = limited(check, CONTACT_PERSON, raw.apply(CONTACT_PERSON), MAX_PERSON);
    String phone = check.text(PHONE, raw.apply(PHONE), true);
    if (phone != null && InputCheck.hasOtherDigits(phone)) {
      check.reject(PHONE, "otherDigits");
    } else if (phone != null && !PHONE_FORMAT.matcher(phone).matches()) {
      check.reject(PHONE, "phoneFormat");
    }
    String email = limited(check, EMAIL, raw.apply(EMAIL), MAX_PERSON);
    if (email != null && !EMAIL_FORMAT.matcher(email).matches()) {
      check.reject(EMAIL, "emailFormat");
    }
    String title = limited(check, PROJECT_TITLE, raw.apply(PROJECT_TITLE), MAX_NAME);
    String summary = check.text(SUMMARY, raw.apply(SUMMARY), true);
    String workPlan = check.text(WORK_PLAN, raw.apply(WORK_PLAN), true);
    BigDecimal requested = check.amount(REQUESTED_AMOUNT, raw.apply(REQUESTED_AMOUNT), true);
    BigDecimal own = ownContribution(check, raw.apply(OWN_CONTRIBUTION));

    List<BudgetLine> lines = new ArrayList<>();
    List<Map<String, Object>> rows = check.records(BUDGET_LINES, raw.apply(BUDGET_LINES), true);
    if (rows.size() > MAX_BUDGET_LINES) {
      check.reject(BUDGET_LINES, "tooMany", MAX_BUDGET_LINES);
    }
    BigDecimal total = BigDecimal.ZERO;
    boolean linesValid = true;
    for (int i = 0; i < rows.size(); i++) {
      String row = BUDGET_LINES + "[" + (i + 1) + "]";
      String item = limited(check, row + ".item", rows.get(i).get("item"), MAX_NAME);
      BigDecimal amount = check.amount(row + ".amount", rows.get(i).get("amount"), true);
      linesValid &= item != null && amount != null;
      if (amount != null) {
        total = total.add(amount);
      }
      lines.add(new BudgetLine(item, amount));
    }
    if (linesValid && !rows.isEmpty() && requested != null && own != null
        && total.compareTo(requested.add(own)) != 0) {
      check.reject(BUDGET_LINES, "budgetLinesTotal", total, requested.add(own));
    }
    List<String> documents = check.choices(DECLARED_DOCUMENTS, raw.apply(DECLARED_DOCUMENTS), false, DOCUMENT_CODES);
    if (!check.flag(DECLARATION_CONFIRMED, raw.apply(DECLARATION_CONFIRMED))
        && !check.hasViolationFor(DECLARATION_CONFIRMED)) {
      check.reject(DECLARATION_CONFIRMED, "declarationRequired");
    }
    check.throwIfInvalid();
    return new ApplicationInput(organisation, legalForm, taxNumber, registered, person, phone, email, title,
        summary, workPlan, requested, own, List.copyOf(lines), documents);
  }

  private static String limited(InputCheck check, String field, Object raw, int max) {
    if (raw instanceof String text && text.strip().length() > max) {
      // this field's own limit, however long the text
      check.reject(field, "tooLong", max);
      return null;
    }
    String value = check.text(field, raw, true);
    if (value != null && value.length() > max) {
      check.reject(field, "tooLong", max);
      return null;
    }
    return value;
  }

  /** Blank or zero is no contribution; anything else is an amount of money. */
  private static BigDecimal ownContribution(InputCheck check, Object raw) {
    if (raw == null || raw instanceof String s && (s.isBlank() || s.strip().matches("0+([.,]0+)?"))
        || raw instanceof Number n && n.doubleValue() == 0) {
      return BigDecimal.ZERO;
    }
    return check.amount(OWN_CONTRIBUTION, raw, false);
  }
}
