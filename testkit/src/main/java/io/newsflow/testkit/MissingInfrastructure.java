package io.newsflow.testkit;

import org.opentest4j.TestAbortedException;

/** Reports a piece of infrastructure that cannot be had: a skip with the reason locally, a failure on CI. */
final class MissingInfrastructure {

    private MissingInfrastructure() {
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static RuntimeException missing(String what, Throwable cause) {
        String message = what + (cause != null ? ": " + cause.getMessage() : "");
        if (onCi()) {
            return new IllegalStateException("CI=true and " + message
                    + " — integration tests must not be skipped on CI", cause);
        }
        return new TestAbortedException("skipped, " + message
                + " (set CI=true to make this a failure)", cause);
    }
}
