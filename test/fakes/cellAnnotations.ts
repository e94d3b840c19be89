import type { FakeExcel, FakeSheet } from "./excel";

/**
 * Threaded comments (ExcelApi 1.10) and notes (ExcelApi 1.18) as Excel keeps them: one of each
 * kind per cell, found by the cell's address.
 */

export interface FakeComment {
  sheet: string;
  row: number;
  col: number;
  content: string;
}

/** The comment on a cell, if any. */
export function commentAt(fake: FakeExcel, sheet: FakeSheet, row: number, col: number) {
  return fake.comments.find((c) => c.sheet === sheet.name && c.row === row && c.col === col);
}

/**
 * CommentCollection.add: a cell takes one threaded comment; adding a second fails in Excel
 * (office-js #1416), so the fake refuses it and leaves the first as it was.
 */
export function addComment(
  fake: FakeExcel,
  sheet: FakeSheet,
  row: number,
  col: number,
  content: string,
  fail: (message: string) => Error,
) {
  if (commentAt(fake, sheet, row, col))
    throw fail("The cell already has a comment: a cell takes one comment thread.");
  fake.comments.push({ sheet: sheet.name, row, col, content });
}

/**
 * NoteCollection.add: notes are keyed by their cell (NoteCollection.getItem(key) "gets a note
 * by its cell address"), so a second note on a cell is refused rather than silently replacing.
 */
export function addNote(
  sheet: FakeSheet,
  cellKey: number,
  content: string,
  fail: (message: string) => Error,
) {
  if (sheet.notes.has(cellKey)) throw fail("The cell already has a note.");
  sheet.notes.set(cellKey, content);
}
