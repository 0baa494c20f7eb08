package dev.tumen.common.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class LogConfiguratorTest {
    @Test
    void registeredForLogbacksServiceLoader() {
        assertTrue(ServiceLoader.load(Configurator.class).stream().anyMatch(p -> p.type() == LogConfigurator.class));
    }

    @Test
    void stepsAsideForAnXmlConfigurationOnTheClassPath() {
        // This module's tests have no logback XML of their own, so one is simulated by the system property.
        LoggerContext context = new LoggerContext();
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "elsewhere.xml");
        try {
            assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, new LogConfigurator().configure(context));
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
        assertEquals(null, context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT"));
    }

    @Test
    void consoleAtInfoWithKafkaAtWarn() {
        LoggerContext context = new LoggerContext();
        // This module's test class path has no logback XML, so the configurator does the work itself.
        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, new LogConfigurator().configure(context));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertNotNull(root.getAppender("STDOUT"));
        assertTrue(root.getAppender("STDOUT") instanceof ConsoleAppender);
        assertEquals(System.getenv("LOG_LEVEL") == null ? Level.INFO : Level.toLevel(System.getenv("LOG_LEVEL")), root.getLevel());
        assertEquals(Level.WARN, context.getLogger("org.apache.kafka").getLevel());
    }

    /** LOG_LEVEL=verbose was read as INFO without a word (the third outside review): it is now said at start-up. */
    @Test
    void aLogLevelThatNamesNoLevelIsSaidNotSilentlyIgnored() {
        assertEquals(Level.INFO, LogConfigurator.rootLevel("verbose"));
        String said = LogConfigurator.refusedLevel("verbose");
        assertTrue(said != null && said.contains("LOG_LEVEL=verbose") && said.contains("INFO is used"), said);
        assertNull(LogConfigurator.refusedLevel(null));
        assertNull(LogConfigurator.refusedLevel(""));
        assertNull(LogConfigurator.refusedLevel("debug"));
        assertEquals(Level.DEBUG, LogConfigurator.rootLevel("debug"));
        assertEquals(Level.WARN, LogConfigurator.rootLevel("WARN"));
    }
}
