package org.receptionbot.adapters.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of the workbook, made once per workbook, and the cell helpers. */
final class Styles {
    final CellStyle title;
    final CellStyle header;
    /** A figure someone must look at: over capacity, a large gap between booked and actual. */
    final CellStyle alert;
    /** A figure the delegation has not reported: the default size, not a confirmed count. */
    final CellStyle assumed;

    Styles(XSSFWorkbook book) {
        Font bold = book.createFont();
        bold.setBold(true);
        title = book.createCellStyle();
        Font big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title.setFont(big);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        alert = book.createCellStyle();
        alert.setFont(bold);
        alert.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        alert.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        assumed = book.createCellStyle();
        Font grey = book.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        assumed.setFont(grey);
    }

    static void text(Row row, int column, String value, CellStyle style) {
        if (value == null) return;
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) cell.setCellStyle(style);
    }

    static void number(Row row, int column, Integer value, CellStyle style) {
        if (value == null) return;
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) cell.setCellStyle(style);
    }

    static void headers(Sheet sheet, int rowIndex, Styles styles, String... names) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < names.length; i++) text(row, i, names[i], styles.header);
    }

    static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) sheet.setColumnWidth(i, characters[i] * 2 * 256);
    }
}
