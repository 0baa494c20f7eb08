package dev.tumen.ingest.page;

/**
 * Why a page was not accepted. {@link #reason()} is a short stable slug used as the problem type and the
 * metric tag; {@link #status()} the HTTP status a caller gets for it.
 */
public class Refusal extends RuntimeException {
    private final int status;
    private final String reason;
    private int retryAfterSeconds;

    public Refusal(int status, String reason, String detail) {
        super(detail);
        this.status = status;
        this.reason = reason;
    }

    public Refusal(int status, String reason, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.reason = reason;
    }

    /** When a client may try again (the {@code Retry-After} header): for 429 and 503, else 0. */
    public int retryAfterSeconds() {
        return retryAfterSeconds > 0 ? retryAfterSeconds : retryAfterSeconds < 0 ? 0 : status == 503 ? 5 : status == 429 ? 1 : 0;
    }

    /** The same refusal without {@code Retry-After}: a cap is not lifted by waiting, only by removing something. */
    public Refusal withoutRetryAfter() {
        this.retryAfterSeconds = -1;
        return this;
    }

    /** The same refusal, saying when to try again. */
    public Refusal retryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public static Refusal badRequest(String reason, String detail) {
        return new Refusal(400, reason, detail);
    }

    public static Refusal unprocessable(String reason, String detail) {
        return new Refusal(422, reason, detail);
    }

    public static Refusal unsupportedMediaType(String reason, String detail) {
        return new Refusal(415, reason, detail);
    }
}
