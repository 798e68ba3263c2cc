package org.coitimeline.timeline;

import org.coitimeline.event.CitedEvent;
import org.coitimeline.event.EventView;

/** The plain-text pieces of an event that several export formats print the same way. */
final class ExportText {
  private ExportText() {}

  /** The in-text citation with its pinpoint: "Mexico Apr. 2021, 147". */
  static String citation(EventView.SourceLink source) {
    return isBlank(source.pinpoint())
        ? source.citation()
        : source.citation() + ", " + source.pinpoint().strip();
  }

  /** A source as a line of a reference list, with how the event cites it. */
  static String reference(CitedEvent event, EventView.SourceLink source) {
    return event.reference(source) + " (cited as " + citation(source) + ")";
  }

  /** An actor with its role: "sspc (speaker)". */
  static String actor(EventView.ActorLink actor) {
    return actor.id() + " (" + actor.role() + ")";
  }

  /** A figure as a phrase: "at least 30 lawsuits", "42000000 records". */
  static String figure(EventView.FigureView figure) {
    String qualifier = figure.qualifier() == null ? "" : figure.qualifier().replace('-', ' ') + " ";
    return qualifier + figure.value().toPlainString() + " " + figure.unit();
  }

  /** The absolute API URL of a record, e.g. {@code <base>/events/<id>}. */
  static String url(String apiBase, String collection, String id) {
    return apiBase + "/" + collection + "/" + id;
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
