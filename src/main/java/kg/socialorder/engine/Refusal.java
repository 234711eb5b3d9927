package kg.socialorder.engine;

/**
 * An exception whose message is meant for the person: it says, in Kyrgyz and Russian, what happened
 * and what to do. The webapps' API and /engine-rest answer it with {@link #status()} and that
 * message as it is ({@code webapp/RefusalResponses}), whatever status Camunda's REST layer chose.
 */
public interface Refusal {

  /** The HTTP status: 400 wrong input, 403 not allowed, 404 gone, 409 someone else was first. */
  int status();

  String getMessage();

  /** A refusal answered outside the engine (a servlet filter of ours). */
  static Refusal of(int status, String message) {
    return new Refusal() {
      @Override
      public int status() {
        return status;
      }

      @Override
      public String getMessage() {
        return message;
      }
    };
  }
}
