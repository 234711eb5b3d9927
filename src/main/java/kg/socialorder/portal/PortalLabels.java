package kg.socialorder.portal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The portal's words for codes, "Кыргызча / Русский", as the Tasklist forms word them. */
public final class PortalLabels {

  public static final Map<String, String> LEGAL_FORMS = ordered(
      "publicFund", "Коомдук фонд / Общественный фонд",
      "publicAssociation", "Коомдук бирикме / Общественное объединение",
      "institution", "Мекеме / Учреждение",
      "associationOfLegalEntities", "Юридикалык жактардын бирлиги (ассоциация) / Объединение юридических лиц (ассоциация)",
      "commercialCompany", "Коммерциялык уюм (ЖЧК, АК ж.б.) / Коммерческая организация (ОсОО, АО и др.)",
      "individualEntrepreneur", "Жеке ишкер / Индивидуальный предприниматель");

  public static final Map<String, String> DOCUMENTS = ordered(
      "charter", "Уставы / Устав",
      "registrationCertificate", "Мамлекеттик каттоо күбөлүгү / Свидетельство о государственной регистрации",
      "taxClearance", "Салык карызы жок экени тууралуу маалымкат / Справка об отсутствии налоговой задолженности",
      "socialFundClearance", "Социалдык фонддон маалымкат / Справка Социального фонда",
      "activityReport", "Акыркы жылдагы ишмердүүлүк отчету / Отчёт о деятельности за последний год");

  public static final Map<String, String> APPEAL_STATUSES = ordered(
      "filed", "Каралууда / На рассмотрении",
      "upheld", "Канааттандырылды: табыштамалар кайра бааланат / Удовлетворена: заявки будут переоценены",
      "rejected", "Четке кагылды / Отклонена",
      "superseded", "Каралган жок: табыштамалар кайра бааланды / Не рассматривалась: заявки переоценены");

  private PortalLabels() {}

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
