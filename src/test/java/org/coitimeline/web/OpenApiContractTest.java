package org.coitimeline.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The published contract, openapi/openapi.yaml, must equal what the service serves. After a
 * deliberate change of the API, regenerate it with {@code ./mvnw test -Dtest=OpenApiContractTest
 * -Dopenapi.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {
  private static final Path CONTRACT = Path.of("openapi/openapi.yaml");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void servedDocumentEqualsThePublishedContract() throws IOException {
    String served =
        given()
            .queryParam("format", "yaml")
            .when()
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    if (Boolean.getBoolean("openapi.update")) {
      Files.writeString(CONTRACT, served);
    }
    JsonNode expected = YAML.readTree(Files.readString(CONTRACT));
    assertEquals(
        expected,
        YAML.readTree(served),
        "GET /q/openapi differs from openapi/openapi.yaml; if the change is intended, run"
            + " ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true");
  }

  @Test
  void everyErrorResponseIsAProblemDocument() throws IOException {
    JsonNode contract = YAML.readTree(Files.readString(CONTRACT));
    int checked = 0;
    for (JsonNode path : contract.get("paths")) {
      for (JsonNode operation : path) {
        var responses = operation.get("responses").fields();
        while (responses.hasNext()) {
          var response = responses.next();
          if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
            assertEquals(
                "#/components/schemas/Problem",
                response.getValue().at("/content/application~1problem+json/schema/$ref").asText(),
                response.getKey());
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 20, "error responses found: " + checked);
    assertTrue(contract.at("/components/schemas/Bundle").isObject(), "the bundle schema");
  }

  @Test
  void swaggerUiIsServed() {
    given().when().get("/q/swagger-ui/").then().statusCode(200);
  }
}
