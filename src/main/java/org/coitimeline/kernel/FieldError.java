package org.coitimeline.kernel;

/** One problem with one input field or query parameter, as reported to the caller. */
public record FieldError(String field, String message) {}
