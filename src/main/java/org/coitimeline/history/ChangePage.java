package org.coitimeline.history;

import java.util.List;
import org.coitimeline.web.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the change feed, with where a poller resumes next time. */
@Schema(name = "ChangePage")
public record ChangePage(
    List<ChangeView> items,
    @Schema(description = ApiDoc.NEXT) String next,
    @Schema(
            required = true,
            description =
                "Where to resume polling: pass it as since on the next poll (with the same kind"
                    + " filter) to get only the changes made after this page. Never null.")
        String resume) {}
