package org.coitimeline.actor;

import java.util.List;
import org.coitimeline.web.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of one page of actors, for the API contract. */
@Schema(name = "ActorPage")
public record ActorPage(List<ActorView> items, @Schema(description = ApiDoc.NEXT) String next) {}
