package org.coitimeline.support.fuzz;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** One operation of the published contract, read with swagger-parser, references resolved. */
public record ContractOperation(String method, String path, Operation operation) {

  /** Every operation of the contract, in path then method order. */
  public static List<ContractOperation> read(Path contract) throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readContents(Files.readString(contract), null, options);
    OpenAPI api = result.getOpenAPI();
    if (api == null || api.getPaths() == null) {
      throw new IllegalStateException(contract + " does not parse: " + result.getMessages());
    }
    List<ContractOperation> operations = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            operations.add(
                                new ContractOperation(
                                    method.name().toUpperCase(Locale.ROOT), path, operation))));
    operations.sort(
        Comparator.comparing(ContractOperation::path).thenComparing(ContractOperation::method));
    return operations;
  }

  /**
   * How much input the operation takes, to weigh how often it is fuzzed: one, plus one per
   * parameter, plus six for a body.
   */
  public int inputWeight() {
    return 1 + parameters().size() + (hasBody() ? 6 : 0);
  }

  public boolean isWrite() {
    return !method.equals("GET");
  }

  /** Needs the admin role (deletes and imports); other writes need editor. */
  public boolean isAdminOnly() {
    return method.equals("DELETE") || path.endsWith("/import");
  }

  public List<Parameter> parameters() {
    return operation.getParameters() == null ? List.of() : operation.getParameters();
  }

  public List<Parameter> parameters(String in) {
    return parameters().stream().filter(p -> in.equals(p.getIn())).toList();
  }

  public boolean hasBody() {
    return operation.getRequestBody() != null;
  }

  /** The schema of the application/json request body, if the operation takes one. */
  public Optional<Schema<?>> jsonBodySchema() {
    if (!hasBody() || operation.getRequestBody().getContent() == null) {
      return Optional.empty();
    }
    var media = operation.getRequestBody().getContent().get("application/json");
    return media == null ? Optional.empty() : Optional.ofNullable(media.getSchema());
  }

  /** The media types the request body may have. */
  public Set<String> bodyMediaTypes() {
    if (!hasBody() || operation.getRequestBody().getContent() == null) {
      return Set.of();
    }
    return new TreeSet<>(operation.getRequestBody().getContent().keySet());
  }

  /** Whether the contract names this status among the operation's responses. */
  public boolean documents(int status) {
    return operation.getResponses() != null
        && operation.getResponses().containsKey(String.valueOf(status));
  }

  /** The media types documented for this status (empty when it has no body or is undocumented). */
  public Set<String> documentedMediaTypes(int status) {
    if (operation.getResponses() == null) {
      return Set.of();
    }
    ApiResponse response = operation.getResponses().get(String.valueOf(status));
    Content content = response == null ? null : response.getContent();
    return content == null ? Set.of() : new TreeSet<>(content.keySet());
  }

  /** The media types of the operation's 2xx responses (for the Accept header). */
  public Set<String> successMediaTypes() {
    Set<String> types = new TreeSet<>();
    for (int status = 200; status < 300; status++) {
      types.addAll(documentedMediaTypes(status));
    }
    return types;
  }

  /**
   * The kind of record this path's {@code {id}} names, from the collection before it: {@code
   * /api/v1/events/{id}} names an event.
   */
  public Optional<String> idKind() {
    return kindOf(path.contains("{id}") ? path.substring(0, path.indexOf("/{id}")) : null);
  }

  /** The kind of record a POST to this path creates. */
  public Optional<String> createdKind() {
    return method.equals("POST") ? kindOf(path) : Optional.empty();
  }

  private static Optional<String> kindOf(String collectionPath) {
    if (collectionPath == null) {
      return Optional.empty();
    }
    String collection = collectionPath.substring(collectionPath.lastIndexOf('/') + 1);
    return switch (collection) {
      case "events" -> Optional.of("event");
      case "actors" -> Optional.of("actor");
      case "sources" -> Optional.of("source");
      case "gaps" -> Optional.of("gap");
      default -> Optional.empty();
    };
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
