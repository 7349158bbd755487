package org.psoascoach.store;

/** The database could not be opened or reached; the message is for a person and names where it looked. */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
