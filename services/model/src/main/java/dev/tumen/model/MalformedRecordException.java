package dev.tumen.model;

/** A record value that can never be processed, however often it is retried: it belongs in the dead-letter topic. */
public class MalformedRecordException extends RuntimeException {
    public MalformedRecordException(String message) {
        super(message);
    }

    public MalformedRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
