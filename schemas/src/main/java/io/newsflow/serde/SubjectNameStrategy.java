package io.newsflow.serde;

import org.apache.avro.Schema;

/** Chooses the registry subject a record's schema is registered under. */
@FunctionalInterface
public interface SubjectNameStrategy {

    String subjectName(String topic, boolean isKey, Schema schema);
}
