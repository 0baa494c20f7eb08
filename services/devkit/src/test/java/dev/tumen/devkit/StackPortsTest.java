package dev.tumen.devkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tumen.broker.EmbeddedKafka;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class StackPortsTest {

    @Test
    void portsAreChosenBelowTheEphemeralRangeSoNoOutboundConnectionTakesThemBeforeTheServiceBinds() throws Exception {
        for (int i = 0; i < 20; i++) {
            int port = Stack.freePort();
            assertThat(port).isBetween(EmbeddedKafka.PORTS_FROM, EmbeddedKafka.PORTS_TO - 1);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void aStartThatLostItsPortIsToldFromOneThatFailedOtherwise() {
        String earlierBindFailure = "Established active environments: [dev]\n"
                + "Caused by: java.net.BindException: Address already in use\n";
        String lost = "12:00 INFO leaving group\nEstablished active environments: [dev]\n"
                + "ERROR Unable to start Micronaut server on 127.0.0.1:34743\n"
                + "Caused by: java.net.BindException: Address already in use\n\tat sun.nio.ch.Net.bind0(Native Method)";
        String otherFailure = earlierBindFailure + "Established active environments: [dev]\n"
                + "ERROR KAFKA_BOOTSTRAP_SERVERS is empty\n";

        assertThat(Stack.lostPortIn(lost)).isTrue();
        assertThat(Stack.lostPortIn(otherFailure)).isFalse();
        assertThat(Stack.lostPortIn("Caused by: java.net.BindException: Address already in use")).isTrue();
    }
}
