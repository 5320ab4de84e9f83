package org.pmorotations.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pmorotations.service.security.InitialAccounts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The one line a person starting the application looks for: where it answers and, in demo mode,
 * how to sign in. Printed once the application answers at {@code APP_URL} (the run command sets
 * it to the local address), so that it comes after the server's own start-up lines instead of
 * somewhere among them; without {@code APP_URL} it is printed at the end of the deployment,
 * without an address.
 */
@Startup
@Singleton
@DependsOn("InitialAccounts")
public class ReadyBanner {

    private static final Logger LOG = Logger.getLogger(ReadyBanner.class.getName());
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final long POLL_MILLIS = 250;

    @Inject
    @ConfigProperty(name = "APP_URL")
    Optional<String> appUrl;

    @Inject
    InitialAccounts accounts;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @PostConstruct
    void announceWhenReady() {
        String signIn = accounts.demoSignIn().map(text -> " (" + text + ")").orElse("");
        if (appUrl.isEmpty()) {
            print("PMO Rotations is deployed" + signIn);
            return;
        }
        URI address = URI.create(appUrl.get().endsWith("/") ? appUrl.get() : appUrl.get() + "/");
        String line = "PMO Rotations is ready at " + address + signIn;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(address.resolve("health/live")).timeout(Duration.ofSeconds(5)).GET().build();
        Instant giveUp = Instant.now().plus(PATIENCE);
        scheduler.schedule(new Runnable() {
            @Override
            public void run() {
                if (answers(http, probe) || Instant.now().isAfter(giveUp)) {
                    print(line);
                } else {
                    scheduler.schedule(this, POLL_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        }, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static boolean answers(HttpClient http, HttpRequest probe) {
        try {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** On a line of its own, set apart from the log records around it. */
    private static void print(String line) {
        LOG.info(() -> System.lineSeparator() + System.lineSeparator() + "    " + line + System.lineSeparator());
    }
}
