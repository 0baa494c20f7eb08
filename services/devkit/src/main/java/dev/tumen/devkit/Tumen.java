package dev.tumen.devkit;

import dev.tumen.broker.BrokerMain;
import dev.tumen.model.text.OutsideText;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Entry point of {@code bin/tumen} for the commands that run in the devkit: {@code demo}, {@code bench}, {@code startup} and {@code broker}. */
public final class Tumen {
    private Tumen() {
    }

    private static final String USAGE = "usage: tumen demo|bench|startup|broker [options] (each takes --help)";

    private static final Set<String> COMMANDS = Set.of("demo", "bench", "startup", "broker");

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    /** Runs the command {@code args} name; an unknown or missing one is one error line and the usage, exit code 2. */
    static int run(String[] args) throws Exception {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            // The word as typed was echoed whole (review of session 51): quoted by the rule of texts quoting outside input.
            System.err.println(args.length == 0 ? USAGE : "tumen: unknown command " + OutsideText.quote(args[0]) + "; " + USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        ChildProcesses.stopOnExit();
        return switch (args[0]) {
            case "demo" -> Demo.run(rest);
            case "bench" -> dev.tumen.devkit.bench.Bench.run(rest);
            case "startup" -> Startup.run(rest);
            default -> BrokerMain.run(rest);
        };
    }
}
