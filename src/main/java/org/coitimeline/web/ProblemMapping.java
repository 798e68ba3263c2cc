package org.coitimeline.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.coitimeline.kernel.Conflict;
import org.coitimeline.kernel.FieldError;
import org.coitimeline.kernel.Gone;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.JsonPaths;
import org.coitimeline.kernel.NotFound;
import org.coitimeline.kernel.PreconditionRequired;
import org.coitimeline.kernel.VersionMismatch;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps the domain's exceptions to RFC 9457 problems, once for every resource. The framework's own
 * errors (unknown paths, 401, 403, 405, 406, 415, malformed JSON) are turned into problems by
 * quarkus-resteasy-problem; {@link #apply} gives them the same shape as ours.
 */
@ApplicationScoped
public class ProblemMapping implements ProblemPostProcessor {
  private static final String PREFIX = "urn:coi-timeline:problem:";
  private static final URI ABOUT_BLANK = URI.create("about:blank");

  @ServerExceptionMapper
  public Response invalidInput(InvalidInput e) {
    List<FieldError> errors = e.errors();
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid; see errors.";
    return HttpProblem.builder()
        .withType(URI.create(PREFIX + "invalid-input"))
        .withTitle("Invalid input")
        .withStatus(Response.Status.BAD_REQUEST)
        .withDetail(detail)
        .with("errors", errors)
        .build()
        .toResponse();
  }

  /**
   * A body that is not JSON, or JSON of the wrong shape: a 400 naming the field by its path, saying
   * what was expected, without Java type names or the rejected value.
   */
  @ServerExceptionMapper(
      value = {
        JsonProcessingException.class,
        JsonParseException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        UnrecognizedPropertyException.class
      },
      priority = Priorities.USER - 100)
  public Response unreadableJson(JsonProcessingException e) {
    return invalidInput(jsonInput(e));
  }

  /**
   * A body that is not JSON, or JSON of the wrong shape, as field errors named by their path and
   * saying what was expected, without Java type names or the rejected value.
   */
  private static InvalidInput jsonInput(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return InvalidInput.of(
          JsonPaths.orBody(unknown), "is not a field here; see the schema in the API contract");
    }
    if (e instanceof MismatchedInputException mismatch) {
      return InvalidInput.of(
          JsonPaths.orBody(mismatch), "must be " + expected(mismatch.getTargetType()));
    }
    String where =
        e.getLocation() == null
            ? ""
            : " (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ")";
    return InvalidInput.of("body", "is not valid JSON" + where);
  }

  /** The JSON error behind a framework exception, if there is one. */
  private static JsonProcessingException jsonCause(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof JsonProcessingException json) {
        return json;
      }
    }
    return null;
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (Number.class.isAssignableFrom(type)
        || (type.isPrimitive() && type != boolean.class && type != char.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "text";
    }
    if (type == java.time.LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 date and time";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }

  @ServerExceptionMapper
  public Response notFound(NotFound e) {
    return problem("not-found", "Not found", 404, e.getMessage());
  }

  @ServerExceptionMapper
  public Response gone(Gone e) {
    return problem("gone", "Deleted", 410, e.getMessage());
  }

  @ServerExceptionMapper
  public Response conflict(Conflict e) {
    return problem("conflict", "Conflict", 409, e.getMessage());
  }

  @ServerExceptionMapper
  public Response versionMismatch(VersionMismatch e) {
    return problem("version-mismatch", "Precondition failed", 412, e.getMessage());
  }

  /** Two writers raced past the version check: the loser learns it as a stale version. */
  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response lostRace(RuntimeException e) {
    return versionMismatch(new VersionMismatch());
  }

  /**
   * No or no valid token. (quarkus-resteasy-problem 3.21's own mapper for this fails on this
   * Quarkus version, so ours takes precedence.)
   */
  @ServerExceptionMapper(
      value = {
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
      },
      priority = Priorities.USER - 100)
  public Response unauthorized(RuntimeException e) {
    return HttpProblem.builder()
        .withType(URI.create(PREFIX + "unauthorized"))
        .withTitle("Unauthorized")
        .withStatus(Response.Status.UNAUTHORIZED)
        .withDetail("This needs a valid bearer token (a JWT of the configured issuer).")
        .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build()
        .toResponse();
  }

  @ServerExceptionMapper
  public Response preconditionRequired(PreconditionRequired e) {
    return problem("precondition-required", "Precondition required", 428, e.getMessage());
  }

  private static Response problem(String type, String title, int status, String detail) {
    return HttpProblem.builder()
        .withType(URI.create(PREFIX + type))
        .withTitle(title)
        .withStatus(status)
        .withDetail(detail)
        .build()
        .toResponse();
  }

  /**
   * Runs after the library's defaults: every problem gets a type, and none carries an instance (the
   * request path would echo the caller's input back).
   */
  @Override
  public HttpProblem apply(HttpProblem problem, ProblemContext context) {
    JsonProcessingException json = jsonCause(context.cause);
    if (json != null) {
      List<FieldError> errors = jsonInput(json).errors();
      return HttpProblem.builder()
          .withType(URI.create(PREFIX + "invalid-input"))
          .withTitle("Invalid input")
          .withStatus(Response.Status.BAD_REQUEST)
          .withDetail(errors.get(0).field() + ": " + errors.get(0).message())
          .with("errors", errors)
          .build();
    }
    HttpProblem.Builder builder =
        HttpProblem.builder()
            .withType(problem.getType() == null ? ABOUT_BLANK : problem.getType())
            .withTitle(problem.getTitle())
            .withStatus(problem.getStatusCode())
            .withDetail(problem.getDetail());
    problem.getHeaders().forEach(builder::withHeader);
    problem.getParameters().forEach(builder::with);
    return builder.build();
  }

  @Override
  public int priority() {
    return Integer.MIN_VALUE;
  }
}
