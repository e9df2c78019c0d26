/**
 * The CSV every download is written in, by the server's exports and by the explorer's table alike: RFC
 * 4180 (CRLF line ends, fields quoted when they hold a comma, a quote or a line break), with a UTF-8 byte
 * order mark: without it Excel reads the file as the local code page and Korean names turn into mojibake.
 */

export const BYTE_ORDER_MARK = '\uFEFF';

export const csvField = (value: string | number | null): string => {
  if (value === null) return '';
  // Text a spreadsheet would run as a formula (=, +, -, @ first) is kept as text by a leading quote.
  const text = typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const csvText = (rows: readonly (readonly (string | number | null)[])[]): string =>
  BYTE_ORDER_MARK + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
