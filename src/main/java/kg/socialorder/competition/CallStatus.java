package kg.socialorder.competition;

import kg.socialorder.PublicWording;

/** Where a call stands, as the public portal tells it. */
public enum CallStatus implements PublicWording {
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

  private final Words words;

  CallStatus(String ky, String ru, String en) {
    this.words = new Words(ky, ru, en);
  }

  @Override
  public Words words() {
    return words;
  }

  /** Results (ranking, winner) may be shown to the public. */
  public boolean resultsPublic() {
    return this == RESULTS || this == AWARDED;
  }
}
