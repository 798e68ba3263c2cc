package org.coitimeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A structured number stated by an event: 42,000,000 records, at least 30 lawsuits. */
@Embeddable
public class Figure {
  @Column(nullable = false, length = 300)
  public String label;

  @Column(nullable = false, precision = 24, scale = 6)
  public BigDecimal value;

  @Column(nullable = false, length = 40)
  public String unit;

  @Column(length = 20)
  public String qualifier;
}
