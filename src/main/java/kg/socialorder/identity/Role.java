package kg.socialorder.identity;

/**
 * The roles (README "Roles and municipalities"), each a Camunda group. Candidate groups in the diagrams use these ids.
 * Groups are the same in every municipality; tenant membership says where a person works.
 */
public enum Role {
  COORDINATOR("coordinator", "ЖӨБдүн координаторлору", "Координаторы ОМСУ", true),
  HEAD("head", "Муниципалитеттин башчылары", "Главы муниципалитетов", true),
  FINANCE("finance", "Финансы кызматы", "Финансовая служба", true),
  COUNCIL("council", "Жергиликтүү кеңештин депутаттары", "Депутаты местного кенеша", true),
  COMMISSION("commission", "Сынак комиссиясынын мүчөлөрү", "Члены конкурсной комиссии", true),
  MONITORING("monitoring", "Биргелешкен мониторинг жана баалоо тобунун мүчөлөрү",
      "Члены группы совместного мониторинга и оценки", true),
  CONTRACTOR("contractor", "Аткаруучулар (КЭУ)", "Исполнители (НКО)", true),
  SUPERVISOR("supervisor", "Көзөмөлдөөчүлөр", "Наблюдатели", false),
  /** Edit diagrams, decision tables and forms in Camunda Modeler and deploy them; see no one's work. */
  DESIGNER("designer", "Процесстердин долбоорчулары", "Разработчики процессов", false);

  /** Camunda's own administrators group. */
  public static final String ADMIN_GROUP = "camunda-admin";

  private final String groupId;
  private final String nameKy;
  private final String nameRu;
  private final boolean worksInTasklist;

  Role(String groupId, String nameKy, String nameRu, boolean worksInTasklist) {
    this.groupId = groupId;
    this.nameKy = nameKy;
    this.nameRu = nameRu;
    this.worksInTasklist = worksInTasklist;
  }

  public String groupId() {
    return groupId;
  }

  public String groupName() {
    return nameKy + " / " + nameRu;
  }

  /** Officials, members and contractors complete tasks; supervisors only watch; designers deploy. */
  public boolean worksInTasklist() {
    return worksInTasklist;
  }
}
