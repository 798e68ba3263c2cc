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
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.coitimeline.kernel.Causes;
import org.coitimeline.kernel.Conflict;
import org.coitimeline.kernel.FieldError;
import org.coitimeline.kernel.Gone;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.JsonErrors;
import org.coitimeline.kernel.NotFound;
import org.coitimeline.kernel.PreconditionRequired;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.VersionMismatch;
import org.coitimeline.kernel.WriteCollision;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps the domain's exceptions to RFC 9457 problems, once for every resource. The framework's own
 * errors (unknown paths, 401, 403, 405, 406, 415, malformed JSON) are turned into problems by
 * quarkus-resteasy-problem; {@link #apply} gives them the same shape as ours.
 */
@ApplicationScoped
public class ProblemMapping implements ProblemPostProcessor {
  private static final URI ABOUT_BLANK = URI.create("about:blank");
  private static final Logger LOG = Logger.getLogger(ProblemMapping.class);

  @ServerExceptionMapper
  public Response invalidInput(InvalidInput e) {
    List<FieldError> errors = e.errors();
    return invalidInputProblem(errors).toResponse();
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
    return invalidInput(JsonErrors.of(e));
  }

  /** The JSON error behind a framework exception, if there is one. */
  private static JsonProcessingException jsonCause(Throwable e) {
    return Causes.find(e, JsonProcessingException.class).orElse(null);
  }

  @ServerExceptionMapper
  public Response notFound(NotFound e) {
    return ProblemType.NOT_FOUND.response(e.getMessage());
  }

  @ServerExceptionMapper
  public Response gone(Gone e) {
    return ProblemType.GONE.response(e.getMessage());
  }

  @ServerExceptionMapper
  public Response conflict(Conflict e) {
    return ProblemType.CONFLICT.response(e.getMessage());
  }

  @ServerExceptionMapper
  public Response versionMismatch(VersionMismatch e) {
    return ProblemType.VERSION_MISMATCH.response(e.getMessage());
  }

  /**
   * Two writers raced past the version check, and the loser's retries raced too: a conditional
   * request learns it as a stale version (412), any other (an import) as contention to try again.
   */
  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response lostRace(RuntimeException e, HttpHeaders headers) {
    return collided(headers);
  }

  /**
   * A write that still collided with other writers after its retries: a conditional request learns
   * it as a stale version (412), any other as contention to try again (503).
   */
  private Response collided(HttpHeaders headers) {
    if (headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
      return versionMismatch(new VersionMismatch());
    }
    return ProblemType.WRITE_CONTENTION
        .builder("Other writes held the records this one needed; try again.")
        .withHeader(HttpHeaders.RETRY_AFTER, "1")
        .build()
        .toResponse();
  }

  /**
   * A write that collided with another writer after its retries: a concurrent create of the same id
   * is a 409 like any taken id; a deadlock or lock-wait timeout that outlasted the retries is a 412
   * for a conditional request (what it was conditional on was being changed), else a 503 to try
   * again. A database that cannot be reached is a 503 with Retry-After. Any other failure stays
   * what it was: a 400 for JSON that does not parse, else a 500, logged.
   */
  @ServerExceptionMapper({PersistenceException.class, ArcUndeclaredThrowableException.class})
  public Response failedWrite(RuntimeException e, HttpHeaders headers) {
    Optional<RecordKind> taken = WriteCollision.takenId(e);
    if (taken.isPresent()) {
      return conflict(Conflict.idTaken(taken.get()));
    }
    WriteCollision collision = WriteCollision.of(e);
    if (collision == WriteCollision.DUPLICATE_KEY) {
      return conflict(new Conflict("A concurrent write stored the same record first; try again."));
    }
    if (collision == WriteCollision.TRANSIENT) {
      return collided(headers);
    }
    JsonProcessingException json = jsonCause(e);
    if (json != null) {
      return unreadableJson(json);
    }
    if (DatabaseFaults.unavailable(e)) {
      LOG.warn("The database is unavailable: " + e.getMessage());
      return DatabaseFaults.unavailableProblem().toResponse();
    }
    LOG.error("Request failed", e);
    return HttpProblem.builder()
        .withType(ABOUT_BLANK)
        .withTitle("Internal Server Error")
        .withStatus(Response.Status.INTERNAL_SERVER_ERROR)
        .build()
        .toResponse();
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
    return ProblemType.UNAUTHORIZED
        .builder("This needs a valid bearer token (a JWT of the configured issuer).")
        .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build()
        .toResponse();
  }

  /** A valid token without the role the operation needs. */
  @ServerExceptionMapper(value = ForbiddenException.class, priority = Priorities.USER - 100)
  public Response forbidden(ForbiddenException e) {
    return ProblemType.FORBIDDEN.response(
        "The token lacks the role this operation needs (reader, editor or admin; see the API"
            + " contract).");
  }

  @ServerExceptionMapper
  public Response preconditionRequired(PreconditionRequired e) {
    return ProblemType.PRECONDITION_REQUIRED.response(e.getMessage());
  }

  private static HttpProblem invalidInputProblem(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid; see errors.";
    return ProblemType.INVALID_INPUT.builder(detail).with("errors", errors).build();
  }

  /**
   * Runs after the library's defaults: every problem gets a type, and none carries an instance (the
   * request path would echo the caller's input back).
   */
  @Override
  public HttpProblem apply(HttpProblem problem, ProblemContext context) {
    JsonProcessingException json = jsonCause(context.cause);
    if (json != null) {
      return invalidInputProblem(JsonErrors.of(json).errors());
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
