package org.coitimeline.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coitimeline.support.Tokens;
import org.coitimeline.support.fuzz.ContractOperation;
import org.coitimeline.support.fuzz.Findings;
import org.coitimeline.support.fuzz.FuzzRequest;
import org.coitimeline.support.fuzz.FuzzValues;
import org.coitimeline.support.fuzz.RequestFactory;
import org.jboss.logging.Logger;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The whole published contract, fuzzed: requests generated from openapi/openapi.yaml over every
 * operation, with valid, boundary and hostile values in every parameter and body field and every
 * kind of caller, until {@code fuzz.requests} requests (default 10 000) or {@code fuzz.seconds}
 * seconds (default 420), whichever comes first. No answer may be a 5xx; every 4xx is an
 * application/problem+json problem with its status; every 2xx has a content type the contract
 * documents. The seed ({@code fuzz.seed}) is logged, so that a failure reproduces.
 *
 * <p>Part of {@code ./mvnw verify}; {@code -Dfuzz.skip=true} leaves it out of a quick local run.
 */
@QuarkusTest
@DisabledIfSystemProperty(
    named = "fuzz.skip",
    matches = "true",
    disabledReason = "-Dfuzz.skip=true leaves out the contract fuzz")
class ContractFuzzTest {
  private static final Logger LOG = Logger.getLogger(ContractFuzzTest.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path CONTRACT = Path.of("openapi/openapi.yaml");
  private static final Path REPORT = Path.of("target", "contract-fuzz-report.txt");
  private static final List<String> VOCABULARIES =
      List.of(
          "topics", "event-types", "actor-roles", "actor-types", "source-types", "relation-kinds");
  private static final List<String> LEAKS =
      List.of("org.coitimeline", "java.lang.", "Exception", "\tat ", "io.quarkus", "org.hibernate");

  private final long seed = Long.getLong("fuzz.seed", 20261201L);
  private final int maxRequests = Integer.getInteger("fuzz.requests", 10_000);
  private final int maxSeconds = Integer.getInteger("fuzz.seconds", 420);

  @Test
  void everyOperationAnswersEveryGeneratedRequestWithoutA5xxAndWithProblemJsonErrors()
      throws IOException {
    List<ContractOperation> operations = ContractOperation.read(CONTRACT);
    assertTrue(operations.size() > 30, "operations in the contract: " + operations.size());
    LOG.infof(
        "Contract fuzz: seed %d (-Dfuzz.seed=%d reproduces), at most %d requests or %d s, %d"
            + " operations",
        seed, seed, maxRequests, maxSeconds, operations.size());

    Map<String, String> tokens = tokens();
    FuzzValues values = new FuzzValues(seed);
    RequestFactory factory =
        new RequestFactory(values, "fuzz-" + Long.toHexString(seed), tokens, vocabularies());
    createFixtures(factory, tokens);

    List<ContractOperation> weighed = new ArrayList<>();
    operations.forEach(o -> weighed.addAll(Collections.nCopies(o.inputWeight(), o)));
    Findings findings = new Findings();
    long started = System.nanoTime();
    long deadline = started + maxSeconds * 1_000_000_000L;
    for (int i = 0; i < maxRequests && System.nanoTime() < deadline; i++) {
      // every operation once in contract order, then at random, weighed by how much input it takes
      ContractOperation operation =
          i < operations.size() ? operations.get(i) : values.pick(weighed);
      FuzzRequest request = factory.next(operation);
      Response response;
      long sent = System.nanoTime();
      try {
        response = request.send();
      } catch (Exception e) { // IOExceptions come through undeclared
        findings.sent(operation, -1, (System.nanoTime() - sent) / 1_000_000);
        findings.failed(Findings.Kind.NO_ANSWER, request, -1, e.toString());
        continue;
      }
      check(request, response, (System.nanoTime() - sent) / 1_000_000, findings);
      learn(factory, request, response);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (findings.requests() < maxRequests) {
      LOG.warnf(
          "Contract fuzz: stopped by the time bound (%d s) after %d of %d requests",
          maxSeconds, findings.requests(), maxRequests);
    }

    cleanUp(factory, tokens.get("admin"));
    String report = findings.report(seed, seconds);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report);
    LOG.info(report);
    assertEquals(
        operations.size(),
        findings.operationsCovered(),
        "every operation of the contract was exercised");
    assertTrue(
        findings.fatal().isEmpty(),
        findings.fatal().size()
            + " distinct failures (report in "
            + REPORT
            + "; -Dfuzz.seed="
            + seed
            + " reproduces):\n"
            + report);
  }

  /** The Authorization header of each kind of caller. */
  private static Map<String, String> tokens() {
    Map<String, String> tokens = new HashMap<>();
    for (String role : List.of("reader", "editor", "admin")) {
      tokens.put(
          role,
          "Bearer "
              + Jwt.issuer(Tokens.ISSUER)
                  .subject("fuzz-" + role)
                  .groups(role)
                  .expiresIn(3600)
                  .sign());
    }
    tokens.put("expired", "Bearer " + Tokens.expired());
    tokens.put("forged", "Bearer " + Tokens.forged());
    tokens.put("wrong-issuer", "Bearer " + Tokens.wrongIssuer());
    tokens.put("garbage", "Bearer not.a.jwt");
    tokens.put("groups-object", "Bearer " + groupsAsObject());
    tokens.put("basic", "Basic ZnV6ejpmdXp6");
    return tokens;
  }

  /**
   * A validly signed token whose groups claim is an object, {"editor": true}, which the JWT builder
   * refuses to make: signed here with jose4j and the test key.
   */
  private static String groupsAsObject() {
    long now = System.currentTimeMillis() / 1000;
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(
        """
        {"iss": "%s", "sub": "fuzz-groups-object", "groups": {"editor": true},
         "iat": %d, "exp": %d}"""
            .formatted(Tokens.ISSUER, now, now + 3600));
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      jws.setKey(KeyUtils.readPrivateKey("jwt/test-private.pem"));
      return jws.getCompactSerialization();
    } catch (IOException | GeneralSecurityException | JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The codes of each vocabulary, as the API lists them. */
  private static Map<String, List<String>> vocabularies() {
    Map<String, List<String>> codes = new LinkedHashMap<>();
    for (String vocabulary : VOCABULARIES) {
      codes.put(
          vocabulary,
          given()
              .when()
              .get("/api/v1/" + vocabulary)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.code", String.class));
    }
    return codes;
  }

  /**
   * Records of the fuzz's own, created through the API: some to read and change, some to delete.
   */
  private static void createFixtures(RequestFactory factory, Map<String, String> tokens) {
    for (String kind : List.of("actor", "source", "event", "gap")) {
      for (int i = 0; i < 8; i++) {
        String id = factory.newId("fixture-" + kind);
        JsonNode record = factory.record(kind, id);
        Response created =
            given()
                .header("Authorization", tokens.get("editor"))
                .contentType("application/json")
                .body(record.toString())
                .when()
                .post("/api/v1/" + collection(kind));
        assertEquals(201, created.statusCode(), "fixture " + record + ": " + created.asString());
        factory.etag(kind, id, created.header("ETag"));
        if (i < 4) {
          factory.addStable(kind, id);
        } else {
          factory.addDeletable(kind, id);
        }
      }
    }
  }

  private static String collection(String kind) {
    return kind.equals("gap") ? "gaps" : kind + "s";
  }

  private static void check(
      FuzzRequest request, Response response, long elapsedMillis, Findings findings) {
    ContractOperation operation = request.operation();
    int status = response.statusCode();
    findings.sent(operation, status, elapsedMillis);
    String mediaType = mediaType(response.contentType());
    String body = response.asString();
    String answer = status + " " + mediaType + " " + FuzzRequest.printable(body, 300);
    if (status >= 500) {
      findings.failed(Findings.Kind.SERVER_ERROR, request, status, answer);
    }
    if (status >= 400) {
      if (!mediaType.equals("application/problem+json")) {
        findings.failed(Findings.Kind.ERROR_NOT_PROBLEM_JSON, request, status, answer);
      } else {
        JsonNode problem = parse(body);
        if (problem == null || problem.path("status").asInt() != status) {
          findings.failed(Findings.Kind.PROBLEM_STATUS_MISMATCH, request, status, answer);
        }
        if (LEAKS.stream().anyMatch(body::contains)) {
          findings.failed(Findings.Kind.PROBLEM_LEAKS_INTERNALS, request, status, answer);
        }
      }
    } else if (status >= 200 && status < 300 && operation.documents(status)) {
      var documented = operation.documentedMediaTypes(status);
      if (!documented.isEmpty() && !documented.contains(mediaType)) {
        findings.failed(Findings.Kind.UNDOCUMENTED_SUCCESS_TYPE, request, status, answer);
      }
      if (mediaType.endsWith("json") && !body.isEmpty() && parse(body) == null) {
        findings.failed(Findings.Kind.INVALID_SUCCESS_BODY, request, status, answer);
      }
    }
    if (!operation.documents(status)) {
      findings.failed(Findings.Kind.UNDOCUMENTED_STATUS, request, status, answer);
    }
  }

  /** Keeps what later requests can use: cursors, ETags, and the ids of records created. */
  private static void learn(RequestFactory factory, FuzzRequest request, Response response) {
    ContractOperation operation = request.operation();
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      return;
    }
    if (operation.method().equals("DELETE")) {
      operation.idKind().ifPresent(kind -> factory.wasDeleted(kind, idInTarget(request)));
      return;
    }
    if (!mediaType(response.contentType()).equals("application/json")) {
      return;
    }
    JsonNode body = parse(response.asString());
    if (body == null) {
      return;
    }
    factory.cursor(body.path("next").textValue());
    factory.cursor(body.path("resume").textValue());
    String id = body.path("id").textValue();
    var kind = operation.createdKind().or(operation::idKind);
    if (id != null && kind.isPresent()) {
      if (status == 201) {
        factory.addDeletable(kind.get(), id);
      }
      if (response.header("ETag") != null) {
        factory.etag(kind.get(), id, response.header("ETag"));
      }
    }
    if (operation.path().endsWith("/import") && !body.path("dryRun").asBoolean(true)) {
      for (JsonNode record : body.path("records")) {
        if (record.path("action").asText().equals("created")) {
          factory.addDeletable(record.path("kind").asText(), record.path("id").asText());
        }
      }
    }
  }

  private static String idInTarget(FuzzRequest request) {
    String path = request.target().replaceAll("\\?.*", "");
    String collection = request.operation().path().replaceAll("/\\{id}.*", "");
    String rest = path.substring(collection.length() + 1);
    return URLDecoder.decode(rest.replaceAll("/.*", ""), StandardCharsets.UTF_8);
  }

  /** Deletes the records the fuzz created, so that lists other tests read are as they were. */
  private static void cleanUp(RequestFactory factory, String admin) {
    factory
        .owned()
        .forEach(
            (kind, ids) ->
                ids.forEach(
                    id ->
                        given()
                            .header("Authorization", admin)
                            .urlEncodingEnabled(false)
                            .when()
                            .delete("/api/v1/" + collection(kind) + "/" + FuzzRequest.encode(id))));
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  private static JsonNode parse(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }
}
