package org.coitimeline.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the contract with what every operation shares, so that it does not depend on every
 * resource remembering it: the error responses (each with the problem document) and their headers,
 * the security of reads, the schemas of response headers, and schemas named from the domain.
 */
public class OpenApiProblems implements OASFilter {
  private static final String PROBLEM = "#/components/schemas/Problem";
  private static final String FIELD_VALUE = "FieldValue";

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
                          secureReads(method, operation);
                          describeHeaders(method, operation);
                          listExamples(operation);
                        }));
    tidySchemas(openAPI);
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
    errors.put("405", "The path does not take this method; Allow lists the ones it takes.");
    errors.put("406", "The Accept header asks for a format this operation does not produce.");
    if (write) {
      errors.put("409", "The id is taken, or the record is still referred to.");
    }
    if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
      errors.put("412", "If-Match does not name the current version.");
    }
    if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
      errors.put("413", "The body is larger than the service accepts.");
      errors.put("415", "The body is not application/json.");
    }
    errors.put("414", "The request target (path and query) is longer than the service accepts.");
    if (method == PathItem.HttpMethod.PUT) {
      errors.put("428", "If-Match is missing.");
    }
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
                            .schema(OASFactory.createSchema().ref(PROBLEM)))));
  }

  /**
   * Reads are public unless the deployment makes them private (then they need the reader role), so
   * a read takes a bearer token but does not need one; writes declare their own requirement.
   */
  private static void secureReads(PathItem.HttpMethod method, Operation operation) {
    if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
      return;
    }
    if (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD) {
      operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
      operation.addSecurityRequirement(
          OASFactory.createSecurityRequirement().addScheme("bearer", List.of()));
    }
  }

  /** Gives every response header a schema, and adds the headers the edge sends on every answer. */
  private static void describeHeaders(PathItem.HttpMethod method, Operation operation) {
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (status.equals("201")) {
                header(response, "Location", "The URL of the new resource.", "uri");
              }
              if (status.equals("200")
                  && method == PathItem.HttpMethod.GET
                  && pagedBody(response)) {
                header(
                    response,
                    "Link",
                    "The next page as <url>; rel=\"next\", absent on the last page.",
                    null);
              }
              if (status.equals("401")) {
                header(
                    response, "WWW-Authenticate", "The scheme to authenticate with: Bearer.", null);
              }
              if (status.equals("405")) {
                header(response, "Allow", "The methods this path takes.", null);
              }
              if (status.equals("429") || status.equals("503")) {
                header(response, "Retry-After", "Seconds to wait before trying again.", null);
                response
                    .getHeaders()
                    .get("Retry-After")
                    .setSchema(
                        OASFactory.createSchema()
                            .addType(SchemaType.INTEGER)
                            .minimum(java.math.BigDecimal.ZERO));
              }
              if (response.getHeaders() != null) {
                response.getHeaders().values().forEach(OpenApiProblems::typeHeader);
              }
            });
  }

  private static boolean pagedBody(APIResponse response) {
    if (response.getContent() == null) {
      return false;
    }
    var json = response.getContent().getMediaType("application/json");
    return json != null
        && json.getSchema() != null
        && json.getSchema().getRef() != null
        && json.getSchema().getRef().endsWith("Page");
  }

  private static void header(APIResponse response, String name, String text, String format) {
    if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
      return;
    }
    Schema schema = OASFactory.createSchema().addType(SchemaType.STRING);
    if (format != null) {
      schema.setFormat(format);
    }
    response.addHeader(name, OASFactory.createHeader().description(text).schema(schema));
  }

  private static void typeHeader(Header header) {
    if (header.getSchema() == null && header.getContent() == null) {
      header.setSchema(OASFactory.createSchema().addType(SchemaType.STRING));
    }
  }

  /** A repeatable query parameter is a list, so its example is one too. */
  private static void listExamples(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter parameter : operation.getParameters()) {
      Schema schema = parameter.getSchema();
      if (parameter.getExample() != null
          && !(parameter.getExample() instanceof List<?>)
          && schema != null
          && schema.getType() != null
          && schema.getType().contains(SchemaType.ARRAY)) {
        parameter.setExample(List.of(parameter.getExample()));
      }
    }
  }

  /**
   * Names from the domain rather than from Java: dates and instants are inline strings, a field
   * value in a revision is any JSON value, and the problem schemas of the problem library (which
   * this service does not send) go.
   */
  private static void tidySchemas(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    var components = openAPI.getComponents();
    for (String name :
        List.of("HttpProblem", "HttpValidationProblem", "Violation", "JsonNode", "JsonNodeType")) {
      components.removeSchema(name);
    }
    Map<String, Schema> inline = new LinkedHashMap<>();
    for (String name : List.of("LocalDate", "Instant")) {
      Schema schema = components.getSchemas().get(name);
      if (schema != null) {
        inline.put("#/components/schemas/" + name, schema);
        components.removeSchema(name);
      }
    }
    var schemas = components.getSchemas();
    openAPI
        .getComponents()
        .addSchema(
            FIELD_VALUE,
            OASFactory.createSchema()
                .description(
                    "A field's value as the record has it: any JSON value (text, number, list or"
                        + " object), or null."));
    Schema dateInput = schemas.get("EdtfDateInput");
    if (dateInput != null) {
      // Either the text or an EdtfDate: the oneOf says it all, no type or properties of its own.
      dateInput.setType(null);
      dateInput.setProperties(null);
    }
    for (Schema schema : new ArrayList<>(schemas.values())) {
      if (schema.getProperties() == null) {
        continue;
      }
      schema
          .getProperties()
          .forEach(
              (property, value) -> {
                Schema copy = inline.get(value.getRef());
                if (copy != null) {
                  value.setRef(null);
                  value.setType(new ArrayList<>(copy.getType()));
                  value.setFormat(copy.getFormat());
                  if (value.getExample() == null) {
                    value.setExample(copy.getExample());
                  }
                }
                boolean nullable =
                    Boolean.TRUE.equals(value.get("nullable"))
                        || (value.getType() != null && value.getType().contains(SchemaType.NULL));
                if (nullable
                    && value.getEnumeration() != null
                    && !value.getEnumeration().isEmpty()
                    && !value.getEnumeration().contains(null)) {
                  // A nullable enumeration lists null among its values (OpenAPI 3.0.3).
                  List<Object> values = new ArrayList<>(value.getEnumeration());
                  values.add(null);
                  value.setEnumeration(values);
                }
                if (value.getType() != null
                    && value.getType().contains(SchemaType.STRING)
                    && (value.getEnumeration() == null || value.getEnumeration().isEmpty())
                    && (schema.getRequired() == null || !schema.getRequired().contains(property))
                    && !property.equals("id")
                    && !value.getType().contains(SchemaType.NULL)) {
                  // Optional text is sent as null when the record has none.
                  value.addType(SchemaType.NULL);
                }
              });
    }
  }
}
