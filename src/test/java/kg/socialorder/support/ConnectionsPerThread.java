package kg.socialorder.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Watches the application's data source for a thread that takes a second connection while it holds
 * one: the pattern that lets requests wait on each other forever once the pool is exhausted. Import
 * it into a test's context; {@link #mostHeldByOneThread()} is the highest number any thread held at
 * once since the last {@link #reset()}.
 */
public class ConnectionsPerThread implements BeanPostProcessor {

  private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);
  private final AtomicInteger most = new AtomicInteger();
  private volatile String whereSecondTaken = "nowhere";

  public int mostHeldByOneThread() {
    return most.get();
  }

  /** The stack of the last thread that took a second connection while holding one: the culprit. */
  public String whereSecondTaken() {
    return whereSecondTaken;
  }

  public void reset() {
    most.set(0);
    whereSecondTaken = "nowhere";
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!(bean instanceof DataSource target)) {
      return bean;
    }
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(method, target, args);
          if (method.getName().equals("getConnection")) {
            int[] held = HELD.get();
            held[0]++;
            most.accumulateAndGet(held[0], Math::max);
            if (held[0] > 1) {
              whereSecondTaken = java.util.Arrays.stream(Thread.currentThread().getStackTrace())
                  .map(StackTraceElement::toString).collect(java.util.stream.Collectors.joining("\n  at "));
            }
            return closing((Connection) result, held);
          }
          return result;
        });
  }

  private static Connection closing(Connection connection, int[] held) {
    AtomicBoolean open = new AtomicBoolean(true);
    return (Connection) Proxy.newProxyInstance(ConnectionsPerThread.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("close") && open.compareAndSet(true, false)) {
            held[0]--;
          }
          return invoke(method, connection, args);
        });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
