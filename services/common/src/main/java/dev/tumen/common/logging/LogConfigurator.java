package dev.tumen.common.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The services' console logging, set up in code: reading a {@code logback.xml} costs about a thousand classes of
 * logback's XML configurator on the start-up thread, for three lines of configuration.
 *
 * <p>Any XML configuration still wins: {@code -Dlogback.configurationFile}, or a {@code logback-test.xml} or
 * {@code logback.xml} on the class path (tests, the devkit, an operator's own), and this configurator then steps aside.
 * {@code LOG_LEVEL} sets the root level (default {@code INFO}); Micronaut's {@code logger.levels.*} properties
 * ({@code LOGGER_LEVELS_DEV_TUMEN=DEBUG}) still set single loggers.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    /** The root level {@code LOG_LEVEL} names, INFO when it names none. */
    static Level rootLevel(String wanted) {
        return Level.toLevel(wanted, Level.INFO);
    }

    /**
     * Why {@code LOG_LEVEL} was not taken, or null: "verbose" or "warning" read as INFO without a word (the third outside
     * review), so an operator who asked for more or less logging could not tell the setting was ignored.
     */
    static String refusedLevel(String wanted) {
        if (wanted == null || wanted.isBlank() || Level.toLevel(wanted.strip(), null) != null) {
            return null;
        }
        return "LOG_LEVEL=" + wanted.strip() + " is no log level (TRACE, DEBUG, INFO, WARN, ERROR, OFF): INFO is used";
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ClassLoader loader = LogConfigurator.class.getClassLoader();
        if (System.getProperty("logback.configurationFile") != null || loader.getResource("logback-test.xml") != null
                || loader.getResource("logback.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        // Not the platform's: a container's POSIX locale would write every Korean or Russian title as question marks.
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        RedactingEncoder redacting = new RedactingEncoder(encoder);
        redacting.setContext(context);
        redacting.start();
        console.setEncoder(redacting);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        String wanted = System.getenv("LOG_LEVEL");
        root.setLevel(rootLevel(wanted));
        root.addAppender(console);
        String refused = refusedLevel(wanted);
        if (refused != null) {
            context.getLogger(LogConfigurator.class).warn(refused);
        }
        // Kafka's clients log every connection and rebalance at INFO.
        context.getLogger("org.apache.kafka").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
