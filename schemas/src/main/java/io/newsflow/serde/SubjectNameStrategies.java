package io.newsflow.serde;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;

/**
 * Resolves a {@code *.subject.name.strategy} setting: a short name ({@code TopicNameStrategy}), our class name, a
 * Confluent class name ({@code io.confluent.kafka.serializers.subject.TopicNameStrategy}), a class implementing
 * {@link SubjectNameStrategy}, or an instance.
 */
public final class SubjectNameStrategies {

    private static final String CONFLUENT_PACKAGE = "io.confluent.kafka.serializers.subject.";
    private static final String OUR_PACKAGE = SubjectNameStrategies.class.getPackageName() + ".";
    private static final Map<String, SubjectNameStrategy> BUILT_IN = Map.of(
            "TopicNameStrategy", new TopicNameStrategy(),
            "RecordNameStrategy", new RecordNameStrategy(),
            "TopicRecordNameStrategy", new TopicRecordNameStrategy());

    private SubjectNameStrategies() {
    }

    /** The strategy a setting names; {@link TopicNameStrategy} when null. */
    public static SubjectNameStrategy resolve(String key, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return BUILT_IN.get("TopicNameStrategy");
        }
        if (value instanceof SubjectNameStrategy strategy) {
            return strategy;
        }
        String name = value instanceof Class<?> c ? c.getName() : value.toString().trim();
        String shortName = name;
        if (name.startsWith(CONFLUENT_PACKAGE)) {
            shortName = name.substring(CONFLUENT_PACKAGE.length());
        } else if (name.startsWith(OUR_PACKAGE)) {
            shortName = name.substring(OUR_PACKAGE.length());
        }
        SubjectNameStrategy builtIn = BUILT_IN.get(shortName);
        if (builtIn != null) {
            return builtIn;
        }
        try {
            Class<?> type = value instanceof Class<?> c ? c : Class.forName(name);
            if (!SubjectNameStrategy.class.isAssignableFrom(type)) {
                throw new ConfigException(key, name, "does not implement " + SubjectNameStrategy.class.getName());
            }
            return (SubjectNameStrategy) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ConfigException(key, name, "unknown subject name strategy; use one of " + BUILT_IN.keySet()
                    + " (short name, " + OUR_PACKAGE + "* or " + CONFLUENT_PACKAGE + "*) or a class implementing "
                    + SubjectNameStrategy.class.getName());
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (e instanceof ConfigException ce) {
                throw ce;
            }
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new ConfigException(key, name, "cannot create subject name strategy: " + cause);
        }
    }
}
