package org.coitimeline.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An EDTF date on input: either the bare text ({@code "2012/2018"}) or the object a GET returned,
 * of which only {@code edtf} is read (the bounds and display are derived, never typed).
 */
@JsonIgnoreProperties(
    value = {
      "start",
      "end",
      "latestStart",
      "earliestEnd",
      "precision",
      "display",
      "uncertain",
      "approximate"
    })
@Schema(
    name = "EdtfDateInput",
    description = "EDTF text, or an EdtfDate object of which only edtf is read.",
    oneOf = {String.class, DateView.class})
public record DateInput(String edtf) {
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public DateInput(@JsonProperty("edtf") String edtf) {
    this.edtf = edtf;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DateInput of(String edtf) {
    return new DateInput(edtf);
  }
}
