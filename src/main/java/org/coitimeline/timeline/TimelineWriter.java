package org.coitimeline.timeline;

import java.io.IOException;
import org.coitimeline.event.CitedEvent;

/** Writes a timeline export to a stream one event at a time, so no more than a page is held. */
public interface TimelineWriter {
  /** Writes one event (some formats leave out events they cannot place; see each format). */
  void write(CitedEvent event) throws IOException;

  /** Writes what ends the document and flushes; the stream itself stays open. */
  void finish() throws IOException;
}
