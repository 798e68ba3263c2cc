package org.coitimeline.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** What every error answer of the API is: application/problem+json that reveals no internals. */
public final class Problems {
  private Problems() {}

  /** Asserts a problem of this status with type, title and detail, and no trace of the code. */
  public static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
    return response
        .statusCode(status)
        .contentType(startsWith("application/problem+json"))
        .body("type", notNullValue())
        .body("title", notNullValue())
        .body("status", equalTo(status))
        .body("detail", notNullValue())
        .body(not(containsString("Exception")))
        .body(not(containsString("org.coitimeline")))
        .body(not(containsString("at java.")))
        .body(not(containsString("io.quarkus")))
        .body(not(containsString("<html")));
  }
}
