package org.coitimeline.web;

import jakarta.ws.rs.QueryParam;
import org.coitimeline.kernel.Paging;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list takes: {@code limit} and {@code cursor}. */
public class PageQuery {
  @QueryParam("limit")
  @Parameter(
      description = "Page size, 1 to 500 (default 50).",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
  public String limit;

  @QueryParam("cursor")
  @Parameter(
      description = "The `next` value of the previous page, with the other parameters unchanged.")
  public String cursor;

  /** The page size; a 400 naming {@code limit} when it is not a whole number from 1 to 500. */
  public int size() {
    return Paging.limit(limit);
  }
}
