package org.coitimeline.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CausesTest {
  @Test
  void causesComeFirstThenWhatEachSuppressedEachOnce() {
    IllegalStateException root = new IllegalStateException("root");
    IllegalArgumentException middle = new IllegalArgumentException("middle", root);
    UnsupportedOperationException suppressed = new UnsupportedOperationException("suppressed");
    RuntimeException top = new RuntimeException("top", middle);
    top.addSuppressed(suppressed);
    suppressed.addSuppressed(top); // a cycle must not loop
    assertEquals(List.of(top, middle, root, suppressed), Causes.of(top).toList());
  }

  @Test
  void findReturnsTheFirstOfTheTypeOrNothing() {
    IllegalStateException deep = new IllegalStateException("deep");
    RuntimeException top = new RuntimeException("top");
    top.addSuppressed(new RuntimeException("wrapper", deep));
    assertEquals(Optional.of(deep), Causes.find(top, IllegalStateException.class));
    assertEquals(Optional.empty(), Causes.find(top, ArithmeticException.class));
    assertEquals(List.of(), Causes.of(null).toList());
  }
}
