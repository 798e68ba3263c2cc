package org.coitimeline.timeline;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coitimeline.event.EventFilter;
import org.coitimeline.event.EventQuery;
import org.coitimeline.event.EventService;
import org.coitimeline.event.TimelineRepository.PeriodCount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Counts of the filtered timeline per year or month, for dashboards. */
@Path("/api/v1/timeline/histogram")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline views")
public class HistogramResource {
  @Inject EventService events;

  @GET
  @Operation(
      operationId = "getHistogram",
      summary = "Count events per year or month",
      description =
          "Takes the filters of GET /api/v1/events. Each matching event counts once, in the"
              + " period of its earliest possible start (of its earliest possible end when the"
              + " start is open). Periods without events are left out.")
  public List<PeriodCount> histogram(
      @BeanParam EventQuery query,
      @QueryParam("interval")
          @Parameter(
              description = "year (default) or month.",
              schema = @Schema(enumeration = {"year", "month"}))
          String interval) {
    return events.histogram(EventFilter.parse(query), interval, query.asOfInstant());
  }
}
