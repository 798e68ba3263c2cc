package org.coitimeline.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Test data goes in the way a client's does: through the public API, so that a test depends on no
 * class of the service and runs alike in-process ({@code @QuarkusTest}) and against the packaged
 * jar ({@code @QuarkusIntegrationTest}).
 */
public final class Api {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setDefaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

  private Api() {}

  /** Imports a bundle ({@link TestBundle#build()}) with {@code POST /api/v1/import} as an admin. */
  public static void importBundle(Map<String, Object> bundle) {
    postBundle(bundle).then().statusCode(200);
  }

  /** Sends a bundle to {@code POST /api/v1/import} as an admin, whatever the answer. */
  public static Response postBundle(Map<String, Object> bundle) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(json(bundle))
        .when()
        .post("/api/v1/import");
  }

  /** The admin's {@code GET /api/v1/export} (protected people as they are), as text. */
  public static String export() {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .when()
        .get("/api/v1/export")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /**
   * The ids of the items of every page of {@code GET path}, in order, from the first page on
   * through its {@code next} cursors, for at most {@code maxItems} items.
   */
  public static List<String> walk(
      Supplier<RequestSpecification> request, String path, int maxItems) {
    List<String> walked = new ArrayList<>();
    String cursor = null;
    do {
      RequestSpecification page = request.get();
      if (cursor != null) {
        page.queryParam("cursor", cursor);
      }
      Response response = page.when().get(path);
      response.then().statusCode(200);
      walked.addAll(response.jsonPath().getList("items.id"));
      cursor = response.jsonPath().getString("next");
    } while (cursor != null && walked.size() < maxItems);
    return walked;
  }

  /** The JSON text of a bundle or record. */
  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
