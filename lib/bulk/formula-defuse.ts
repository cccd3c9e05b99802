// The one rule for cells a spreadsheet would run as a formula (CSV injection), and its
// exact inverse for our own files coming back. Browser-safe: the server's downloads, the
// job page's CSV and the bulk importer all use it.
//
// Defusing prefixes a `'` to a cell that starts with = + - @ tab or CR (a phone number such
// as +1-919-555-0100 or -5 is left alone: spreadsheets read it as a number, not a formula),
// AND to every cell that already starts with `'`. `'` is a legal SIP-name character, so
// without that second rule `'=x` (defused `=x`) and a real name `'=x` would be written the
// same. With it the mapping is one-to-one: a cell starting with `'` followed by one of
// = + - @ tab CR ' was prefixed by us, and undefusing drops exactly that one quote.
// (A name typed by hand as `'=x` in a spreadsheet of one's own must be written `''=x`.)
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_LIKE = /^[+-]?\d[\d\s().-]*$/;
const DEFUSED = /^'[=+\-@\t\r']/;

export function defuseCell(cell: string): string {
  if (cell.startsWith("'")) return `'${cell}`;
  return FORMULA_START.test(cell) && !NUMBER_LIKE.test(cell) ? `'${cell}` : cell;
}

/** Undoes defuseCell: undefuseCell(defuseCell(x)) === x for every string x. */
export function undefuseCell(cell: string): string {
  return DEFUSED.test(cell) ? cell.slice(1) : cell;
}
