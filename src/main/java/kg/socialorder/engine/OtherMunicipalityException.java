package kg.socialorder.engine;

import org.camunda.bpm.engine.AuthorizationException;

/** A task or instance of a municipality the person does not work in: 403, naming nothing of it. */
public class OtherMunicipalityException extends AuthorizationException implements Refusal {

  public OtherMunicipalityException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 403;
  }
}
