package io.memberkit.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.testing.TestUsers;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing memberkit gives back every thread and connection it took: a good citizen in someone else's JVM. */
class CloseReleasesEverythingTest {

    @Test
    void closing_stops_every_thread_memberkit_started(@TempDir Path dataDir) throws InterruptedException {
        var before = liveThreads();

        try (var memberkit = Memberkit.builder().embeddedH2(dataDir).build()) {
            memberkit.useCases().registerUser().register(new RegisterUser(Actor.anonymous(),
                    TestUsers.aUser().profile()));
            assertThat(liveThreadsStartedSince(before)).isNotEmpty(); // the pool's own threads, at least
        }

        assertThat(awaitNoThreadsStartedSince(before)).isEmpty();
    }

    @Test
    void closing_returns_every_connection_borrowed_from_the_platforms_pool() {
        var open = new AtomicInteger();
        var platform = counting(h2(), open);

        try (var memberkit = Memberkit.builder().dataSource(platform).build()) {
            memberkit.useCases().registerUser().register(new RegisterUser(Actor.anonymous(),
                    TestUsers.aUser().profile()));
            assertThat(open.get()).isPositive(); // memberkit holds some while it runs
        }

        assertThat(open.get()).isZero();
    }

    private static DataSource h2() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:closing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;" + DatabaseSettings.H2_OPTIONS);
        return h2;
    }

    /** A pool that counts the connections handed out and not yet closed. */
    private static DataSource counting(DataSource target, AtomicInteger open) {
        InvocationHandler pool = (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
                var connection = (Connection) invoke(target, method, args);
                open.incrementAndGet();
                return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                        (p, m, a) -> {
                            if (m.getName().equals("close") && !connection.isClosed()) {
                                open.decrementAndGet();
                            }
                            return invoke(connection, m, a);
                        });
            }
            return invoke(target, method, args);
        };
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                pool);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet();
    }

    private static Set<String> liveThreadsStartedSince(Set<Thread> before) {
        return liveThreads().stream().filter(t -> !before.contains(t)).filter(Thread::isAlive)
                .map(Thread::getName).collect(Collectors.toSet());
    }

    private static Set<String> awaitNoThreadsStartedSince(Set<Thread> before) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            var left = liveThreadsStartedSince(before);
            if (left.isEmpty()) {
                return left;
            }
            Thread.sleep(100);
        }
        return liveThreadsStartedSince(before);
    }
}
