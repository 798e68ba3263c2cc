package org.coitimeline.source;

import java.util.List;
import org.coitimeline.web.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of one page of sources, for the API contract. */
@Schema(name = "SourcePage")
public record SourcePage(List<SourceView> items, @Schema(description = ApiDoc.NEXT) String next) {}
