package dev.tumen.devkit;

import dev.tumen.broker.BrokerMain;
import java.util.Arrays;
import java.util.List;

/** Entry point of {@code bin/tumen} for the commands that run in the devkit: {@code demo}, {@code bench}, {@code startup} and {@code broker}. */
public final class Tumen {
    private Tumen() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: tumen demo|bench|startup|broker [options] (each takes --help)");
            System.exit(2);
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        ChildProcesses.stopOnExit();
        int rc = switch (args[0]) {
            case "demo" -> Demo.run(rest);
            case "bench" -> dev.tumen.devkit.bench.Bench.run(rest);
            case "startup" -> Startup.run(rest);
            case "broker" -> {
                BrokerMain.main(rest.toArray(String[]::new));
                yield 0;
            }
            default -> {
                System.err.println("unknown command " + args[0] + "; usage: tumen demo|bench|startup|broker [options] (each takes --help)");
                yield 2;
            }
        };
        System.exit(rc);
    }
}
