package io.newsflow.embedded;

/**
 * Entry point of the child broker JVM: {@code ChildBrokerMain <parent-pid> <server.properties>}.
 *
 * <p>Runs Kafka's own {@code kafka.Kafka} main, and exits as soon as the parent process is gone, so that no
 * broker is left behind when the demo is killed (even with SIGKILL).
 */
public final class ChildBrokerMain {

    private ChildBrokerMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ChildBrokerMain <parent-pid> <server.properties>");
            System.exit(2);
        }
        long parentPid = Long.parseLong(args[0]);
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> {
                    System.err.println("parent process " + parentPid + " is gone; stopping the broker");
                    System.exit(0);
                }),
                () -> System.exit(0));
        kafka.Kafka.main(new String[] {args[1]});
    }
}
