package org.coitimeline.web;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.coitimeline.common.FieldError;
import org.coitimeline.common.InvalidInput;
import org.coitimeline.common.NotFound;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps the domain's exceptions to RFC 9457 problems, once for every resource. The framework's own
 * errors (unknown paths, 405, 406, 415, malformed JSON) are turned into problems by
 * quarkus-resteasy-problem; {@link #apply} gives them the same shape as ours.
 */
@ApplicationScoped
public class ProblemMapping implements ProblemPostProcessor {
  public static final URI INVALID_INPUT = URI.create("urn:coi-timeline:problem:invalid-input");
  public static final URI NOT_FOUND = URI.create("urn:coi-timeline:problem:not-found");
  private static final URI ABOUT_BLANK = URI.create("about:blank");

  @ServerExceptionMapper
  public Response invalidInput(InvalidInput e) {
    List<FieldError> errors = e.errors();
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid; see errors.";
    return HttpProblem.builder()
        .withType(INVALID_INPUT)
        .withTitle("Invalid input")
        .withStatus(Response.Status.BAD_REQUEST)
        .withDetail(detail)
        .with("errors", errors)
        .build()
        .toResponse();
  }

  @ServerExceptionMapper
  public Response notFound(NotFound e) {
    return HttpProblem.builder()
        .withType(NOT_FOUND)
        .withTitle("Not found")
        .withStatus(Response.Status.NOT_FOUND)
        .withDetail(e.getMessage())
        .build()
        .toResponse();
  }

  /**
   * Runs after the library's defaults: every problem gets a type, and none carries an instance (the
   * request path would echo the caller's input back).
   */
  @Override
  public HttpProblem apply(HttpProblem problem, ProblemContext context) {
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
