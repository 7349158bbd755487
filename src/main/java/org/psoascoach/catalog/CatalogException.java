package org.psoascoach.catalog;

/** The catalog data is wrong; the message names each file and field. The app refuses to start. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) { super(message); }

    public CatalogException(String message, Throwable cause) { super(message, cause); }
}
