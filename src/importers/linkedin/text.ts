/**
 * LinkedIn Shares.csv (seen 2018-2025) writes each inner line of a multi-line ShareCommentary
 * wrapped in doubled quotes: `line1""⏎""line2""⏎""""⏎""line3`. After a standard CSV parse every
 * line break carries a stray quote on both sides (`line1"⏎"line2`) and blank lines come out as `""`
 * (FORMATS.md 3.2). Turning each `"⏎"` back into a plain line break undoes both; genuine quotes
 * ("" in the raw file) are already single after the parse and are kept.
 */
export function cleanShareCommentary(value: string): string {
  if (!/\n/.test(value)) return value.trim();
  const text = value.replace(/\r\n/g, '\n').replace(/"\n"/g, '\n');
  return text.trim();
}

/**
 * LinkedIn Comments.csv escapes quotes in quoted cells with a backslash (handled by the CSV reader),
 * but unquoted cells can still hold doubled quotes (`Plain text with ""doubled"" quotes`).
 */
export function cleanCommentMessage(value: string): string {
  return value.replace(/""/g, '"').trim();
}
