package io.newsflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command line: one jar, one subcommand per job. */
@Command(name = "newsflow", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Streaming news ingestion: ingest, enrich and store articles over Kafka.",
        subcommands = {DemoCommand.class, ExtractCommand.class, IngestCommand.class, ReplayCommand.class,
                FeedsCommand.class, EnrichCommand.class, SinkCommand.class, QueryCommand.class,
                BrokerCommand.class, TopicsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        io.newsflow.schemas.AvroTrust.install();
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsflow " + (v != null ? v : "(development build)")};
        }
    }
}
