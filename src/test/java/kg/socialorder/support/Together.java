package kg.socialorder.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Races forced, never timed: the people of a race are threads released together by a barrier. */
public final class Together {

  private Together() {}

  /** Runs the calls on threads of their own, released together, and returns their answers in order. */
  public static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
    CyclicBarrier together = new CyclicBarrier(calls.size());
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<T>> running = new ArrayList<>();
      for (Callable<T> call : calls) {
        running.add(threads.submit(() -> {
          together.await();
          return call.call();
        }));
      }
      List<T> answers = new ArrayList<>();
      for (Future<T> answer : running) {
        answers.add(answer.get(2, TimeUnit.MINUTES));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }
}
