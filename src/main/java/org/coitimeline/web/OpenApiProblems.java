package org.coitimeline.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the error responses every operation can give, each with the problem document, so that the
 * contract does not depend on each resource remembering them.
 */
public class OpenApiProblems implements OASFilter {
  private static final Map<String, String> ALWAYS =
      Map.of(
          "400", "Invalid input: a parameter or field is malformed or unknown.",
          "406", "The Accept header asks for a format this operation does not produce.",
          "500", "An unexpected error; the problem says no more than that.");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations().values().forEach(operation -> addProblems(path, operation)));
  }

  private static void addProblems(String path, Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    for (var entry : ALWAYS.entrySet()) {
      add(responses, entry.getKey(), entry.getValue());
    }
    if (path.contains("{id}")) {
      add(responses, "404", "No resource has this id.");
    }
  }

  private static void add(APIResponses responses, String status, String description) {
    if (responses.hasAPIResponse(status)) {
      return;
    }
    responses.addAPIResponse(
        status,
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                            .schema(
                                OASFactory.createSchema().ref("#/components/schemas/Problem")))));
  }
}
