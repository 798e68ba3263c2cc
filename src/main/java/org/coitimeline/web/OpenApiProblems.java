package org.coitimeline.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the error responses each operation can give, each with the problem document, so that the
 * contract does not depend on every resource remembering them.
 */
public class OpenApiProblems implements OASFilter {
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
                item.getOperations()
                    .forEach(
                        (method, operation) -> {
                          if (operation.getResponses() == null) {
                            operation.setResponses(OASFactory.createAPIResponses());
                          }
                          errorsOf(path, method)
                              .forEach(
                                  (status, text) -> add(operation.getResponses(), status, text));
                        }));
  }

  private static Map<String, String> errorsOf(String path, PathItem.HttpMethod method) {
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put("400", "Invalid input: a parameter or field is malformed or unknown.");
    boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
    if (write) {
      errors.put("401", "No valid bearer token.");
      errors.put("403", "The token lacks the role this operation needs.");
    } else if (path.startsWith("/api/")) {
      errors.put("401", "Reads are private here and no valid bearer token was sent.");
      errors.put("403", "Reads are private here and the token lacks the reader role.");
    }
    if (path.contains("{id}")) {
      errors.put("404", "No resource has this id.");
      errors.put("410", "The resource was deleted; its history remains.");
    }
    if (write) {
      errors.put("409", "The id is taken, or the record is still referred to.");
    }
    if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
      errors.put("412", "If-Match does not name the current version.");
    }
    if (method == PathItem.HttpMethod.PUT) {
      errors.put("428", "If-Match is missing.");
    }
    if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
      errors.put("413", "The body is larger than the service accepts.");
      errors.put("415", "The body is not application/json.");
    }
    errors.put("406", "The Accept header asks for a format this operation does not produce.");
    errors.put("414", "The request target (path and query) is longer than the service accepts.");
    if (write || path.equals("/api/v1/export")) {
      errors.put(
          "429", "This client has used its allowance for now; Retry-After says when to retry.");
    }
    errors.put("431", "The request headers are larger than the service accepts.");
    errors.put("500", "An unexpected error; the problem says no more than that.");
    errors.put(
        "503",
        "The database cannot be reached, or the service is shutting down; try again after the"
            + " seconds of Retry-After.");
    return errors;
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
