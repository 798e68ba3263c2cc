package org.coitimeline.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Every response an HTTP test receives must match openapi/openapi.yaml, or the test fails: the
 * service cannot drift from its contract. Only responses are checked, since tests send wrong
 * requests on purpose; paths the contract does not describe (/q/*, hidden ones) are not checked.
 * Registered for every {@code @QuarkusTest} through META-INF/services (a Quarkus test callback).
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {
  private static Filter filter;

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    register();
  }

  /** Adds the validating filter to REST Assured's global filters, once. */
  public static synchronized void register() {
    if (filter == null) {
      filter = new ExceptTimelineJs(new OpenApiValidationFilter(validator()));
    }
    if (!RestAssured.filters().contains(filter)) {
      RestAssured.filters(filter);
    }
  }

  private static OpenApiInteractionValidator validator() {
    try {
      String contract = Files.readString(Path.of("openapi/openapi.yaml"));
      return OpenApiInteractionValidator.createForInlineApiSpecification(contract)
          .withLevelResolver(
              LevelResolver.create()
                  .withLevel("validation.request", ValidationReport.Level.IGNORE)
                  .build())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates every exchange but two kinds: format=timelinejs answers a TimelineJS document as
   * application/json, which the contract names in the format parameter but does not describe (the
   * operation's JSON schema is the event page); and methods no operation has and the validator
   * cannot name (TRACE, CONNECT), whose 405 LimitsTest checks.
   */
  private record ExceptTimelineJs(Filter validation) implements Filter {
    @Override
    public Response filter(
        FilterableRequestSpecification request,
        FilterableResponseSpecification response,
        FilterContext context) {
      Object format = request.getQueryParams().get("format");
      if ("timelinejs".equals(format) || Set.of("TRACE", "CONNECT").contains(request.getMethod())) {
        return context.next(request, response);
      }
      return validation.filter(request, response, context);
    }
  }
}
