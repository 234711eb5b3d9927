package kg.socialorder.competition;

/** Where a call stands, as the public portal tells it. */
public enum CallStatus {
  /** Published and accepting applications until its deadline. */
  OPEN("Табыштамалар кабыл алынууда", "Идёт приём заявок", "Accepting applications"),
  /** Closed; the commission is evaluating the eligible applications. */
  EVALUATION("Табыштамалар бааланууда", "Заявки оцениваются", "Applications under evaluation"),
  /** No eligible (or no sufficiently scored) application: this call failed. */
  FAILED("Сынак болбой калды", "Конкурс не состоялся", "No eligible application"),
  /** The results are published and the appeal window is open. */
  RESULTS("Жыйынтыктар жарыяланды, даттануу мөөнөтү ачык", "Итоги опубликованы, идёт срок обжалования",
      "Results published, appeals open"),
  /** An appeal was upheld; the commission scores again. */
  RESCORING("Даттануу боюнча кайра бааланууда", "Повторная оценка по жалобе", "Re-scoring after an appeal"),
  /** The winner is final. */
  AWARDED("Жеңүүчү аныкталды", "Победитель определён", "Awarded"),
  /** The competition was cancelled without a winner. */
  CANCELLED("Сынак жокко чыгарылды", "Конкурс отменён", "Cancelled");

  private final String ky;
  private final String ru;
  private final String en;

  CallStatus(String ky, String ru, String en) {
    this.ky = ky;
    this.ru = ru;
    this.en = en;
  }

  public String ky() {
    return ky;
  }

  public String ru() {
    return ru;
  }

  public String en() {
    return en;
  }

  /** Results (ranking, winner) may be shown to the public. */
  public boolean resultsPublic() {
    return this == RESULTS || this == AWARDED;
  }
}
