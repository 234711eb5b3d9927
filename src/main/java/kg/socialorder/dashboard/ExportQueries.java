package kg.socialorder.dashboard;

import static kg.socialorder.dashboard.ExportTable.date;
import static kg.socialorder.dashboard.ExportTable.decimal;
import static kg.socialorder.dashboard.ExportTable.money;
import static kg.socialorder.dashboard.ExportTable.text;
import static kg.socialorder.dashboard.ExportTable.whole;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.order.OrderStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The exports' tables, read from the case record with the reader's scope applied in the query. */
@Component
public class ExportQueries {

  private final JdbcTemplate jdbc;
  private final PlaceNames places;
  private final ZoneId zone;

  public ExportQueries(JdbcTemplate jdbc, PlaceNames places, SocialOrderProperties properties) {
    this.jdbc = jdbc;
    this.places = places;
    this.zone = properties.timeZone();
  }

  /** The public registry: every social order with its theme count, the newest first. */
  public ExportTable registry(Scope scope) {
    List<Object[]> rows = jdbc.query("select o.business_key, o.municipality, o.order_year, o.programme_name,"
        + " o.budget_envelope, o.status, o.started_at, (select count(*) from so_theme t where t.social_order_key = o.business_key)"
        + " from so_social_order o" + scope.where("o.municipality") + " order by o.started_at desc, o.business_key",
        (rs, n) -> new Object[] {rs.getString(1), places.name(rs.getString(2)), rs.getInt(3), rs.getString(4),
            rs.getBigDecimal(5), status(OrderStatus.valueOf(rs.getString(6)).ky(), OrderStatus.valueOf(rs.getString(6)).ru()),
            day(rs.getTimestamp(7)), rs.getInt(8)}, scope.arguments());
    return new ExportTable("Реестр", List.of(
        text("Социалдык тапшырык", "Социальный заказ"), text("Муниципалитет", "Муниципалитет"),
        whole("Жыл", "Год"), text("Программа", "Программа"), money("Бюджет, сом", "Бюджет, сом"),
        text("Абалы", "Статус"), date("Башталды", "Начат"), whole("Темалар", "Темы")), rows);
  }

  /** The municipality a call belongs to; empty when there is no such call. */
  public Optional<String> callMunicipality(String callNumber) {
    return jdbc.query("select municipality from so_competition_call where call_number = ?",
        (rs, n) -> rs.getString(1), callNumber).stream().findFirst();
  }

  /** A call's applications as registered, with contacts, eligibility and scores: for its commission. */
  public ExportTable applications(String callNumber) {
    List<Object[]> rows = jdbc.query("select a.registration_number, a.organisation_name, a.tax_number, a.legal_form,"
        + " a.registration_date, a.contact_person, a.phone, a.email, a.project_title, a.requested_amount,"
        + " a.own_contribution, a.channel, a.submitted_at, a.submissions, a.eligible, a.total_score, a.ranking_position"
        + " from so_competition_application a"
        + " where a.call_number = ? order by a.registration_number", (rs, n) -> new Object[] {
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), sqlDay(rs, 5), rs.getString(6),
            rs.getString(7), rs.getString(8), rs.getString(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
            rs.getString(12), day(rs.getTimestamp(13)), rs.getInt(14), eligible(rs), rs.getBigDecimal(16),
            (Integer) rs.getObject(17, Integer.class)}, callNumber);
    return new ExportTable("Табыштамалар", List.of(
        text("Каттоо номери", "Регистрационный номер"), text("Уюм", "Организация"), text("СТН", "ИНН"),
        text("Уюштуруу-укуктук формасы", "Организационно-правовая форма"), date("Катталган күнү", "Дата регистрации"),
        text("Байланыш адамы", "Контактное лицо"), text("Телефон", "Телефон"), text("Электрондук почта", "Электронная почта"),
        text("Долбоор", "Проект"), money("Суралган сумма, сом", "Запрошенная сумма, сом"),
        money("Өз салымы, сом", "Собственный вклад, сом"), text("Кантип берилди", "Способ подачи"),
        date("Берилген күнү", "Дата подачи"), whole("Берүүлөр", "Подач"), text("Талаптарга жооп берет", "Соответствует требованиям"),
        decimal("Упай", "Балл"), whole("Орду", "Место")), rows);
  }

  /** The payment ledger: every tranche paid, by municipality, contract and tranche. */
  public ExportTable payments(Scope scope) {
    List<Object[]> rows = jdbc.query("select p.municipality, p.contract_number, p.tranche_number, p.payee, p.amount,"
        + " p.payment_order_number, p.paid_on from so_payment p" + scope.where("p.municipality")
        + " order by p.paid_on, p.municipality, p.contract_number, p.tranche_number", (rs, n) -> new Object[] {
            places.name(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5),
            rs.getString(6), sqlDay(rs, 7)}, scope.arguments());
    return new ExportTable("Төлөмдөр", List.of(
        text("Муниципалитет", "Муниципалитет"), text("Келишим", "Договор"), whole("Транш", "Транш"),
        text("Алуучу", "Получатель"), money("Сумма, сом", "Сумма, сом"),
        text("Төлөм тапшырмасы", "Платёжное поручение"), date("Төлөнгөн күнү", "Дата оплаты")), rows);
  }

  /** Every indicator of the submitted final reports: target and reached. */
  public ExportTable indicators(Scope scope) {
    List<Object[]> rows = jdbc.query("select f.municipality, f.contract_number, f.organisation_name, i.line_number,"
        + " i.name, i.unit, i.target, i.reached, f.submitted_at from so_final_indicator i"
        + " join so_final_report f on f.business_key = i.business_key" + scope.where("f.municipality")
        + (scope.all() ? " where" : " and") + " i.reached is not null"
        + " order by f.municipality, f.contract_number, i.line_number", (rs, n) -> new Object[] {
            places.name(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
            rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), day(rs.getTimestamp(9))}, scope.arguments());
    return new ExportTable("Көрсөткүчтөр", List.of(
        text("Муниципалитет", "Муниципалитет"), text("Келишим", "Договор"), text("Аткаруучу", "Исполнитель"),
        whole("Катар", "Строка"), text("Көрсөткүч", "Показатель"), text("Өлчөө бирдиги", "Единица измерения"),
        decimal("Максат", "Цель"), decimal("Жетишилди", "Достигнуто"), date("Отчет тапшырылды", "Отчёт сдан")), rows);
  }

  private static String status(String ky, String ru) {
    return ky + " / " + ru;
  }

  private static String eligible(ResultSet rs) throws SQLException {
    Boolean eligible = rs.getObject(15, Boolean.class);
    return eligible == null ? null : eligible ? "ооба / да" : "жок / нет";
  }

  private static LocalDate sqlDay(ResultSet rs, int column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private LocalDate day(Timestamp moment) {
    return moment == null ? null : LocalDate.ofInstant(moment.toInstant(), zone);
  }
}
