package org.coitimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every write operation of the published contract, tried with every kind of caller: no token,
 * expired, forged and foreign tokens are 401s; readers get 403; editors may create and change; only
 * admins delete and import.
 */
@QuarkusTest
class SecurityMatrixTest {
  private static final String ABSENT_ID = "matrix-record-that-does-not-exist";

  record WriteOperation(String method, String path) {
    boolean adminOnly() {
      return method.equals("delete") || path.endsWith("/import");
    }

    ValidatableResponse call(String token) {
      RequestSpecification request = given().contentType("application/json");
      if (token != null) {
        request.auth().oauth2(token);
      }
      if (!method.equals("delete")) {
        request.body("{}");
      }
      if (method.equals("put")) {
        request.header("If-Match", "\"0\"");
      }
      return request.when().request(method.toUpperCase(), path.replace("{id}", ABSENT_ID)).then();
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  static List<WriteOperation> writeOperations() throws IOException {
    JsonNode contract =
        new ObjectMapper(new YAMLFactory())
            .readTree(Files.readString(Path.of("openapi/openapi.yaml")));
    List<WriteOperation> operations = new ArrayList<>();
    contract
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          // Taking a snapshot is a read (SnapshotAccessTest covers who may).
                          if (List.of("post", "put", "delete", "patch").contains(method)
                              && !path.getKey().startsWith("/api/v1/snapshots")) {
                            JsonNode operation = path.getValue().get(method);
                            assertTrue(
                                operation.at("/security/0/bearer").isArray(),
                                method + " " + path.getKey() + " declares the bearer scheme");
                            operations.add(new WriteOperation(method, path.getKey()));
                          }
                        }));
    return operations;
  }

  @TestFactory
  Stream<DynamicTest> everyWriteOperationChecksTheCallersToken() throws IOException {
    List<WriteOperation> operations = writeOperations();
    assertEquals(
        13,
        operations.size(),
        "POST, PUT and DELETE of events, actors, sources, gaps; POST /import");
    Map<String, Supplier<String>> refused =
        Map.of(
            "no token", () -> null,
            "an expired token", Tokens::expired,
            "a forged token", Tokens::forged,
            "a token of another issuer", Tokens::wrongIssuer);
    List<DynamicTest> tests = new ArrayList<>();
    for (WriteOperation operation : operations) {
      refused.forEach(
          (caller, token) ->
              tests.add(
                  DynamicTest.dynamicTest(
                      operation + " with " + caller + " is 401",
                      () ->
                          operation
                              .call(token.get())
                              .statusCode(401)
                              .contentType(startsWith("application/problem+json"))
                              .header("WWW-Authenticate", startsWith("Bearer")))));
      tests.add(
          DynamicTest.dynamicTest(
              operation + " as reader is 403",
              () ->
                  operation
                      .call(Tokens.reader())
                      .statusCode(403)
                      .contentType(startsWith("application/problem+json"))));
      tests.add(
          DynamicTest.dynamicTest(
              operation + " as editor is " + (operation.adminOnly() ? "403" : "allowed"),
              () -> {
                ValidatableResponse response = operation.call(Tokens.editor());
                if (operation.adminOnly()) {
                  response.statusCode(403);
                } else {
                  // Allowed in: what follows is the operation's own answer to {} or a missing id.
                  response.statusCode(oneOf(400, 404)).body("status", not(equalTo(403)));
                }
              }));
      tests.add(
          DynamicTest.dynamicTest(
              operation + " as admin is allowed",
              // {} lacks the bundle's format, so an admin's import of it is a 400 as well.
              () -> operation.call(Tokens.admin()).statusCode(oneOf(400, 404))));
    }
    return tests.stream();
  }
}
