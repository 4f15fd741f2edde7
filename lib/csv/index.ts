// The one CSV module: every import reads through it and every export writes through it.
export { readCsvRows, headerProblem, formatProblem, type CsvRow, type CsvProblem } from "./read";
export { toCsv, csvCell, unescapeFormula, type CsvValue } from "./write";
export { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL, TOO_LARGE_MESSAGE, uploadText, isTooLarge } from "./limits";
