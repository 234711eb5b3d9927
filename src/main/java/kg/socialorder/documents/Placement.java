package kg.socialorder.documents;

/**
 * Where papers go: the case, the application (for an NGO's papers), the step and who put them there.
 */
public record Placement(String municipality, String caseKey, String callNumber, String applicationNumber,
    String step, String uploadedBy) {

  public static Placement ofCase(String municipality, String caseKey, String step, String uploadedBy) {
    return new Placement(municipality, caseKey, null, null, step, uploadedBy);
  }
}
