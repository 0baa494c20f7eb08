package dev.tumen.model;

/**
 * A record whose processing took more than its CPU budget and was stopped. Retrying would only spend the budget again
 * (the work is the same each time), so, like a malformed record, it belongs in the dead-letter topic with the reason.
 */
public class TooCostlyException extends MalformedRecordException {
    public TooCostlyException(String message) {
        super(message);
    }
}
