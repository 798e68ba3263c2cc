package org.coitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CsvCellsTest {
  @Test
  void cellsThatStartAFormulaGetALeadingQuote() {
    for (String cell : new String[] {"=1+2", "+1", "-0001", "@SUM(A1)", "\tx", "\rx"}) {
      assertEquals("'" + cell, CsvCells.neutralised(cell));
      assertEquals(cell, CsvCells.restored(CsvCells.neutralised(cell)));
    }
  }

  @Test
  void otherCellsAreLeftAlone() {
    for (String cell : new String[] {"", "Leak", "'quoted", "1-2", " =x"}) {
      assertEquals(cell, CsvCells.neutralised(cell));
      assertEquals(cell, CsvCells.restored(cell));
    }
    assertNull(CsvCells.neutralised(null));
    assertNull(CsvCells.restored(null));
  }
}
