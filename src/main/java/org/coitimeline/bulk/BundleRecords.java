package org.coitimeline.bulk;

import static org.coitimeline.bulk.BundleImporter.list;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.coitimeline.actor.ActorInput;
import org.coitimeline.actor.ActorView;
import org.coitimeline.edtf.Edtf;
import org.coitimeline.event.EventInput;
import org.coitimeline.event.EventMapper;
import org.coitimeline.event.EventView;
import org.coitimeline.gap.GapInput;
import org.coitimeline.gap.GapView;
import org.coitimeline.kernel.DateInput;
import org.coitimeline.source.SourceInput;
import org.coitimeline.source.SourceView;

/**
 * Records in their canonical input shape: a stored record (read through its view) and a valid input
 * that would store exactly that record come out equal. Export writes this shape, and import
 * compares it to tell an unchanged record from a changed one. Sets (countries, topics, aliases) are
 * sorted, defaults are filled in, figure values are written without trailing zeros.
 */
final class BundleRecords {
  private BundleRecords() {}

  static EventInput event(EventView v) {
    return new EventInput(
        v.id(),
        v.title(),
        v.summary(),
        new DateInput(v.date().edtf()),
        v.type(),
        sorted(v.topics()),
        sorted(v.countries()),
        v.subdivision(),
        v.place(),
        v.actors().stream().map(a -> new EventInput.ActorRef(a.id(), a.role())).toList(),
        v.sources().stream()
            .map(
                s ->
                    new EventInput.SourceRef(
                        s.id(), s.pinpoint(), s.quote(), s.quoteLanguage(), s.translated()))
            .toList(),
        v.figures().stream()
            .map(f -> new EventInput.FigureInput(f.label(), f.value(), f.unit(), f.qualifier()))
            .toList(),
        v.corroboration(),
        v.related().stream().map(r -> new EventInput.RelatedRef(r.id(), r.relation())).toList());
  }

  /** A valid input as it will be stored. */
  static EventInput event(EventInput i) {
    return new EventInput(
        i.id(),
        i.title(),
        i.summary(),
        new DateInput(Edtf.parse(i.date().edtf()).text()),
        i.type(),
        sorted(i.topics()),
        sorted(i.countries()),
        i.subdivision(),
        i.place(),
        list(i.actors()),
        list(i.sources()).stream()
            .map(
                s ->
                    new EventInput.SourceRef(
                        s.id(),
                        s.pinpoint(),
                        s.quote(),
                        s.quoteLanguage(),
                        Boolean.TRUE.equals(s.translated())))
            .toList(),
        list(i.figures()).stream()
            .map(
                f ->
                    new EventInput.FigureInput(
                        f.label(), EventMapper.plain(f.value()), f.unit(), f.qualifier()))
            .toList(),
        i.corroboration(),
        list(i.related()));
  }

  static ActorInput actor(ActorView v) {
    return new ActorInput(
        v.id(),
        v.name(),
        v.originalName(),
        v.acronym(),
        sorted(v.aliases()),
        v.type(),
        sorted(v.countries()),
        v.parent(),
        v.description());
  }

  static ActorInput actor(ActorInput i) {
    return new ActorInput(
        i.id(),
        i.name(),
        i.originalName(),
        i.acronym(),
        sorted(i.aliases()),
        i.type(),
        sorted(i.countries()),
        i.parent(),
        i.description());
  }

  static SourceInput source(SourceView v) {
    return new SourceInput(
        v.id(),
        v.citation(),
        v.author(),
        v.authors(),
        v.title(),
        v.titleQuoted(),
        v.publisher(),
        v.published(),
        v.publishedInferred(),
        v.dateSuffix(),
        v.url(),
        v.accessed(),
        v.language(),
        v.type(),
        v.inReferenceList(),
        v.note());
  }

  static SourceInput source(SourceInput i) {
    return new SourceInput(
        i.id(),
        i.citation(),
        i.author(),
        i.authors(),
        i.title(),
        !Boolean.FALSE.equals(i.titleQuoted()),
        i.publisher(),
        i.published(),
        Boolean.TRUE.equals(i.publishedInferred()),
        i.dateSuffix(),
        i.url(),
        i.accessed(),
        i.language(),
        i.type(),
        !Boolean.FALSE.equals(i.inReferenceList()),
        i.note());
  }

  static GapInput gap(GapView v) {
    return new GapInput(
        v.id(),
        v.statement(),
        sorted(v.countries()),
        sorted(v.topics()),
        v.period() == null ? null : new DateInput(v.period().edtf()),
        v.researchedAt(),
        v.source());
  }

  static GapInput gap(GapInput i) {
    return new GapInput(
        i.id(),
        i.statement(),
        sorted(i.countries()),
        sorted(i.topics()),
        i.period() == null ? null : new DateInput(i.period().edtf().trim()),
        i.researchedAt(),
        i.source());
  }

  private static List<String> sorted(Collection<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(Objects::nonNull).distinct().sorted().toList();
  }
}
