package dev.tumen.alert.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignerTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void reproducesTheStandardWebhooksTestVector() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", Signer.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    /** Each signature is made on a copy of the secret's keyed Mac: signing never changes what the next one starts from. */
    @Test
    void signsTheSameAgainOnAnyThread() throws Exception {
        String expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
        for (int i = 0; i < 3; i++) {
            assertEquals(expected, Signer.sign(SECRET, ID, TIMESTAMP, BODY));
            assertFalse(expected.equals(Signer.sign(SECRET, ID, TIMESTAMP, BODY + i)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> signed = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String body = i % 2 == 0 ? BODY : "{\"other\": " + i + "}";
                signed.add(pool.submit(() -> Signer.sign(SECRET, ID, TIMESTAMP, body)));
            }
            for (int i = 0; i < signed.size(); i += 2) {
                assertEquals(expected, signed.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void signsWithEverySecretDuringRotation() {
        String other = Signer.newSecret();
        String header = Signer.header(List.of(other, SECRET), ID, TIMESTAMP, BODY);
        assertEquals(2, header.split(" ").length);
        assertTrue(Signer.verify(SECRET, ID, TIMESTAMP, BODY, header));
        assertTrue(Signer.verify(other, ID, TIMESTAMP, BODY, header));
    }

    @Test
    void rejectsATamperedBodyOrTimestamp() {
        String header = Signer.header(List.of(SECRET), ID, TIMESTAMP, BODY);
        assertFalse(Signer.verify(SECRET, ID, TIMESTAMP, "{\"test\": 2432232315}", header));
        assertFalse(Signer.verify(SECRET, ID, TIMESTAMP + 1, BODY, header));
    }

    @Test
    void newSecretsHaveThePrefixAnd32Bytes() {
        String s = Signer.newSecret();
        assertTrue(s.startsWith("whsec_"));
        assertEquals(32, java.util.Base64.getDecoder().decode(s.substring(6)).length);
    }
}
