package kg.socialorder.problemselection;

import java.time.LocalDate;

/** A meeting where residents discuss and choose the problem. */
public record Meeting(LocalDate date, String place) {}
