package io.newsflow.topics;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin step that creates topics from the registry (auto-creation is off everywhere we ship) and waits until
 * each partition answers {@code listOffsets}: producing right after creation can otherwise fail while leaders are
 * still being elected (KAFKA-15591).
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);
    /** Pause between readiness probes; short because a local broker is ready within a second or two. */
    private static final long PROBE_INTERVAL_MS = 100;

    private final Admin admin;

    public TopicProvisioner(Admin admin) {
        this.admin = admin;
    }

    /**
     * Creates the topics that do not exist yet and waits until every partition of every topic is ready.
     *
     * @return the names of the topics this call created
     */
    public Set<String> ensure(Collection<TopicSpec> specs, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = specs.stream().filter(s -> !existing.contains(s.name()))
                    .map(TopicSpec::toNewTopic).collect(Collectors.toList());
            Set<String> created = new java.util.LinkedHashSet<>();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).values().forEach((name, future) -> {
                    try {
                        future.get(remaining(deadline), TimeUnit.MILLISECONDS);
                        created.add(name);
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw new TopicProvisioningException("cannot create topic " + name, e.getCause());
                        }
                    } catch (InterruptedException | TimeoutException e) {
                        throw asProvisioningException("creating topic " + name, e);
                    }
                });
            }
            awaitReady(specs.stream().map(TopicSpec::name).collect(Collectors.toSet()), deadline);
            if (!created.isEmpty()) {
                log.info("created topics {}", created);
            }
            return created;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw asProvisioningException("listing topics", e);
        }
    }

    private void awaitReady(Set<String> names, long deadline) throws InterruptedException {
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames()
                        .get(remaining(deadline), TimeUnit.MILLISECONDS);
                Map<TopicPartition, OffsetSpec> request = new HashMap<>();
                descriptions.values().forEach(d -> d.partitions().forEach(
                        p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                admin.listOffsets(request).all().get(remaining(deadline), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                last = e;
                Thread.sleep(PROBE_INTERVAL_MS);
            }
        }
        throw new TopicProvisioningException("topics " + names + " not ready in time", last);
    }

    private static long remaining(long deadline) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }

    private static TopicProvisioningException asProvisioningException(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        return new TopicProvisioningException("failed " + what + ": " + cause, cause);
    }

    /** Topic creation or readiness failed. */
    public static final class TopicProvisioningException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TopicProvisioningException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
