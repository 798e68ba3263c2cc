package org.coitimeline.event;

import java.util.List;
import org.coitimeline.web.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of one page of events, for the API contract. */
@Schema(name = "EventPage")
public record EventPage(List<EventView> items, @Schema(description = ApiDoc.NEXT) String next) {}
