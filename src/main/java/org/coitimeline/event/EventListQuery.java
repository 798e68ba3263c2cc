package org.coitimeline.event;

import jakarta.ws.rs.QueryParam;
import org.coitimeline.web.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The timeline filters plus the order of a list of events. */
public class EventListQuery extends EventQuery {
  @QueryParam("sort")
  @Parameter(
      description = ApiDoc.SORT,
      schema = @Schema(enumeration = {"date", "-date", "updated", "-updated", "relevance"}))
  public String sort;
}
