package org.coitimeline.gap;

import java.util.List;
import org.coitimeline.web.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of one page of gaps, for the API contract. */
@Schema(name = "GapPage")
public record GapPage(List<GapView> items, @Schema(description = ApiDoc.NEXT) String next) {}
