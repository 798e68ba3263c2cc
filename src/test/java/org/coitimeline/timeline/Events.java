package org.coitimeline.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coitimeline.edtf.Edtf;
import org.coitimeline.event.CitedEvent;
import org.coitimeline.event.EventView;
import org.coitimeline.kernel.DateView;

/** Events for the unit tests of the export formats. */
final class Events {
  static final String API = "https://timeline.example/api/v1";

  private Events() {}

  /** A spyware event cited by one source at page 147, with a buyer and a person. */
  static CitedEvent contract(String edtf) {
    return event("pegasus-contracts", "Pegasus contracts", "SSPC bought Pegasus.", edtf);
  }

  static CitedEvent event(String id, String title, String summary, String edtf) {
    return event(id, title, summary, Edtf.parse(edtf).view());
  }

  static CitedEvent event(String id, String title, String summary, DateView date) {
    EventView view =
        new EventView(
            id,
            title,
            summary,
            date,
            "contract",
            List.of("spyware", "surveillance"),
            List.of("MX", "IL"),
            null,
            null,
            List.of(
                new EventView.ActorLink("sspc", "SSPC", "buyer"),
                new EventView.ActorLink("jane-doe", "Jane Doe", "subject")),
            List.of(
                new EventView.SourceLink(
                    "mexico-2021-04", "Mexico Apr. 2021", "147", null, null, false),
                new EventView.SourceLink("r3d-2021", "R3D 2021", null, null, null, false)),
            List.of(
                new EventView.FigureView("lawsuits", new BigDecimal("30"), "lawsuits", "at-least")),
            "corroborated",
            2,
            List.of(),
            1,
            Instant.parse("2021-08-24T10:00:00Z"),
            Instant.parse("2021-08-25T10:00:00Z"));
    return new CitedEvent(
        view,
        Map.of(
            "mexico-2021-04",
            "Mexico. April 2021. Report <draft> & \"notes\". [Accessed 24 Aug. 2021]",
            "r3d-2021",
            "R3D. 2021. Title."),
        Map.of("sspc", "government-body", "jane-doe", "person"));
  }
}
